package io.dudao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dudao.api.Evaluator;
import io.dudao.api.EvaluatorBuilder;
import io.dudao.api.Indicator;
import io.dudao.api.Verdict;
import io.dudao.api.scenario.Coverage;
import io.dudao.api.scenario.RuleSelection;
import io.dudao.api.scenario.ScenarioResult;
import io.dudao.api.scenario.ScenarioRunner;
import io.dudao.api.scenario.SuiteResult;
import io.dudao.rules.bb2012.Bb2012Fixtures;
import io.dudao.rules.pp2020.PP2020Fixtures;
import io.dudao.testkit.DudaoScenarios;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The standards' own suite: every scenario file under {@code src/test/scenarios/} is a test (its source
 * is the file, so an IDE opens the failing case), and every indicator of every catalog is covered by a
 * PASS and a FAIL scenario (of the verdicts its catalog entry lists: BB2012's single CVs cannot FAIL), a boundary
 * case and a missing-data case.
 */
class ScenarioSuiteTest {

    private static final Path SCENARIOS = Path.of("src/test/scenarios");

    /**
     * Shared by both tests; the bundled QB2017, BB2012 and PP2020 rules come from {@link Fixtures},
     * {@link Bb2012Fixtures} and {@link PP2020Fixtures}, each compiled once per JVM.
     */
    private static final ScenarioRunner RUNNER = new ScenarioRunner(ScenarioSuiteTest::evaluator);

    private static Evaluator evaluator(RuleSelection selection) {
        if (selection.rulesDirectory() == null && selection.standards().equals(List.of("QB2017"))
                && selection.overlays().isEmpty()) {
            return Fixtures.evaluator();
        }
        if (selection.rulesDirectory() == null && selection.overlays().isEmpty()) {
            if (selection.standards().equals(List.of("BB2012"))) {
                return Bb2012Fixtures.evaluator();
            }
            if (selection.standards().equals(List.of("QB2017", "BB2012"))) {
                return Bb2012Fixtures.withQb2017();
            }
            if (selection.standards().equals(List.of("PP2020"))) {
                return PP2020Fixtures.evaluator();
            }
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
        List<Indicator> catalog = Evaluator.builder().build().indicators();   // every standard of the bundled rule set
        assertThat(coverage.indicators()).extracting(Coverage.IndicatorCoverage::indicator)
                .containsExactlyInAnyOrderElementsOf(catalog.stream().map(Indicator::id).toList());
        // A ref (an indicator of another standard listed under this one's id) runs the same rules as the indicator
        // it refers to, so it is covered where that indicator is: count the scenarios of the target for it.
        Map<String, Coverage.IndicatorCoverage> byId = new HashMap<>();
        coverage.indicators().forEach(i -> byId.put(i.indicator(), i));
        Map<String, String> refs = refs();
        List<Coverage.IndicatorCoverage> effective = coverage.indicators().stream()
                .map(i -> refs.containsKey(i.indicator()) && byId.containsKey(refs.get(i.indicator()))
                        ? byId.get(refs.get(i.indicator())) : i)
                .toList();
        assertThat(effective).as("indicators without a PASS and a FAIL scenario (those their catalog lists)")
                .filteredOn(i -> {
                    Indicator ind = catalog.stream().filter(c -> c.id().equals(i.indicator())).findFirst().orElseThrow();
                    return (ind.verdicts().contains(Verdict.PASS) && i.pass() == 0)
                            || (ind.verdicts().contains(Verdict.FAIL) && i.fail() == 0);
                }).extracting(Coverage.IndicatorCoverage::indicator).isEmpty();
        assertThat(effective).as("indicators without a boundary scenario")
                .filteredOn(i -> i.boundary() == 0).isEmpty();
        assertThat(effective).as("indicators without a missing-data scenario")
                .filteredOn(i -> i.missingData() == 0).isEmpty();
    }

    /** The refs of the bundled catalogs: ref id → the indicator it refers to ({@code - {ref: X, id: Y, …}}). */
    private static Map<String, String> refs() {
        Map<String, String> out = new HashMap<>();
        Pattern ref = Pattern.compile("^\\s*-\\s*\\{\\s*ref:\\s*([^,\\s}]+)\\s*,\\s*id:\\s*([^,\\s}]+)", Pattern.MULTILINE);
        try (Stream<Path> catalogs = Files.list(Path.of("src/main/resources/dudao/rules"))) {
            for (Path dir : catalogs.filter(Files::isDirectory).toList()) {
                Matcher m = ref.matcher(Files.readString(dir.resolve("catalog.yaml")));
                while (m.find()) {
                    out.put(m.group(2), m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
