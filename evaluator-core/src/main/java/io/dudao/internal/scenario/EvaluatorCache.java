package io.dudao.internal.scenario;

import io.dudao.api.Evaluator;
import io.dudao.api.scenario.RuleSelection;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Compiles each rule selection once and keeps the evaluator, or the exception compiling threw, so that a
 * selection that does not compile is not compiled again for every scenario. Thread-safe: concurrent requests
 * for one selection wait for a single compile; other selections are not blocked.
 */
final class EvaluatorCache {

    private final Function<RuleSelection, Evaluator> compiler;
    private final ConcurrentHashMap<RuleSelection, Entry> entries = new ConcurrentHashMap<>();

    EvaluatorCache(Function<RuleSelection, Evaluator> compiler) {
        this.compiler = compiler;
    }

    /**
     * The evaluator for {@code selection}, compiled on first use.
     *
     * @throws RuntimeException what compiling threw (the same exception on every call)
     */
    Evaluator get(RuleSelection selection) {
        return entries.computeIfAbsent(selection, s -> new Entry()).get(selection);
    }

    private final class Entry {
        private Evaluator evaluator;
        private RuntimeException failure;

        synchronized Evaluator get(RuleSelection selection) {
            if (evaluator == null && failure == null) {
                try {
                    evaluator = Objects.requireNonNull(compiler.apply(selection), "the compiler returned null");
                } catch (RuntimeException e) {
                    failure = e;
                }
            }
            if (failure != null) {
                throw failure;
            }
            return evaluator;
        }
    }
}
