package io.dudao.facts;

import com.fasterxml.jackson.annotation.JsonCreator;

/** A four-level rating (e.g. the 德育 rating of QB2017-Q6). */
public enum Rating implements Labelled {
    /** 优秀. */
    EXCELLENT("优秀"),
    /** 良好. */
    GOOD("良好"),
    /** 一般. */
    FAIR("一般"),
    /** 较差. */
    POOR("较差");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    @JsonCreator
    public static Rating of(String text) {
        return Labelled.parse(Rating.class, text);
    }
}
