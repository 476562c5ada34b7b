package io.dudao.internal.scenario;

import io.dudao.api.EvaluationReport;
import io.dudao.api.Indicator;
import io.dudao.api.IndicatorResult;
import io.dudao.api.Missing;
import io.dudao.api.scenario.Check;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Compares a scenario's expectations with a report. Every difference is reported, each as one line of
 * expected vs actual; an expectation naming an indicator outside the catalog, or a subject the indicator
 * has no result for, is a difference too.
 */
final class Comparison {

    private static final int LISTED = 8;

    /** The report with explanations in a locale: a report, or why it cannot be had. */
    record Rendered(EvaluationReport report, String problem) {
    }

    private final List<Indicator> catalog;
    private final EvaluationReport report;
    private final Function<String, Rendered> inLocale;

    /**
     * @param catalog  the evaluator's indicators
     * @param report   the report, with explanations in the default locale when they could be rendered
     * @param inLocale the report rendered in a locale tag
     */
    Comparison(List<Indicator> catalog, EvaluationReport report, Function<String, Rendered> inLocale) {
        this.catalog = catalog;
        this.report = report;
        this.inLocale = inLocale;
    }

    List<Check> checks(List<Scenario.Expectation> expectations) {
        return expectations.stream().map(this::check).toList();
    }

    private Check check(Scenario.Expectation e) {
        List<String> diffs = new ArrayList<>();
        if (catalog.stream().noneMatch(i -> i.id().equals(e.indicator()))) {
            diffs.add("indicator " + e.indicator() + " is not in the catalog (it has "
                    + listed(catalog.stream().map(Indicator::id).toList()) + ")");
            return new Check(e.line(), e.indicator(), e.subject(), e.verdict(), null, diffs);
        }
        IndicatorResult r = report.result(e.indicator(), e.subject());
        if (r == null) {
            diffs.add("no result of " + e.indicator() + " for subject " + e.subject() + hint(e));
            return new Check(e.line(), e.indicator(), e.subject(), e.verdict(), null, diffs);
        }
        if (r.verdict() != e.verdict()) {
            diffs.add("verdict: expected " + e.verdict() + ", actual " + r.verdict());
        }
        if (e.valueGiven()) {
            value(e, r, diffs);
        }
        if (e.reason() != null && !e.reason().equals(r.reason())) {
            diffs.add("reason: expected " + e.reason() + ", actual " + (r.reason() == null ? "none" : r.reason()));
        }
        if (e.failing() != null) {
            set("failing", e.failing(), r.failing(), diffs);
        }
        if (e.missing() != null) {
            set("missing", e.missing().stream().map(Comparison::text).toList(),
                    r.missing().stream().map(Comparison::text).toList(), diffs);
        }
        IndicatorResult shown = r;
        for (Scenario.ExplanationExpectation x : e.explanations()) {
            Rendered rendered = inLocale.apply(x.locale());
            String label = "explanation (" + x.locale() + ")";
            if (rendered.problem() != null) {
                diffs.add(label + ": cannot be checked: " + rendered.problem());
                continue;
            }
            IndicatorResult localized = rendered.report().result(e.indicator(), e.subject());
            shown = localized;
            String actual = localized.explanation();
            if (x.equals() != null && !x.equals().equals(actual)) {
                diffs.add(label + ": expected \"" + x.equals() + "\", actual " + quote(actual));
            }
            for (String part : x.contains()) {
                if (actual == null || !actual.contains(part)) {
                    diffs.add(label + ": expected to contain \"" + part + "\", actual " + quote(actual));
                }
            }
        }
        return new Check(e.line(), e.indicator(), e.subject(), e.verdict(), shown, diffs);
    }

    private static void value(Scenario.Expectation e, IndicatorResult r, List<String> diffs) {
        BigDecimal exact = r.exactValue();
        if (e.value() == null) {
            if (exact != null) {
                diffs.add("value: expected none, actual " + shown(r));
            }
            return;
        }
        if (exact == null) {
            diffs.add("value: expected " + e.value().toPlainString() + ", actual none");
            return;
        }
        if (e.tolerance() != null) {
            if (exact.subtract(e.value()).abs().compareTo(e.tolerance()) > 0) {
                diffs.add("value: expected " + e.value().toPlainString() + " ± " + e.tolerance().toPlainString()
                        + ", actual " + shown(r));
            }
        } else if (e.value().compareTo(exact) != 0 && (r.value() == null || e.value().compareTo(r.value()) != 0)) {
            diffs.add("value: expected " + e.value().toPlainString() + ", actual " + shown(r));
        }
    }

    /** The displayed value, with the exact one when they differ: {@code 4.34 (exact 4.3356…)}. */
    private static String shown(IndicatorResult r) {
        if (r.value() == null) {
            return r.exactValue().toPlainString();
        }
        return r.value().toPlainString()
                + (r.value().compareTo(r.exactValue()) == 0 ? "" : " (exact " + r.exactValue().toPlainString() + ")");
    }

    private static void set(String what, List<String> expected, List<String> actual, List<String> diffs) {
        Set<String> e = new LinkedHashSet<>(expected);
        Set<String> a = new LinkedHashSet<>(actual);
        if (e.equals(a)) {
            return;
        }
        List<String> absent = e.stream().filter(x -> !a.contains(x)).toList();
        List<String> extra = a.stream().filter(x -> !e.contains(x)).toList();
        diffs.add(what + ": expected " + e + ", actual " + a
                + (absent.isEmpty() ? "" : "; not in actual: " + absent)
                + (extra.isEmpty() ? "" : "; not expected: " + extra));
    }

    private static String text(Missing m) {
        return m.subject() + " " + m.field();
    }

    private static String quote(String s) {
        return s == null ? "none" : "\"" + s + "\"";
    }

    /** Suggests subjects: the stage parts of a school named without its stage, or those the indicator has. */
    private String hint(Scenario.Expectation e) {
        List<String> subjects = report.resultsOf(e.indicator()).stream().map(IndicatorResult::subject).toList();
        List<String> close = subjects.stream().filter(s -> s.startsWith(e.subject() + "/")).toList();
        if (!close.isEmpty()) {
            return "; did you mean " + String.join(" or ", close) + "?";
        }
        return subjects.isEmpty() ? "; it has no results" : "; it has results for " + listed(subjects);
    }

    private static String listed(List<String> items) {
        if (items.size() <= LISTED) {
            return String.join(", ", items);
        }
        return String.join(", ", items.subList(0, LISTED)) + " and " + (items.size() - LISTED) + " more";
    }
}
