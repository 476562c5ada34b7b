package io.dudao.api.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dudao.api.Evaluator;
import io.dudao.api.scenario.ScenarioResult.Status;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner on the fixture rule set under {@code src/test/resources/scenarios/} (rule T1-A judges area per
 * student, 4.5 m² for primary; T1-D has a single rule, for districts without schools): planted wrong
 * expectations fail with a readable diff, malformed files are errors naming file and line, and rule sets
 * are compiled once.
 */
class ScenarioRunnerTest {

    private static final Path FIXTURE = fixture();
    private static final Path SUITE = FIXTURE.resolve("suite");
    private static final Path RULES = FIXTURE.resolve("rules");
    private static final Path BASE = FIXTURE.resolve("facts/two-schools.json");

    private static final AtomicInteger COMPILES = new AtomicInteger();
    private static final ScenarioRunner RUNNER = new ScenarioRunner(selection -> {
        COMPILES.incrementAndGet();
        return Evaluator.builder().rulesDirectory(selection.rulesDirectory())
                .standards(selection.standards().toArray(String[]::new))
                .overlays(selection.overlays().toArray(Path[]::new)).build();
    });

    @TempDir
    Path dir;

    private static Path fixture() {
        try {
            return Path.of(ScenarioRunnerTest.class.getResource("/scenarios/rules/ruleset.yaml").toURI())
                    .getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes a scenario; {@code RULES} and {@code BASE} in the text become the fixture's absolute paths. */
    private Path write(String name, String yaml) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, yaml.replace("RULES", RULES.toString()).replace("BASE", BASE.toString()));
        return file;
    }

    private static final String HEADER = """
            name: planted
            standards: [T1]
            rules: RULES
            base: BASE
            """;

    // ---- the fixture suite ------------------------------------------------------------------------

    @Test
    void suite_runsEveryScenarioFile_withTheStatusItsCaseCallsFor() {
        SuiteResult suite = RUNNER.run(List.of(SUITE));
        Map<String, Status> byFile = suite.scenarios().stream()
                .collect(Collectors.toMap(r -> r.file().getFileName().toString(), ScenarioResult::status));
        assertThat(byFile).containsExactlyInAnyOrderEntriesOf(Map.of(
                "a-fails-just-below-the-threshold.yaml", Status.PASS,
                "a-insufficient-data-without-area.yaml", Status.PASS,
                "a-passes-at-the-threshold.yaml", Status.PASS,
                "a-passes-well-above.scenario.json", Status.PASS,
                "d-pending.yaml", Status.PENDING,
                "inline-facts-with-added-school.yaml", Status.PASS,
                "negative-enrolment-is-invalid.yaml", Status.PASS));
        assertThat(suite.summary()).isEqualTo("6 passed, 0 failed, 0 errors, 1 pending");
        assertThat(suite.successful()).isTrue();
        assertThat(suite.scenarios()).allSatisfy(r -> assertThat(r.details()).satisfiesAnyOf(
                d -> assertThat(d).isEmpty(), d -> assertThat(d).startsWith("pending: ")));
    }

    @Test
    void pending_isReportedWithItsReasonAndNotEvaluated() {
        ScenarioResult r = RUNNER.run(SUITE.resolve("d-pending.yaml"));
        assertThat(r.status()).isEqualTo(Status.PENDING);
        assertThat(r.message()).isEqualTo("T1-D has no pass rule yet");
        assertThat(r.name()).isEqualTo("T1-D passes when every school passes");
        assertThat(r.report()).isNull();
        assertThat(r.checks()).isEmpty();
    }

    @Test
    void expectedFactsError_passesWhenCodeAndMessageMatch() {
        ScenarioResult r = RUNNER.run(SUITE.resolve("negative-enrolment-is-invalid.yaml"));
        assertThat(r.status()).isEqualTo(Status.PASS);
    }

    @Test
    void passingScenario_keepsTheReportWithExplanationsAndEveryCheck() {
        ScenarioResult r = RUNNER.run(SUITE.resolve("a-passes-at-the-threshold.yaml"));
        assertThat(r.status()).isEqualTo(Status.PASS);
        assertThat(r.checks()).hasSize(2).allMatch(Check::passed);
        assertThat(r.checks()).extracting(Check::line).containsExactly(8, 15);
        assertThat(r.report().locale()).isEqualTo("zh-CN");
        assertThat(r.report().result("T1-A", "school:A/PRIMARY").explanation()).contains("达到标准");
        assertThat(r.tags()).containsExactly("boundary");
        assertThat(r.rules()).isEqualTo(new RuleSelection(RULES, List.of("T1"), List.of()));
    }

