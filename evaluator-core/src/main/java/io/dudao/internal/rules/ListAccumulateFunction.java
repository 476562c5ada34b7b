package io.dudao.internal.rules;

import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.runtime.rule.AccumulateFunction;

/**
 * An accumulate function that collects its inputs and computes its result from the whole list, sorted
 * by the subclass, so that the result never depends on the order in which the engine delivers facts.
 */
abstract class ListAccumulateFunction<T> implements AccumulateFunction<ListAccumulateFunction.Items> {

    /** The collected inputs of one accumulate. */
    public static final class Items implements Serializable {
        private static final long serialVersionUID = 1L;
        final ArrayList<Object> items = new ArrayList<>();
    }

    private final Class<T> type;

    ListAccumulateFunction(Class<T> type) {
        this.type = type;
    }

    /** The result over {@code items}, in no particular order. */
    abstract Object result(List<T> items);

    @Override
    public Items createContext() {
        return new Items();
    }

    @Override
    public void init(Items context) {
        context.items.clear();
    }

    @Override
    public void accumulate(Items context, Object value) {
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException(getClass().getSimpleName() + " accumulates " + type.getSimpleName()
                    + " facts, got " + (value == null ? "null" : value.getClass().getName()));
        }
        context.items.add(value);
    }

    @Override
    public void reverse(Items context, Object value) {
        for (int i = 0; i < context.items.size(); i++) {
            if (context.items.get(i) == value) {
                context.items.remove(i);
                return;
            }
        }
    }

    @Override
    public Object getResult(Items context) {
        List<T> typed = new ArrayList<>(context.items.size());
        for (Object o : context.items) {
            typed.add(type.cast(o));
        }
        return result(typed);
    }

    @Override
    public boolean supportsReverse() {
        return true;
    }

    @Override
    public void writeExternal(ObjectOutput out) {
        // stateless
    }

    @Override
    public void readExternal(ObjectInput in) {
        // stateless
    }
}
