package io.dudao.facts;

import com.fasterxml.jackson.annotation.JsonCreator;

/** A school stage (学段). Compulsory education has {@link #PRIMARY} and {@link #JUNIOR}. */
public enum Stage implements Labelled {
    PRIMARY("小学"),
    JUNIOR("初中"),
    SENIOR("高中");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Whether this stage is part of compulsory education (义务教育). */
    public boolean compulsory() {
        return this != SENIOR;
    }

    @JsonCreator
    public static Stage of(String text) {
        return Labelled.parse(Stage.class, text);
    }
}
