package io.dudao.internal.rules;

import io.dudao.rulemodel.Outcome;
import io.dudao.rulemodel.Tally;
import java.util.List;

/**
 * {@code tally($o)}: counts {@link Outcome}s by verdict into a {@link Tally}. Import in DRL with
 * {@code import accumulate io.dudao.internal.rules.TallyFunction tally;}.
 */
public final class TallyFunction extends ListAccumulateFunction<Outcome> {

    public TallyFunction() {
        super(Outcome.class);
    }

    @Override
    Object result(List<Outcome> items) {
        return Tally.of(items);
    }

    @Override
    public Class<?> getResultType() {
        return Tally.class;
    }
}
