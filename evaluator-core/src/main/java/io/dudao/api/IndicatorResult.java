package io.dudao.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one indicator for one subject: the verdict and its evidence.
 *
 * @param indicator       indicator id
 * @param subject         canonical subject string
 * @param verdict         the verdict
 * @param grade           合格 / 基本合格 / 不合格 where the standard grades, otherwise {@code null}
 * @param score           a score where the standard scores, otherwise {@code null}
 * @param value           the measured value rounded for display (2 decimals, CVs 3), {@code null} when none
 * @param exactValue      the exact value compared, {@code null} when none
 * @param threshold       the threshold, {@code null} when none
 * @param operator        how the value meets the threshold, {@code null} when none
 * @param thresholdSource the parameter layer that set the threshold ({@code national}, a province, a city)
 * @param clause          the clause of the standard
 * @param rules           the rules that produced the result (derive rule, then judge rule)
 * @param children        the results it rolls up, empty for judged results
 * @param failing         the subjects among its children that fail
 * @param missing         the inputs that were missing
 * @param reason          why it is NOT_APPLICABLE or INSUFFICIENT_DATA, a stable code; {@code null} otherwise
 * @param messageKey      the explanation template key, {@code <indicator>.<VERDICT>}
 * @param arguments       named arguments of the explanation
 * @param explanation     the explanation rendered for the report's locale, {@code null} when not rendered
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"indicator", "subject", "verdict", "grade", "score", "value", "exactValue", "threshold",
        "operator", "thresholdSource", "clause", "rules", "children", "failing", "missing", "reason",
        "messageKey", "arguments", "explanation"})
public record IndicatorResult(
        String indicator,
        String subject,
        Verdict verdict,
        String grade,
        BigDecimal score,
        BigDecimal value,
        BigDecimal exactValue,
        BigDecimal threshold,
        Operator operator,
        String thresholdSource,
        String clause,
        List<String> rules,
        List<ResultRef> children,
        List<String> failing,
        List<Missing> missing,
        String reason,
        String messageKey,
        Map<String, Object> arguments,
        String explanation) {

    public IndicatorResult {
        rules = List.copyOf(rules);
        children = List.copyOf(children);
        failing = List.copyOf(failing);
        missing = List.copyOf(missing);
        arguments = arguments == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(arguments));
    }

    /** This result with its explanation rendered. */
    public IndicatorResult withExplanation(String text) {
        return new IndicatorResult(indicator, subject, verdict, grade, score, value, exactValue, threshold, operator,
                thresholdSource, clause, rules, children, failing, missing, reason, messageKey, arguments, text);
    }
}
