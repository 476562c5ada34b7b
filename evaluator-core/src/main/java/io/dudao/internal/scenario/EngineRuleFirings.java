package io.dudao.internal.scenario;

import io.dudao.api.Evaluator;
import io.dudao.api.scenario.RuleSelection;
import io.dudao.api.scenario.ScenarioResult;
import java.util.List;
import java.util.Set;

/**
 * Rule coverage from the engine: the rules are those of the compiled rule set ({@link Evaluator#ruleNames()},
 * decision tables and helper rules included), and a rule fired when the engine reported it firing while a
 * scenario was evaluated ({@link ScenarioResult#firedRules()}).
 */
final class EngineRuleFirings implements RuleFirings {

    @Override
    public List<String> rules(RuleSelection selection, Evaluator evaluator) {
        return evaluator.ruleNames();
    }

    @Override
    public Set<String> fired(ScenarioResult result) {
        return result.firedRules();
    }
}
