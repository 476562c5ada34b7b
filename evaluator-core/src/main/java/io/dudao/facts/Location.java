package io.dudao.facts;

import com.fasterxml.jackson.annotation.JsonCreator;

/** Urban–rural classification of the school's site (城乡分类). */
public enum Location implements Labelled {
    URBAN("城区"),
    TOWN("镇区"),
    RURAL("乡村");

    private final String label;

    Location(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    @JsonCreator
    public static Location of(String text) {
        return Labelled.parse(Location.class, text);
    }
}
