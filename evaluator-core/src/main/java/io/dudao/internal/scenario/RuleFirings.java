package io.dudao.internal.scenario;

import io.dudao.api.Evaluator;
import io.dudao.api.scenario.RuleSelection;
import io.dudao.api.scenario.ScenarioResult;
import java.util.List;
import java.util.Set;

/**
 * Which rules exist and which fired, for rule coverage ({@link EngineRuleFirings}: from the compiled rule
 * set and the engine's firing events).
 */
interface RuleFirings {

    /**
     * Every rule of the standards {@code evaluator} evaluates, by name, in file order.
     *
     * @throws java.io.UncheckedIOException when a rule file cannot be read
     */
    List<String> rules(RuleSelection selection, Evaluator evaluator);

    /** The names of the rules that fired while {@code result} was evaluated; empty when nothing was evaluated. */
    Set<String> fired(ScenarioResult result);
}
