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

    private final List<Outcome> outcomes = new ArrayList<>();
    private final Map<Object, String> producers = new IdentityHashMap<>();

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        Object o = event.getObject();
        if (event.getRule() == null) {
            return;
        }
        if (o instanceof Outcome outcome) {
            outcomes.add(outcome);
            producers.put(outcome, event.getRule().getName());
        } else if (o instanceof Measure) {
            producers.put(o, event.getRule().getName());
        }
    }

    List<Produced> produced() {
        List<Produced> out = new ArrayList<>(outcomes.size());
        for (Outcome o : outcomes) {
            List<String> rules = new ArrayList<>(2);
            if (o.measure() != null && producers.containsKey(o.measure())) {
                rules.add(producers.get(o.measure()));
            }
            rules.add(producers.get(o));
            out.add(new Produced(o, rules));
        }
        return out;
    }
}