    // ---- planted wrong expectations ---------------------------------------------------------------

    @Test
    void wrongVerdictAndValue_failWithExpectedVsActualAndTheExplanation() throws IOException {
        Path file = write("wrong.yaml", HEADER + """
                expect:
                  - indicator: T1-A
                    subject: school:A/PRIMARY
                    verdict: PASS
                  - indicator: T1-A
                    subject: school:B/PRIMARY
                    verdict: PASS
                    value: 4.1
                """);
        ScenarioResult r = RUNNER.run(file);
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(r.line()).isEqualTo(9);
        assertThat(r.message()).isEqualTo("1 of 2 expectations not met");
        assertThat(r.failedChecks()).singleElement().satisfies(c -> {
            assertThat(c.differences()).containsExactly("verdict: expected PASS, actual FAIL",
                    "value: expected 4.1, actual 4.00");
            assertThat(c.actual().verdict()).isEqualTo(io.dudao.api.Verdict.FAIL);
        });
        assertThat(r.details()).isEqualTo("""
                1 of 2 expectations not met
                %s:9: T1-A school:B/PRIMARY
                  verdict: expected PASS, actual FAIL
                  value: expected 4.1, actual 4.00
                  actual result: FAIL, value 4.00, threshold ≥ 4.5, rules [T1-A derive, T1-A fail]
                  explanation: %s""".formatted(file, r.failedChecks().get(0).actual().explanation()));
        assertThat(r.failedChecks().get(0).actual().explanation()).contains("低于标准");
    }

    @Test
    void valueWithinTolerance_passes_andOutsideIt_fails() throws IOException {
        Path file = write("tolerance.yaml", HEADER + """
                expect:
                  - {indicator: T1-A, subject: school:B/PRIMARY, verdict: FAIL, value: 4.04, tolerance: 0.05}
                  - {indicator: T1-A, subject: school:A/PRIMARY, verdict: PASS, value: 4.4, tolerance: 0.05}
                  - {indicator: T1-A, subject: school:A/PRIMARY, verdict: PASS, value: 4.50}
                  - {indicator: T1-A, subject: school:A/PRIMARY, verdict: PASS, value: null}
                """);
        ScenarioResult r = RUNNER.run(file);
        assertThat(r.checks()).extracting(Check::differences).containsExactly(
                List.of(),
                List.of("value: expected 4.4 ± 0.05, actual 4.50"),
                List.of(),
                List.of("value: expected none, actual 4.50"));
    }

    @Test
    void unknownIndicator_failsNamingTheCatalog() throws IOException {
        ScenarioResult r = RUNNER.run(write("unknown-indicator.yaml", HEADER + """
                expect:
                  - {indicator: T1-Z, subject: school:A/PRIMARY, verdict: PASS}
                """));
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(r.failedChecks()).singleElement().extracting(Check::differences).asList()
                .containsExactly("indicator T1-Z is not in the catalog (it has T1-A, T1-D)");
    }

    @Test
    void subjectWithoutResult_failsAndSuggestsTheSubjectsThatHaveOne() throws IOException {
        ScenarioResult r = RUNNER.run(write("unknown-subject.yaml", HEADER + """
                expect:
                  - {indicator: T1-A, subject: school:A, verdict: PASS}
                  - {indicator: T1-A, subject: school:Z/PRIMARY, verdict: PASS}
                """));
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(r.checks()).extracting(c -> c.differences().get(0)).containsExactly(
                "no result of T1-A for subject school:A; did you mean school:A/PRIMARY?",
                "no result of T1-A for subject school:Z/PRIMARY; it has results for school:A/PRIMARY, school:B/PRIMARY");
        assertThat(r.checks()).allMatch(c -> c.actual() == null);
    }

