package io.dudao.internal.engine;

import static io.dudao.internal.engine.RuleSetFixtures.district;
import static io.dudao.internal.engine.RuleSetFixtures.primary;
import static org.assertj.core.api.Assertions.assertThat;

import io.dudao.api.EvaluationReport;
import io.dudao.api.Evaluator;
import io.dudao.api.Indicator;
import io.dudao.api.IndicatorResult;
import io.dudao.api.Verdict;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The declared arguments of each result shape are the arguments real results carry. */
class ResultShapeTest {

    @Test
    void of_followsTheCatalog() {
        Evaluator e = Evaluator.builder().rulesDirectory(RuleSetFixtures.path("basic")).build();
        Map<String, Indicator> byId = new java.util.HashMap<>();
        e.indicators().forEach(i -> byId.put(i.id(), i));
        assertThat(ResultShape.of(byId.get("T1-A"))).isEqualTo(ResultShape.JUDGED_PART);
        assertThat(ResultShape.of(byId.get("T1-D"))).isEqualTo(ResultShape.ROLL_UP);

        EvaluationReport r = e.evaluate(district(primary("A", "2250", 500), primary("B", "1900", 444),
                primary("C", null, 10), primary("D", "1000", 0)));
        assertThat(r.results()).extracting(IndicatorResult::verdict).contains(Verdict.PASS, Verdict.FAIL,
                Verdict.INSUFFICIENT_DATA);
        for (IndicatorResult x : r.results()) {
            Map<String, ResultShape.Argument> declared = ResultShape.of(byId.get(x.indicator())).arguments(x.verdict());
            assertThat(declared).as("%s %s", x.indicator(), x.verdict()).containsKeys(
                    x.arguments().keySet().toArray(String[]::new));
            declared.values().stream().filter(ResultShape.Argument::always).forEach(a ->
                    assertThat(x.arguments()).as("%s %s %s", x.indicator(), x.subject(), a.name()).containsKey(a.name()));
        }
    }

    @Test
    void arguments_presentAlwaysOnlyWhenEveryWayGivesThem() {
        Map<String, ResultShape.Argument> insufficient = ResultShape.JUDGED_PART.arguments(Verdict.INSUFFICIENT_DATA);
        assertThat(insufficient.get("reason").always()).isTrue();
        assertThat(insufficient.get("threshold").always()).isFalse();
        assertThat(insufficient).doesNotContainKey("value");
        Map<String, ResultShape.Argument> pass = ResultShape.JUDGED_PART.arguments(Verdict.PASS);
        assertThat(pass.get("value").always()).isTrue();
        assertThat(pass).doesNotContainKey("reason");
        Map<String, ResultShape.Argument> cvFail = ResultShape.CV.arguments(Verdict.FAIL);
        assertThat(cvFail.get("lowest").fields()).containsOnlyKeys("subject", "school", "value", "belowMean");
        assertThat(ResultShape.ROLL_UP.arguments(Verdict.FAIL).get("missed").fields().get("threshold").presentWith())
                .isEqualTo("value");
    }
}
