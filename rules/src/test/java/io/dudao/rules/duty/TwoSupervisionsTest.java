package io.dudao.rules.duty;

import static org.assertj.core.api.Assertions.assertThat;

import io.dudao.api.EvaluationListener;
import io.dudao.api.EvaluationReport;
import io.dudao.api.Evaluator;
import io.dudao.api.FactsReader;
import io.dudao.api.IndicatorResult;
import io.dudao.api.ReportJson;
import io.dudao.facts.District;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The LXDD profile over the bundled DUTY and QB2017 rules, on the sample county with the Fujian-like provincial
 * standard: its refs are DUTY's results, DUTY runs once when both are asked for, and the output is deterministic.
 */
class TwoSupervisionsTest {

    private static final Path SAMPLES = Path.of("../examples/samples");

    /** Compiled once per JVM (a compile costs seconds). */
    private static final class Holder {
        static final Evaluator EVALUATOR = Evaluator.builder().standards("DUTY", "LXDD")
                .overlays(SAMPLES.resolve("province-35.yaml")).build();
    }

    private static District county() {
        return FactsReader.read(SAMPLES.resolve("lxdd-county.json")).get(0);
    }

    private static IndicatorResult result(EvaluationReport r, String indicator, String subject) {
        return r.results().stream().filter(x -> x.indicator().equals(indicator) && x.subject().equals(subject))
                .findFirst().orElseThrow(() -> new AssertionError("no result " + indicator + " " + subject));
    }

    @Test
    void refs_carryTheResultsOfTheDutyIndicatorsTheyReferTo() {
        EvaluationReport r = Holder.EVALUATOR.evaluate(county());
        Map<String, String> refs = Map.of("LXDD-FUND", "DUTY-FIN", "LXDD-SIZE", "DUTY-SCH", "LXDD-SJ", "DUTY-SJ");
        refs.forEach((ref, target) -> {
            IndicatorResult a = result(r, ref, "district:350999");
            IndicatorResult b = result(r, target, "district:350999");
            assertThat(a.verdict()).as(ref).isEqualTo(b.verdict());
            assertThat(a.failing()).as(ref).isEqualTo(b.failing());
            assertThat(a.children()).as(ref).isEqualTo(b.children());
            assertThat(a.messageKey()).as(ref).isEqualTo(b.messageKey());
        });
        for (String stage : List.of("PRIMARY", "JUNIOR")) {
            IndicatorResult a = result(r, "LXDD-FUND-PROV", "district:350999/" + stage);
            IndicatorResult b = result(r, "DUTY-FIN9", "district:350999/" + stage);
            assertThat(a.verdict()).isEqualTo(b.verdict());
            assertThat(a.exactValue()).isEqualByComparingTo(b.exactValue());
            assertThat(a.threshold()).isEqualByComparingTo(b.threshold());
            assertThat(a.thresholdSource()).isEqualTo(b.thresholdSource()).isEqualTo("province:35");
        }
    }

    @Test
    void evaluate_runsTheIncludedDutyRulesOnceForBothSections() {
        List<String> fired = new ArrayList<>();
        EvaluationListener listener = new EvaluationListener() {
            @Override
            public void ruleFired(String standard, String rule) {
                fired.add(standard + ": " + rule);
            }
        };
        Holder.EVALUATOR.evaluate(county(), null, listener);
        assertThat(fired).filteredOn(f -> f.startsWith("DUTY: DUTY-FIN1 derive")).hasSize(1);
        assertThat(fired).filteredOn(f -> f.startsWith("QB2017: QB2017-RD tally")).hasSize(1);
        assertThat(fired).filteredOn(f -> f.startsWith("LXDD: LXDD-ALL tally")).hasSize(1);
    }

    @Test
    void evaluate_givesByteIdenticalReports() {
        String first = ReportJson.toJson(Holder.EVALUATOR.explanations().render(Holder.EVALUATOR.evaluate(county()),
                java.util.Locale.SIMPLIFIED_CHINESE));
        String second = ReportJson.toJson(Holder.EVALUATOR.explanations().render(Holder.EVALUATOR.evaluate(county()),
                java.util.Locale.SIMPLIFIED_CHINESE));
        assertThat(second).isEqualTo(first).contains("低于省定标准750.00元");
    }
}
