package io.dudao.facts;

import com.fasterxml.jackson.annotation.JsonCreator;

/** Who runs the school (举办者): public (公办) or private (民办). */
public enum Ownership implements Labelled {
    PUBLIC("公办"),
    PRIVATE("民办");

    private final String label;

    Ownership(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    @JsonCreator
    public static Ownership of(String text) {
        return Labelled.parse(Ownership.class, text);
    }
}