    @Test
    void failingMissingAndReason_areComparedAsSets() throws IOException {
        ScenarioResult r = RUNNER.run(write("sets.yaml", HEADER + """
                changes:
                  - {school: A, remove: [areaTeachingAux]}
                expect:
                  - indicator: T1-A
                    subject: school:A/PRIMARY
                    verdict: INSUFFICIENT_DATA
                    reason: no-outcome
                    missing: [{field: enrolment.primary}]
                  - indicator: T1-D
                    subject: district:100001
                    verdict: INSUFFICIENT_DATA
                    failing: [school:A/PRIMARY]
                """));
        assertThat(r.checks()).extracting(Check::differences).containsExactly(
                List.of("reason: expected no-outcome, actual missing-input",
                        "missing: expected [school:A/PRIMARY enrolment.primary], actual [school:A/PRIMARY areaTeachingAux]; "
                                + "not in actual: [school:A/PRIMARY enrolment.primary]; not expected: [school:A/PRIMARY areaTeachingAux]"),
                List.of("failing: expected [school:A/PRIMARY], actual []; not in actual: [school:A/PRIMARY]"));
    }

    @Test
    void wrongExplanation_failsShowingTheRenderedText() throws IOException {
        ScenarioResult r = RUNNER.run(write("explanation.yaml", HEADER + """
                expect:
                  - indicator: T1-A
                    subject: school:B/PRIMARY
                    verdict: FAIL
                    explanation: {locale: en, contains: "meets the standard"}
                  - indicator: T1-A
                    subject: school:B/PRIMARY
                    verdict: FAIL
                    explanation: {locale: fr, equals: "x"}
                """));
        assertThat(r.status()).isEqualTo(Status.FAIL);
        Check en = r.checks().get(0);
        assertThat(en.differences()).singleElement().asString()
                .startsWith("explanation (en): expected to contain \"meets the standard\", actual \"")
                .contains("below the standard of 4.5");
        assertThat(en.actual().explanation()).contains("below the standard of 4.5");
        assertThat(r.details()).contains("explanation: " + en.actual().explanation());
        assertThat(r.checks().get(1).differences()).singleElement().asString()
                .startsWith("explanation (fr): cannot be checked: ");
    }

    @Test
    void expectedErrorThatDoesNotOccur_fails() throws IOException {
        ScenarioResult r = RUNNER.run(write("no-error.yaml", HEADER + """
                expectError: {code: facts.invalid}
                """));
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(r.line()).isEqualTo(5);
        assertThat(r.message()).isEqualTo("expected error facts.invalid, but the facts are valid and were evaluated");
    }

    @Test
    void expectedErrorWithOtherMessage_failsShowingTheActualError() throws IOException {
        ScenarioResult r = RUNNER.run(write("other-error.yaml", HEADER + """
                changes:
                  - {school: A, set: {enrolment.primary: -1}}
                expectError:
                  code: facts.invalid
                  messageContains: schools[1]
                """));
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(r.message()).startsWith("expected error facts.invalid with a message containing \"schools[1]\", "
                + "actual facts.invalid: 1 problem in the facts:")
                .contains("two-schools.json as changed by other-error.yaml: schools[0].enrolment.primary: found -1");
    }

    @Test
    void invalidFactsWithoutExpectedError_isAnErrorAtTheFactsLine() throws IOException {
        Path file = write("invalid.yaml", HEADER + """
                changes:
                  - {school: A, set: {enrolment.primary: -1}}
                expect:
                  - {indicator: T1-A, subject: school:A/PRIMARY, verdict: PASS}
                """);
        ScenarioResult r = RUNNER.run(file);
        assertThat(r.status()).isEqualTo(Status.ERROR);
        assertThat(r.line()).isEqualTo(4);
        assertThat(r.message()).startsWith(file + ":4: the facts are invalid: facts.invalid: ");
    }

    // ---- malformed files --------------------------------------------------------------------------

    @Test
    void yamlSyntaxError_isAnErrorNamingFileLineAndColumn() throws IOException {
        Path file = write("syntax.yaml", HEADER + """
                expect:
                  - indicator: T1-A
                   subject: school:A/PRIMARY
                """);
        ScenarioResult r = RUNNER.run(file);
        assertThat(r.status()).isEqualTo(Status.ERROR);
        assertThat(r.line()).isEqualTo(7);
        assertThat(r.message()).startsWith(file + ":7:").contains("YAML syntax");
        assertThat(r.name()).isEqualTo("syntax.yaml");
        assertThat(r.details()).isEqualTo(r.message());
    }

