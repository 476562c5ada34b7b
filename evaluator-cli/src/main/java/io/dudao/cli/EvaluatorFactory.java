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

    /** Compiles with {@link Evaluator#builder()} on every call. */
    static EvaluatorFactory compiling() {
        return (rulesDirectory, standards) -> {
            EvaluatorBuilder builder = Evaluator.builder();
            if (rulesDirectory != null) {
                builder.rulesDirectory(rulesDirectory);
            }
            if (!standards.isEmpty()) {
                builder.standards(standards.toArray(String[]::new));
            }
            return builder.build();
        };
    }
}
