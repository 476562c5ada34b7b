package io.dudao.api.scenario;

import io.dudao.api.IndicatorResult;
import io.dudao.api.Verdict;
import java.util.List;

/**
 * One expectation of a scenario, compared with the evaluation.
 *
 * @param line        the 1-based line of the expectation in the scenario file
 * @param indicator   the indicator id the expectation names
 * @param subject     the subject the expectation names
 * @param expected    the expected verdict
 * @param actual      the result the report has for the indicator and subject (explanation rendered when the
 *                    rule set renders explanations), or {@code null} when it has none
 * @param differences what differs, one line each ({@code verdict: expected FAIL, actual PASS}); empty when
 *                    the expectation is met
 */
public record Check(int line, String indicator, String subject, Verdict expected, IndicatorResult actual,
                    List<String> differences) {

    public Check {
        differences = List.copyOf(differences);
    }

    /** Whether the expectation is met. */
    public boolean passed() {
        return differences.isEmpty();
    }
}