    @Test
    void unknownKeysAndMissingFields_areErrorsEachNamingItsLine() throws IOException {
        Path file = write("keys.yaml", HEADER + """
                expect:
                  - indicator: T1-A
                    subjct: school:A/PRIMARY
                    verdict: PASSED
                """);
        ScenarioResult r = RUNNER.run(file);
        assertThat(r.status()).isEqualTo(Status.ERROR);
        assertThat(r.name()).isEqualTo("planted");
        assertThat(r.message().lines()).containsExactly(
                file + ":7:13: unknown key 'subjct' in an expectation (allowed: indicator, subject, verdict, value, "
                        + "tolerance, reason, failing, missing, explanation)",
                file + ":6:5: an expectation lacks 'subject'",
                file + ":8:14: verdict must be one of [PASS, FAIL, NOT_APPLICABLE, INSUFFICIENT_DATA], found 'PASSED'");
    }

    @Test
    void scenarioWithoutFactsOrExpectations_isAnErrorSayingWhatItNeeds() throws IOException {
        ScenarioResult r = RUNNER.run(write("bare.yaml", "name: bare\nstandards: [T1]\n"));
        assertThat(r.status()).isEqualTo(Status.ERROR);
        assertThat(r.message()).contains(":1:1: a scenario has either 'facts' (a district, inline) or 'base'")
                .contains(":1:1: a scenario has either 'expect' (expected results) or 'expectError'");
    }

    @Test
    void emptyFile_isAnError() throws IOException {
        ScenarioResult r = RUNNER.run(write("empty.yaml", ""));
        assertThat(r.status()).isEqualTo(Status.ERROR);
        assertThat(r.message()).contains(":1:1: the file is empty");
    }

    @Test
    void changeOfAnUnknownSchool_isAnErrorListingTheIds() throws IOException {
        Path file = write("no-school.yaml", HEADER + """
                changes:
                  - school: Q
                    set: {areaTeachingAux: 1}
                  - remove: [provinceCode]
                expect:
                  - {indicator: T1-A, subject: school:A/PRIMARY, verdict: PASS}
                """);
        ScenarioResult r = RUNNER.run(file);
        assertThat(r.status()).isEqualTo(Status.ERROR);
        assertThat(r.message().lines()).containsExactly(
                file + ":6: no school with id Q in the facts (ids: A, B)",
                file + ":8: no field provinceCode to remove");
    }

    @Test
    void missingRuleDirectoryAndBaseFile_areErrorsAtTheirLines() throws IOException {
        ScenarioResult r = RUNNER.run(write("paths.yaml", """
                name: paths
                standards: [T1]
                rules: no-such-rules
                base: no-such.json
                expect:
                  - {indicator: T1-A, subject: school:A/PRIMARY, verdict: PASS}
                """));
        assertThat(r.status()).isEqualTo(Status.ERROR);
        assertThat(r.message()).contains(":3:8: rule directory no-such-rules does not exist")
                .contains(":4:7: base facts file no-such.json does not exist");
    }

    @Test
    void overlays_raiseAProvincialThresholdForTheScenario() throws IOException {
        Files.writeString(dir.resolve("province-10.yaml"), """
                standard: T1
                layer: province
                code: "10"
                parameters:
                  - key: T1-A.threshold
                    value: {PRIMARY: 4.6}
                """);
        String body = """
                overlays: [province-10.yaml]
                changes:
                  - set: {provinceCode: "10"}
                expect:
                  - {indicator: T1-A, subject: school:A/PRIMARY, verdict: FAIL, value: 4.5}
                """;
        ScenarioResult r = RUNNER.run(write("overlays.yaml", HEADER + body));
        assertThat(r.status()).as(r.message()).isEqualTo(Status.PASS);
        assertThat(r.rules().overlays()).containsExactly(dir.resolve("province-10.yaml"));
    }

