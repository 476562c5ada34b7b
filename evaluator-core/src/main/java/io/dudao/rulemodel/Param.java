package io.dudao.rulemodel;

import io.dudao.facts.Stage;
import java.math.BigDecimal;

/**
 * An effective parameter of a standard that is not an indicator threshold: the 85% floor ratio, the
 * 6-of-7 count, the teaching-point cut, the relaxation switch.
 *
 * @param key    parameter key, e.g. {@code QB2017-RA.floorRatio}
 * @param stage  the stage for a per-stage value, otherwise {@code null}
 * @param value  a {@link BigDecimal}, {@link Boolean} or {@link String}
 * @param source the layer that set it
 */
public record Param(String key, Stage stage, Object value, String source) {

    /** The value as a decimal. */
    public BigDecimal getDecimal() {
        return value instanceof BigDecimal b ? b : null;
    }

    /** The value as a whole number. */
    public int getInteger() {
        return value instanceof BigDecimal b ? b.intValueExact() : 0;
    }

    /** The value as a switch. */
    public boolean isEnabled() {
        return Boolean.TRUE.equals(value);
    }
}
