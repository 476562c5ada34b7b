package io.dudao.reference;

import io.dudao.api.Verdict;
import java.math.BigDecimal;

/**
 * One outcome of the reference evaluator, comparable with the engine's {@code IndicatorResult}.
 *
 * @param indicator  indicator id, e.g. {@code QB2017-R4}
 * @param subject    canonical subject: {@code school:<id>/<STAGE>}, {@code district:<code>/<STAGE>}, {@code district:<code>}
 * @param verdict    the verdict
 * @param exactValue the exact value compared with the threshold, trailing zeros stripped; {@code null} when
 *                   there is none (roll-ups, out of scope, unknown inputs)
 */
public record ReferenceResult(String indicator, String subject, Verdict verdict, BigDecimal exactValue) {

    /** {@code indicator + " " + subject}: the key results are matched by. */
    public String key() {
        return indicator + " " + subject;
    }
}
