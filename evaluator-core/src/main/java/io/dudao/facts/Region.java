package io.dudao.facts;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The funding region of the central base quota (生均公用经费基准定额). */
public enum Region implements Labelled {
    /** 东部. */
    EAST("东部"),
    /** 中西部. */
    CENTRAL_WEST("中西部");

    private final String label;

    Region(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    @JsonCreator
    public static Region of(String text) {
        return Labelled.parse(Region.class, text);
    }
}
