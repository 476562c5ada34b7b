package io.dudao.cli;

import io.dudao.api.Evaluator;
import io.dudao.api.EvaluatorBuilder;
import io.dudao.api.RulesException;
import java.nio.file.Path;
import java.util.List;

/**
 * Obtains the evaluator a subcommand asks for. The command line compiles afresh on every run;
 * tests pass one that reuses compiled evaluators, since compiling a rule set takes seconds.
 */
@FunctionalInterface
interface EvaluatorFactory {

    /**
     * An evaluator for the rule set in {@code rulesDirectory} and the given standards.
     *
     * @param rulesDirectory an existing rule directory, or {@code null} for the bundled rules
     * @param standards      standard ids, or empty for every standard of the rule set
     * @throws RulesException when the rule set is invalid or lacks a standard asked for
     */
    Evaluator evaluator(Path rulesDirectory, List<String> standards);

    /**
     * An evaluator for the rule set with parameter overlays laid over it; compiled afresh when there are
     * overlays, since they change the effective parameters.
     *
     * @param overlays overlay files, in any order (layers sort themselves: province, then city)
     * @throws RulesException when the rule set or an overlay is invalid
     */
    default Evaluator evaluator(Path rulesDirectory, List<String> standards, List<Path> overlays) {
        return overlays.isEmpty() ? evaluator(rulesDirectory, standards) : build(rulesDirectory, standards, overlays);
    }

    private static Evaluator build(Path rulesDirectory, List<String> standards, List<Path> overlays) {
        EvaluatorBuilder builder = Evaluator.builder();
        if (rulesDirectory != null) {
            builder.rulesDirectory(rulesDirectory);
        }
        if (!standards.isEmpty()) {
            builder.standards(standards.toArray(String[]::new));
        }
        return builder.overlays(overlays.toArray(Path[]::new)).build();
    }

    /** Compiles with {@link Evaluator#builder()} on every call. */
    static EvaluatorFactory compiling() {
        return (rulesDirectory, standards) -> build(rulesDirectory, standards, List.of());
    }
}
