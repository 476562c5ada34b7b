package io.dudao.rulemodel;

import io.dudao.api.Operator;
import io.dudao.facts.Stage;
import java.math.BigDecimal;

/**
 * The effective threshold of an indicator (for a stage, where it differs by stage), taken from the
 * standard's parameters after overlays.
 *
 * @param indicator indicator id
 * @param stage     the stage it applies to, {@code null} when it applies to all
 * @param value     the threshold
 * @param operator  how a value meets it
 * @param source    the parameter layer that set it ({@code national}, a province, a city)
 * @param key       the parameter key
 */
public record Threshold(String indicator, Stage stage, BigDecimal value, Operator operator, String source, String key) {

    /** Whether {@code v} meets this threshold, compared exactly. */
    public boolean metBy(BigDecimal v) {
        return operator.test(v, value);
    }
}
