package io.dudao.internal.rules;

import io.dudao.rulemodel.CvResult;
import io.dudao.rulemodel.Measure;
import java.util.List;

/**
 * {@code weightedCv($m)}: the enrolment-weighted coefficient of variation over school-part
 * {@link Measure}s, as a {@link CvResult}. Import in DRL with
 * {@code import accumulate io.dudao.internal.rules.WeightedCvFunction weightedCv;} and use it as the
 * only function of its accumulate.
 */
public final class WeightedCvFunction extends ListAccumulateFunction<Measure> {

    public WeightedCvFunction() {
        super(Measure.class);
    }

    @Override
    Object result(List<Measure> items) {
        return CvResult.compute(items);
    }

    @Override
    public Class<?> getResultType() {
        return CvResult.class;
    }
}
