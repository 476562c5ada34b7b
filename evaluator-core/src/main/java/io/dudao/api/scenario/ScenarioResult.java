package io.dudao.api.scenario;

import io.dudao.api.EvaluationReport;
import io.dudao.api.IndicatorResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of running one scenario file.
 *
 * @param file    the scenario file, as discovered or given
 * @param name    the scenario's {@code name}, or the file name when the file could not be read that far
 * @param status  the status
 * @param line    the 1-based line that {@code message} is about (the first problem of an ERROR, the first
 *                unmet expectation of a FAIL), or 0 when none
 * @param message {@code null} for PASS; the reason for PENDING; for ERROR every problem, one per line; for
 *                FAIL a summary, or what differs from the expected error
 * @param tags    the scenario's tags, e.g. {@code boundary}; empty when none
 * @param rules   the rules the scenario runs with, or {@code null} when the file could not be read that far
 * @param checks  every expectation compared, in file order; empty for PENDING, ERROR and expected errors
 * @param report  the evaluation report (explanations rendered in zh-CN when the rule set renders them), or
 *                {@code null} when nothing was evaluated
 * @param firedRules the names of the rules that fired during the evaluation, sorted; empty when nothing was
 *                evaluated
 */
public record ScenarioResult(Path file, String name, Status status, int line, String message, List<String> tags,
                             RuleSelection rules, List<Check> checks, EvaluationReport report,
                             java.util.Set<String> firedRules) {

    /** How a scenario ended. */
    public enum Status {
        /** Every expectation is met (or the expected error occurred). */
        PASS,
        /** An expectation is not met, or the expected error did not occur. */
        FAIL,
        /** The scenario could not run: an unreadable or malformed file, rules that do not compile, facts that are invalid when no error was expected. */
        ERROR,
        /** The scenario is marked {@code pending}; it was read but not run. */
        PENDING
    }

    /** @throws NullPointerException when {@code file}, {@code name} or {@code status} is {@code null} */
    public ScenarioResult {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        tags = tags == null ? List.of() : List.copyOf(tags);
        checks = checks == null ? List.of() : List.copyOf(checks);
        firedRules = firedRules == null ? java.util.Set.of()
                : java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(firedRules));
    }

    /** A result of a scenario whose rule firings were not observed. */
    public ScenarioResult(Path file, String name, Status status, int line, String message, List<String> tags,
                          RuleSelection rules, List<Check> checks, EvaluationReport report) {
        this(file, name, status, line, message, tags, rules, checks, report, java.util.Set.of());
    }

    /** The expectations that are not met. */
    public List<Check> failedChecks() {
        return checks.stream().filter(c -> !c.passed()).toList();
    }

    /**
     * What a person needs to see, as lines ready to print: empty for PASS; {@code pending: REASON};
     * {@code FILE:LINE: PROBLEM} for an ERROR; for a FAIL the summary and, per unmet expectation, its
     * {@code FILE:LINE}, indicator and subject, each difference (expected vs actual), the actual result and
     * its explanation when one was rendered.
     */
    public String details() {
        return switch (status) {
            case PASS -> "";
            case PENDING -> "pending: " + message;
            case ERROR -> message;
            case FAIL -> failure();
        };
    }

    private String failure() {
        StringBuilder b = new StringBuilder(message);
        for (Check c : failedChecks()) {
            b.append('\n').append(file).append(':').append(c.line()).append(": ").append(c.indicator()).append(' ')
                    .append(c.subject());
            c.differences().forEach(d -> b.append("\n  ").append(d));
            IndicatorResult r = c.actual();
            if (r != null) {
                b.append("\n  actual result: ").append(describe(r));
                if (r.explanation() != null) {
                    b.append("\n  explanation: ").append(r.explanation());
                }
            }
        }
        return b.toString();
    }

    private static String describe(IndicatorResult r) {
        StringBuilder b = new StringBuilder(r.verdict().name());
        if (r.exactValue() != null) {
            b.append(", value ").append(r.value() == null ? r.exactValue().toPlainString() : r.value().toPlainString());
            if (r.value() != null && r.value().compareTo(r.exactValue()) != 0) {
                b.append(" (exact ").append(r.exactValue().toPlainString()).append(')');
            }
        }
        if (r.threshold() != null && r.operator() != null) {
            b.append(", threshold ").append(r.operator().symbol()).append(' ').append(r.threshold().toPlainString());
        }
        if (r.reason() != null) {
            b.append(", reason ").append(r.reason());
        }
        if (!r.failing().isEmpty()) {
            b.append(", failing ").append(r.failing());
        }
        if (!r.missing().isEmpty()) {
            b.append(", missing ").append(r.missing().stream().map(m -> m.subject() + " " + m.field()).toList());
        }
        if (!r.rules().isEmpty()) {
            b.append(", rules ").append(r.rules());
        }
        return b.toString();
    }
}
