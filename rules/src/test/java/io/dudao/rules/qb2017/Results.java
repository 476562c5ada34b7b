package io.dudao.rules.qb2017;

import static org.assertj.core.api.Assertions.assertThat;

import io.dudao.api.EvaluationReport;
import io.dudao.api.IndicatorResult;
import io.dudao.api.Missing;
import io.dudao.api.Verdict;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/** Small assertion helpers over evaluation reports, shared by the QB2017 tests. */
final class Results {

    private Results() {
    }

    /** The result of {@code indicator} for {@code subject}; fails the test when there is none. */
    static IndicatorResult result(EvaluationReport report, String indicator, String subject) {
        IndicatorResult r = report.result(indicator, subject);
        assertThat(r).as("result of %s for %s", indicator, subject).isNotNull();
        return r;
    }

    /** Asserts the verdict of {@code indicator} for {@code subject} and returns the result. */
    static IndicatorResult assertVerdict(EvaluationReport report, String indicator, String subject, Verdict verdict) {
        IndicatorResult r = result(report, indicator, subject);
        assertThat(r.verdict()).as("%s %s (value %s, reason %s, missing %s)", indicator, subject, r.exactValue(),
                r.reason(), r.missing()).isEqualTo(verdict);
        return r;
    }

    /** Asserts a judged result: verdict, exact value and threshold (compared by value, not scale). */
    static IndicatorResult assertJudged(EvaluationReport report, String indicator, String subject, Verdict verdict,
                                        String exactValue, String threshold) {
        IndicatorResult r = assertVerdict(report, indicator, subject, verdict);
        assertThat(r.exactValue()).as("%s %s exact value", indicator, subject).isEqualByComparingTo(exactValue);
        assertThat(r.threshold()).as("%s %s threshold", indicator, subject).isEqualByComparingTo(threshold);
        return r;
    }

    /** Asserts INSUFFICIENT_DATA naming {@code field} of {@code subject} among the missing inputs. */
    static IndicatorResult assertMissing(EvaluationReport report, String indicator, String subject, String field) {
        IndicatorResult r = assertVerdict(report, indicator, subject, Verdict.INSUFFICIENT_DATA);
        assertThat(r.missing()).as("%s %s missing", indicator, subject).contains(new Missing(subject, field));
        assertThat(r.exactValue()).as("%s %s has no value", indicator, subject).isNull();
        return r;
    }

    /** The subjects that {@code indicator} has results for. */
    static List<String> subjectsOf(EvaluationReport report, String indicator) {
        return report.resultsOf(indicator).stream().map(IndicatorResult::subject).toList();
    }

    /** Asserts {@code actual} equals {@code expected} to 10 significant digits or better. */
    static void assertCloseTo(BigDecimal actual, BigDecimal expected) {
        assertCloseTo(actual, expected, new BigDecimal("1e-10"));
    }

    /** Asserts |actual − expected| ≤ relative × |expected| (or ≤ relative when expected is 0). */
    static void assertCloseTo(BigDecimal actual, BigDecimal expected, BigDecimal relative) {
        assertThat(actual).as("value").isNotNull();
        BigDecimal tolerance = expected.signum() == 0 ? relative : expected.abs().multiply(relative);
        assertThat(actual.subtract(expected).abs())
                .as("%s ≈ %s (tolerance %s)", actual, expected, tolerance.round(MathContext.DECIMAL32))
                .isLessThanOrEqualTo(tolerance);
    }

    /** {@code a ÷ b} to 34 significant digits, for hand-computed expectations. */
    static BigDecimal div(String a, String b) {
        return new BigDecimal(a).divide(new BigDecimal(b), MathContext.DECIMAL128);
    }
}
