package io.dudao.benchmarks.jmh;

import io.dudao.api.Evaluator;
import io.dudao.facts.District;
import io.dudao.reference.NationalGenerator;
import io.dudao.reference.ReferenceEvaluator;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Shared by the JMH benchmarks: one Evaluator (bundled rules, QB2017), the reference, a county of about 70
 * schools, and a sample of 500 counties of the synthetic nation (seed 1).
 */
@State(Scope.Benchmark)
public class CountyState {

    public Evaluator evaluator;
    public ReferenceEvaluator reference;
    public District county70;
    public List<District> sample;

    @Setup(Level.Trial)
    public void setUp() {
        evaluator = Evaluator.builder().standards("QB2017").build();
        reference = ReferenceEvaluator.national();
        NationalGenerator g = new NationalGenerator(1);
        sample = g.counties(500).stream().toList();
        for (int i = 0; county70 == null; i++) {
            District d = g.county(i);
            if (d.schools().size() >= 68 && d.schools().size() <= 72) {
                county70 = d;
            }
        }
    }
}
