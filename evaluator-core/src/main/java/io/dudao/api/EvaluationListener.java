package io.dudao.api;

/**
 * Hears what happens inside one evaluation, e.g. for rule coverage or tracing. Every hook defaults to
 * doing nothing. Hooks run on the evaluating thread, synchronously; keep them quick and do not throw.
 */
public interface EvaluationListener {

    /** A listener that hears nothing. */
    EvaluationListener NONE = new EvaluationListener() {
    };

    /**
     * A rule fired.
     *
     * @param standard the standard whose rule it is, e.g. {@code QB2017}
     * @param rule     the rule's name, e.g. {@code QB2017-R4 fail: below threshold}
     */
    default void ruleFired(String standard, String rule) {
    }
}
