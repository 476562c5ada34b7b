package io.dudao.internal.engine;

import io.dudao.rulemodel.Measure;
import io.dudao.rulemodel.Outcome;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;

/** Records, per session, every outcome the rules insert and which rule inserted it (and its measure). */
final class OutcomeCollector extends DefaultRuleRuntimeEventListener {

    /** An outcome and the rules behind it: the rule that derived its measure (if any), then its own. */
    record Produced(Outcome outcome, List<String> rules) {
    }

    private final List<Outcome> outcomes = new ArrayList<>(256);
    private final List<String> outcomeRules = new ArrayList<>(256);
    private final Map<Measure, String> measureRules = new IdentityHashMap<>(256);

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        Object o = event.getObject();
        if (event.getRule() == null) {
            return;
        }
        if (o instanceof Outcome outcome) {
            outcomes.add(outcome);
            outcomeRules.add(event.getRule().getName());
        } else if (o instanceof Measure m) {
            measureRules.put(m, event.getRule().getName());
        }
    }

    List<Produced> produced() {
        List<Produced> out = new ArrayList<>(outcomes.size());
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome o = outcomes.get(i);
            String measureRule = o.measure() == null ? null : measureRules.get(o.measure());
            out.add(new Produced(o, measureRule == null ? List.of(outcomeRules.get(i))
                    : List.of(measureRule, outcomeRules.get(i))));
        }
        return out;
    }
}
