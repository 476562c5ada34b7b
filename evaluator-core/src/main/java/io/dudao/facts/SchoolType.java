package io.dudao.facts;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import java.util.Set;

/** The kind of school (办学类型), which fixes the stages it may enrol. */
public enum SchoolType implements Labelled {
    PRIMARY("小学", Set.of(Stage.PRIMARY), List.of()),
    JUNIOR("初级中学", Set.of(Stage.JUNIOR), List.of("初中")),
    NINE_YEAR("九年一贯制", Set.of(Stage.PRIMARY, Stage.JUNIOR), List.of("九年一贯制学校")),
    TWELVE_YEAR("十二年一贯制", Set.of(Stage.PRIMARY, Stage.JUNIOR, Stage.SENIOR), List.of("十二年一贯制学校")),
    COMPLETE_MIDDLE("完全中学", Set.of(Stage.JUNIOR, Stage.SENIOR), List.of()),
    TEACHING_POINT("教学点", Set.of(Stage.PRIMARY), List.of("小学教学点"));

    private final String label;
    private final Set<Stage> stages;
    private final List<String> aliases;

    SchoolType(String label, Set<Stage> stages, List<String> aliases) {
        this.label = label;
        this.stages = stages;
        this.aliases = aliases;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    /** The stages a school of this type may enrol. */
    public Set<Stage> stages() {
        return stages;
    }

    @JsonCreator
    public static SchoolType of(String text) {
        return Labelled.parse(SchoolType.class, text);
    }
}
