package io.dudao.facts;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The kind of kindergarten (幼儿园类型) for the 普惠 indicators. */
public enum KindergartenType implements Labelled {
    /** 公办园, including public 教学点. */
    PUBLIC("公办"),
    /** 普惠性民办园. */
    PUHUI_PRIVATE("普惠性民办"),
    /** 其他民办园 (not 普惠). */
    OTHER_PRIVATE("其他民办");

    private final String label;

    KindergartenType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    @JsonCreator
    public static KindergartenType of(String text) {
        return Labelled.parse(KindergartenType.class, text);
    }
}
