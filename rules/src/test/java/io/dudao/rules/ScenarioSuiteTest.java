package io.dudao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dudao.api.Evaluator;
import io.dudao.api.EvaluatorBuilder;
import io.dudao.api.Indicator;
import io.dudao.api.scenario.Coverage;
import io.dudao.api.scenario.RuleSelection;
import io.dudao.api.scenario.ScenarioResult;
import io.dudao.api.scenario.ScenarioRunner;
import io.dudao.api.scenario.SuiteResult;
import io.dudao.testkit.DudaoScenarios;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The standards' own suite: every scenario file under {@code src/test/scenarios/} is a test (its source
 * is the file, so an IDE opens the failing case), and every indicator of every catalog is covered by a
 * PASS and a FAIL scenario, a boundary case and a missing-data case.
 */
class ScenarioSuiteTest {

    private static final Path SCENARIOS = Path.of("src/test/scenarios");

    /** Shared by both tests; the bundled QB2017 rules come from {@link Fixtures}, compiled once per JVM. */
    private static final ScenarioRunner RUNNER = new ScenarioRunner(ScenarioSuiteTest::evaluator);

    private static Evaluator evaluator(RuleSelection selection) {
        if (selection.rulesDirectory() == null && selection.standards().equals(List.of("QB2017"))
                && selection.overlays().isEmpty()) {
            return Fixtures.evaluator();
        }
        EvaluatorBuilder builder = Evaluator.builder();
        if (selection.rulesDirectory() != null) {
            builder.rulesDirectory(selection.rulesDirectory());
        }
        return builder.standards(selection.standards().toArray(String[]::new))
                .overlays(selection.overlays().toArray(java.nio.file.Path[]::new)).build();
    }

    @TestFactory
    Stream<DynamicNode> scenarios() {
        return DudaoScenarios.from(SCENARIOS, RUNNER);
    }

    @Test
    void everyCatalogIndicator_hasPassFailBoundaryAndMissingDataScenarios() {
        SuiteResult suite = RUNNER.run(List.of(SCENARIOS));
        assertThat(suite.scenarios()).as("scenarios that fail or end in an error")
                .filteredOn(s -> s.status() == ScenarioResult.Status.FAIL || s.status() == ScenarioResult.Status.ERROR)
                .extracting(s -> s.status() + " " + s.file() + "\n" + s.details()).isEmpty();
        Coverage coverage = suite.coverage();
        assertThat(coverage.indicators()).extracting(Coverage.IndicatorCoverage::indicator)
                .containsExactlyInAnyOrderElementsOf(Evaluator.builder().build().indicators().stream().map(Indicator::id)
                        .toList());   // every standard of the bundled rule set
        assertThat(coverage.uncovered()).as("indicators without both a PASS and a FAIL scenario").isEmpty();
        assertThat(coverage.percent()).isEqualTo(100.0);
        assertThat(coverage.indicators()).as("indicators without a boundary scenario")
                .filteredOn(i -> i.boundary() == 0).isEmpty();
        assertThat(coverage.indicators()).as("indicators without a missing-data scenario")
                .filteredOn(i -> i.missingData() == 0).isEmpty();
    }
}
