package io.dudao.cli;

import io.dudao.api.DudaoException;
import java.io.PrintWriter;

/**
 * The exit codes (usage errors exit with picocli's 2), and how an error is told:
 * {@code dudao: <code>: <message>} on stderr, where the message lists every problem; a stack trace only
 * when asked for with {@code --verbose}.
 */
final class ErrorHandler {

    static final int OK = 0;
    static final int INTERNAL = 1;
    static final int USAGE = 2;
    static final int RULES_INVALID = 3;
    static final int FACTS_INVALID = 4;
    static final int FAILED = 5;

    private ErrorHandler() {
    }

    /**
     * The exit code for a {@link DudaoException#code()}. Conflicting outcomes mean the rule set is wrong,
     * so they exit as invalid rules; an unreadable report is an invalid input, like invalid facts; two reports
     * that cannot be compared are a usage error; an unknown code is internal.
     */
    static int exitCode(String code) {
        return switch (code) {
            case "facts.invalid", "report.invalid" -> FACTS_INVALID;
            case "diff.incomparable" -> USAGE;
            case "rules.invalid", "parameters.invalid", "eval.conflicting_outcomes" -> RULES_INVALID;
            default -> INTERNAL;
        };
    }

    /** Writes {@code e} to {@code err} and returns its exit code. */
    static int report(Exception e, PrintWriter err, boolean verbose) {
        if (e instanceof DudaoException d) {
            err.println("dudao: " + d.code() + ": " + d.getMessage());
        } else {
            err.println("dudao: internal: " + e + (verbose ? "" : " (--verbose shows the stack trace)"));
        }
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return e instanceof DudaoException d ? exitCode(d.code()) : INTERNAL;
    }
}