    @Test
    void rulesThatDoNotCompile_failEveryScenarioNamingThem_compiledOnce(@TempDir Path rules) throws IOException {
        Files.createDirectories(rules.resolve("T1"));
        Files.writeString(rules.resolve("ruleset.yaml"), "id: broken\nedition: \"1\"\nstandards: [T1]\n");
        AtomicInteger compiles = new AtomicInteger();
        ScenarioRunner runner = new ScenarioRunner(s -> {
            compiles.incrementAndGet();
            return Evaluator.builder().rulesDirectory(s.rulesDirectory()).standards("T1").build();
        });
        String text = HEADER.replace("RULES", rules.toString()) + """
                expect:
                  - {indicator: T1-A, subject: school:A/PRIMARY, verdict: PASS}
                """;
        List<ScenarioResult> results = List.of(runner.run(write("one.yaml", text)), runner.run(write("two.yaml", text)));
        assertThat(results).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(Status.ERROR);
            assertThat(r.message()).contains("the rules (T1 from the rules in " + rules + ") cannot be used: rules.invalid");
        });
        assertThat(compiles).hasValue(1);
    }

    // ---- reuse, discovery, coverage ---------------------------------------------------------------

    @Test
    void oneEvaluator_servesEveryScenarioWithTheSameRules() throws IOException {
        AtomicInteger compiles = new AtomicInteger();
        ScenarioRunner runner = new ScenarioRunner(s -> {
            compiles.incrementAndGet();
            return Evaluator.builder().rulesDirectory(s.rulesDirectory()).standards("T1").build();
        });
        // the suite names the rules as ../rules, this file by an absolute path: the same selection
        Path other = write("other.yaml", HEADER + """
                expect:
                  - {indicator: T1-A, subject: school:A/PRIMARY, verdict: PASS}
                """);
        SuiteResult suite = runner.run(List.of(SUITE, other));
        assertThat(suite.count(Status.PASS)).isEqualTo(7);
        assertThat(compiles).hasValue(1);
    }

    @Test
    void discover_findsScenarioFilesInPathOrder_skippingRuleSetsAndFactsFiles() {
        List<Path> files = ScenarioRunner.discover(List.of(FIXTURE));
        assertThat(files).extracting(p -> FIXTURE.relativize(p).toString().replace('\\', '/')).containsExactly(
                "suite/a-fails-just-below-the-threshold.yaml",
                "suite/a-insufficient-data-without-area.yaml",
                "suite/a-passes-at-the-threshold.yaml",
                "suite/a-passes-well-above.scenario.json",
                "suite/d-pending.yaml",
                "suite/inline-facts-with-added-school.yaml",
                "suite/negative-enrolment-is-invalid.yaml");
        assertThatThrownBy(() -> ScenarioRunner.discover(List.of(FIXTURE.resolve("nothing"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nothing");
    }

    @Test
    void coverage_countsScenariosPerIndicatorAndVerdict_andListsRulesThatNeverFired() {
        Coverage c = RUNNER.run(List.of(SUITE)).coverage();
        assertThat(c.indicators()).containsExactly(
                // PASS: at-threshold, well-above; FAIL: at-threshold, just-below, inline; missing data: without-area;
                // boundary: at-threshold, just-below. The pending and the expected-error scenario add nothing.
                new Coverage.IndicatorCoverage("T1-A", 2, 3, 0, 1, 2),
                new Coverage.IndicatorCoverage("T1-D", 0, 0, 0, 1, 0));
        assertThat(c.uncovered()).containsExactly("T1-D");
        assertThat(c.percent()).isEqualTo(50.0);
        assertThat(c.rules()).containsExactly("T1-A derive", "T1-A fail", "T1-A insufficient", "T1-A pass",
                "T1-D not applicable: no schools");
        assertThat(c.rulesNeverFired()).containsExactly("T1-D not applicable: no schools");
    }

    @Test
    void coverage_countsOnlyExpectationsThatWereMet() throws IOException {
        ScenarioResult wrong = RUNNER.run(write("wrong.yaml", HEADER + """
                tags: [boundary]
                expect:
                  - {indicator: T1-A, subject: school:A/PRIMARY, verdict: FAIL}
                  - {indicator: T1-A, subject: school:B/PRIMARY, verdict: FAIL}
                """));
        Coverage c = RUNNER.coverage(List.of(wrong));
        assertThat(c.indicators().get(0)).isEqualTo(new Coverage.IndicatorCoverage("T1-A", 0, 1, 0, 0, 1));
        assertThat(c.percent()).isZero();
    }
}
