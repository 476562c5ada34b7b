package io.dudao.internal.engine;

import io.dudao.facts.District;
import io.dudao.facts.School;
import io.dudao.facts.SchoolType;
import io.dudao.facts.Stage;
import io.dudao.facts.StageTeachers;
import io.dudao.rulemodel.Quantity;
import io.dudao.rulemodel.SchoolPart;
import io.dudao.rulemodel.Subjects;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits schools into stage parts (§2.2 of the standards): one part per compulsory stage the school
 * type has, each with its own enrolment and teachers, and a share of the school's assets
 * <pre>  share(s) = w(s)·N(s) / Σₜ w(t)·N(t)</pre>
 * over the stages of the school (senior included), with the standard's weights (1 : 1.1 : 1.32). A
 * stage with no students is no part when another stage of the school has students (a nine-year campus
 * of one stage counts as a plain school of that stage; a complete secondary school with only senior
 * students has no compulsory part). Which fields the share
 * applies to is the standard's list.
 */
final class PartBuilder {

    /** Each school type's stages, and its compulsory ones, in stage order; computed once. */
    private static final Map<SchoolType, List<Stage>> STAGES = new EnumMap<>(SchoolType.class);
    private static final Map<SchoolType, List<Stage>> COMPULSORY = new EnumMap<>(SchoolType.class);

    static {
        for (SchoolType t : SchoolType.values()) {
            STAGES.put(t, t.stages().stream().sorted().toList());
            COMPULSORY.put(t, t.stages().stream().filter(Stage::compulsory).sorted().toList());
        }
    }

    private final Map<Stage, BigDecimal> weights;
    private final Set<String> splitFields;

    PartBuilder(Map<Stage, BigDecimal> weights, Set<String> splitFields) {
        this.weights = Map.copyOf(weights);
        this.splitFields = Set.copyOf(splitFields);
    }

    List<SchoolPart> parts(District district) {
        List<SchoolPart> parts = new ArrayList<>();
        for (School school : district.schools()) {
            parts.addAll(parts(district, school));
        }
        return parts;
    }

    List<SchoolPart> parts(District district, School school) {
        if (school.type() == null) {
            return List.of();
        }
        List<Stage> stages = STAGES.get(school.type());
        List<Stage> compulsory = COMPULSORY.get(school.type());
        Integer total = 0;
        for (Stage st : school.type().stages()) {
            Integer n = school.enrolment().of(st);
            total = total == null || n == null ? null : total + n;
        }
        List<SchoolPart> parts = new ArrayList<>();
        for (Stage stage : compulsory) {
            Integer n = school.enrolment().of(stage);
            if (n != null && n == 0 && otherStageMayHaveStudents(school, stages, stage)) {
                continue;
            }
            parts.add(new SchoolPart(Subjects.schoolPart(school.id(), stage), district.code(), school.id(),
                    school.name(), stage, school.type(), school.ownership(), school.location(), school.isSpecial(),
                    school.isVocational(), Boolean.TRUE.equals(school.denseCityCentre()), n, total,
                    share(school, stage), values(school, stage), splitFields, school.extra()));
        }
        return parts;
    }

    /**
     * Whether a stage other than {@code stage} has students or may have (unknown): then a stage with
     * none is no part, the school counting as a plain school of its other stages (a nine-year campus
     * of one stage, a complete secondary school with only senior students).
     */
    private static boolean otherStageMayHaveStudents(School school, List<Stage> stages, Stage stage) {
        return stages.stream().filter(st -> st != stage).anyMatch(st -> {
            Integer n = school.enrolment().of(st);
            return n == null || n > 0;
        });
    }

    /** The part's share of the school's split assets; unknown, naming the enrolments, when any is unknown. */
    private Quantity share(School school, Stage stage) {
        Set<Stage> stages = school.type().stages();
        if (stages.size() == 1) {
            return Quantity.of(BigDecimal.ONE);
        }
        Quantity sum = Quantity.of(0);
        for (Stage st : STAGES.get(school.type())) {
            sum = sum.plus(weighted(school, st));
        }
        Quantity own = weighted(school, stage);
        return own.per(sum);
    }

    private Quantity weighted(School school, Stage stage) {
        Integer n = school.enrolment().of(stage);
        String path = "enrolment." + stage.name().toLowerCase();
        Quantity q = n == null ? Quantity.missing(path) : Quantity.of(BigDecimal.valueOf(n), path);
        return q.times(Quantity.of(weights.getOrDefault(stage, BigDecimal.ONE)));
    }

    private static Map<String, BigDecimal> values(School s, Stage stage) {
        Map<String, BigDecimal> v = new HashMap<>();
        v.put("areaTeachingAux", s.areaTeachingAux());
        v.put("areaIndoorSports", s.areaIndoorSports());
        v.put("areaSportsField", s.areaSportsField());
        v.put("equipmentValue", s.equipmentValue());
        v.put("multimediaClassrooms", s.multimediaClassrooms());
        v.put("areaOtherSportsOnCampus", s.areaOtherSportsOnCampus());
        v.put("areaLeasedOffCampus", s.areaLeasedOffCampus());
        StageTeachers t = s.teachers().of(stage);
        if (t != null) {
            v.put("teachers.fullTime", dec(t.fullTime()));
            v.put("teachers.aboveRequiredQualification", dec(t.aboveRequiredQualification()));
            v.put("teachers.backboneCountyPlus", dec(t.backboneCountyPlus()));
            v.put("teachers.pe", dec(t.pe()));
            v.put("teachers.music", dec(t.music()));
            v.put("teachers.fineArt", dec(t.fineArt()));
            v.put("teachers.arts", dec(t.arts()));
            v.put("teachers.visitingPeArts", dec(t.visitingPeArts()));
        }
        return v;
    }

    private static BigDecimal dec(Integer i) {
        return i == null ? null : BigDecimal.valueOf(i);
    }
}
