package io.dudao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dudao.api.Evaluator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * The {@code dudao} command, black-box: arguments in, exit code and captured stdout and stderr out.
 * Evaluators are compiled once per rule set and standards for the whole class (compiling takes seconds).
 */
class DudaoCommandTest {

    private static final Map<List<Object>, Evaluator> COMPILED = new ConcurrentHashMap<>();
    private static final EvaluatorFactory REUSING = (directory, standards) -> COMPILED.computeIfAbsent(
            List.of(String.valueOf(directory), standards),
            key -> EvaluatorFactory.compiling().evaluator(directory, standards));
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Run(int exitCode, String out, String err) {
    }

    private static Run dudao(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = new CommandLine(new DudaoCommand(REUSING))
                .setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err))
                .execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    private static String facts(String name) {
        try {
            return Path.of(DudaoCommandTest.class.getResource("/facts/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies the bundled rule set (a folder or inside the dudao-rules jar) to {@code target}. */
    private static Path copyBundledRules(Path target) throws IOException, URISyntaxException {
        URI manifest = DudaoCommandTest.class.getClassLoader().getResource("dudao/rules/ruleset.yaml").toURI();
        if ("jar".equals(manifest.getScheme())) {
            try {
                FileSystems.newFileSystem(manifest, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                // opened already, by the evaluator reading the bundled rules
            }
        }
        Path source = Path.of(manifest).getParent();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        return target;
    }

    /** Deletes the closing parenthesis of the first {@code Threshold(...)} pattern: a DRL syntax error. */
    private static void breakRule(Path drl) throws IOException {
        String text = Files.readString(drl, StandardCharsets.UTF_8);
        String broken = text.replaceFirst("(Threshold\\([^)\\n]*)\\)", "$1");
        assertThat(broken).isNotEqualTo(text);
        Files.writeString(drl, broken, StandardCharsets.UTF_8);
    }

    @Nested
    class Evaluate {

        @AfterEach
        void restoreLogLevels() {
            // as logback.xml sets them, in case a test ran with --verbose
            ((Logger) LoggerFactory.getLogger("io.dudao")).setLevel(null);
            ((Logger) LoggerFactory.getLogger("org.drools")).setLevel(Level.ERROR);
            ((Logger) LoggerFactory.getLogger("org.kie")).setLevel(Level.ERROR);
        }

        @Test
        void evaluate_writesOneReportObjectForOneDistrict() throws IOException {
            Run run = dudao("evaluate", facts("two-schools.json"));

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.err()).isEmpty();
            JsonNode report = JSON.readTree(run.out());
            assertThat(report.isObject()).isTrue();
            assertThat(report.path("district").path("code").asText()).isEqualTo("330999");
            assertThat(report.path("asOf").asText()).isEqualTo("2024-09-01");
            assertThat(report.path("results").isArray()).isTrue();
            assertThat(report.path("results")).isNotEmpty();
        }

        @Test
        void evaluate_withoutStandard_runsTheStandardsThatApplyToTheFacts() throws IOException {
            Run schoolsOnly = dudao("evaluate", facts("two-schools.json"));
            Run withFinance = dudao("evaluate", Path.of("../examples/samples/lxdd-county.json").toString());

            assertThat(schoolsOnly.exitCode()).as(schoolsOnly.err()).isZero();
            assertThat(withFinance.exitCode()).as(withFinance.err()).isZero();
            // schools: QB2017 and BB2012 apply; with the county's finance figures, DUTY and the LXDD profile too;
            // PP2020 only with kindergartens or preschool figures
            assertThat(JSON.readTree(schoolsOnly.out()).path("standards").toString())
                    .isEqualTo("[\"QB2017\",\"BB2012\"]");
            assertThat(JSON.readTree(withFinance.out()).path("standards").toString())
                    .isEqualTo("[\"QB2017\",\"BB2012\",\"DUTY\",\"LXDD\"]");
        }

        @Test
        void evaluate_standardsCommaSeparated_reportsOnlyThose() throws IOException {
            Run run = dudao("evaluate", "--standard", "DUTY,LXDD", facts("two-schools.json"));

            assertThat(run.exitCode()).as(run.err()).isZero();
            JsonNode report = JSON.readTree(run.out());
            assertThat(report.path("standards").toString()).isEqualTo("[\"DUTY\",\"LXDD\"]");
            List<String> indicators = new ArrayList<>();
            report.path("results").forEach(r -> indicators.add(r.path("indicator").asText()));
            assertThat(indicators).isNotEmpty().allMatch(i -> i.startsWith("DUTY-") || i.startsWith("LXDD-"));
            assertThat(indicators).contains("LXDD-QB-RES", "LXDD-ALL", "DUTY-SJ");
        }

        @Test
        void evaluate_givesByteIdenticalOutputForTheSameFacts() {
            Run first = dudao("evaluate", facts("two-schools.json"));
            Run second = dudao("evaluate", facts("two-schools.json"));

            assertThat(first.exitCode()).isZero();
            assertThat(second.out()).isNotEmpty().isEqualTo(first.out());
        }

        @Test
        void evaluate_writesAnArrayForSeveralDistrictsInFileOrder() throws IOException {
            Run run = dudao("evaluate", facts("two-schools.json"), facts("two-districts.json"));

            assertThat(run.exitCode()).as(run.err()).isZero();
            JsonNode reports = JSON.readTree(run.out());
            assertThat(reports.isArray()).isTrue();
            List<String> codes = new ArrayList<>();
            reports.forEach(report -> codes.add(report.path("district").path("code").asText()));
            assertThat(codes).containsExactly("330999", "330997", "330996");
            reports.forEach(report -> assertThat(report.path("results")).isNotEmpty());
        }

        @Test
        void evaluate_writesTheOutputFileInsteadOfStdout(@TempDir Path dir) throws IOException {
            Path file = dir.resolve("report.json");
            Run toFile = dudao("evaluate", "--output", file.toString(), facts("two-schools.json"));
            Run toStdout = dudao("evaluate", facts("two-schools.json"));

            assertThat(toFile.exitCode()).as(toFile.err()).isZero();
            assertThat(toFile.out()).isEmpty();
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(toStdout.out()).contains("测试县");
        }

        @Test
        void evaluate_exitsWith1WhenTheOutputFileCannotBeWritten(@TempDir Path dir) {
            Path file = dir.resolve("absent").resolve("report.json");
            Run run = dudao("evaluate", "--output", file.toString(), facts("two-schools.json"));

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).startsWith("dudao: internal: cannot write " + file + ": ").doesNotContain("\tat ");
        }

        @Test
        void evaluate_takesTheAsOfDateFromTheOption() throws IOException {
            Run run = dudao("evaluate", "--as-of", "2025-03-01", facts("two-schools.json"));

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(JSON.readTree(run.out()).path("asOf").asText()).isEqualTo("2025-03-01");
        }

        @Test
        void evaluate_exitsWith4AndListsEveryProblemOfEveryFactsFile() {
            Run run = dudao("evaluate", facts("three-problems.json"), "no-such-facts.json");

            assertThat(run.exitCode()).isEqualTo(4);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).startsWith("dudao: facts.invalid: 4 problems in the facts:")
                    .contains("three-problems.json: schools[0].enrolmnet: found")
                    .contains("three-problems.json: schools[1].enrolment.primary: found -5")
                    .contains("three-problems.json: schools[2].type: found \"大学\"")
                    .contains("no-such-facts.json: (document)")
                    .doesNotContain("\tat ");
        }

        @Test
        void evaluate_namesTheFileAndDistrictOfAProblemFoundWhileEvaluating() {
            Run run = dudao("evaluate", facts("second-district-without-school-year.json"));

            assertThat(run.exitCode()).isEqualTo(4);
            assertThat(run.err()).startsWith("dudao: facts.invalid: 1 problem in the facts:")
                    .contains("second-district-without-school-year.json: [1].schoolYear: missing");
        }

        @Test
        void evaluate_showsTheStackTraceOnlyWhenVerbose() {
            Run run = dudao("evaluate", "--verbose", facts("three-problems.json"));

            assertThat(run.exitCode()).isEqualTo(4);
            assertThat(run.err()).startsWith("dudao: facts.invalid: 3 problems").contains("\tat io.dudao.");
        }

        @Test
        void evaluate_exitsWith5WhenAResultFailsAndExitCodeIsAsked() throws IOException {
            Run run = dudao("evaluate", "--exit-code", facts("teaching-area-below-threshold.json"));

            assertThat(run.exitCode()).isEqualTo(5);
            JsonNode report = JSON.readTree(run.out());
            assertThat(report.path("summary").path("FAIL").asInt()).isPositive();
        }

        @Test
        void evaluate_exitsWith0WhenAResultFailsWithoutExitCode() {
            assertThat(dudao("evaluate", facts("teaching-area-below-threshold.json")).exitCode()).isZero();
        }

        @Test
        void evaluate_exitsWith0WithExitCodeWhenNothingFails() {
            assertThat(dudao("evaluate", "--exit-code", facts("two-schools.json")).exitCode()).isZero();
        }

        @Test
        void evaluate_exitsWith3AndNamesFileAndLineOfABrokenRule(@TempDir Path dir) throws Exception {
            Path rules = copyBundledRules(dir.resolve("rules"));
            breakRule(rules.resolve("QB2017/QB2017-R4-teaching-area.drl"));

            Run run = dudao("evaluate", "--rules", rules.toString(), facts("two-schools.json"));

            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).startsWith("dudao: rules.invalid: ")
                    .containsPattern(Pattern.quote(rules.resolve("QB2017").toString())
                            + "/QB2017-R4-teaching-area\\.drl:[1-9]\\d*:\\d+: ")
                    .doesNotContain("\tat ");
        }
    }

    @Nested
    class Check {

        @Test
        void check_reportsTheBundledRuleSetAndItsIndicatorCount() {
            Run run = dudao("check");

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).matches("OK: rule set dudao-national \\S+, [1-9]\\d* indicators\\R");
        }

        @Test
        void check_countsOnlyTheIndicatorsOfTheStandardsAsked() {
            Run all = dudao("check");
            Run qb2017 = dudao("check", "--standard", "QB2017");

            assertThat(qb2017.exitCode()).as(qb2017.err()).isZero();
            assertThat(indicatorCount(qb2017.out())).isPositive().isLessThanOrEqualTo(indicatorCount(all.out()));
        }

        private static int indicatorCount(String okLine) {
            Matcher m = Pattern.compile(", (\\d+) indicators").matcher(okLine);
            assertThat(m.find()).as(okLine).isTrue();
            return Integer.parseInt(m.group(1));
        }

        @Test
        void check_listsEveryProblemAsFileLineColumnAndExitsWith3(@TempDir Path dir) throws Exception {
            Path rules = copyBundledRules(dir.resolve("rules"));
            breakRule(rules.resolve("QB2017/QB2017-R4-teaching-area.drl"));
            breakRule(rules.resolve("QB2017/QB2017-R5-sports-area.drl"));

            Run run = dudao("check", "--rules", rules.toString());

            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(run.out()).isEmpty();
            List<String> lines = run.err().lines().toList();
            String folder = rules.resolve("QB2017") + "/";
            assertThat(lines).anyMatch(l -> l.startsWith(folder + "QB2017-R4-teaching-area.drl:")
                    && l.matches(".*\\.drl:[1-9]\\d*:\\d+: .+"));
            assertThat(lines).anyMatch(l -> l.startsWith(folder + "QB2017-R5-sports-area.drl:")
                    && l.matches(".*\\.drl:[1-9]\\d*:\\d+: .+"));
            assertThat(lines.get(lines.size() - 1)).matches("dudao: rules\\.invalid: \\d+ problems in the rules in .+");
        }

        @Test
        void check_exitsWith3ForAStandardNotInTheRuleSet() {
            Run run = dudao("check", "--standard", "NO-SUCH");

            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(run.err()).contains("standard NO-SUCH is not in rule set");
        }
    }

    @Nested
    class Usage {

        @Test
        void unknownOption_exitsWith2() {
            Run run = dudao("evaluate", "--bogus", facts("two-schools.json"));

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("Unknown option: '--bogus'");
            assertThat(run.out()).isEmpty();
        }

        @Test
        void missingSubcommand_exitsWith2() {
            assertThat(dudao().exitCode()).isEqualTo(2);
        }

        @Test
        void evaluateWithoutFacts_exitsWith2() {
            assertThat(dudao("evaluate").exitCode()).isEqualTo(2);
        }

        @Test
        void unknownFormat_exitsWith2() {
            Run run = dudao("evaluate", "--format", "xml", facts("two-schools.json"));

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("--format");
        }

        @Test
        void badAsOfDate_exitsWith2() {
            assertThat(dudao("evaluate", "--as-of", "2025-13-40", facts("two-schools.json")).exitCode()).isEqualTo(2);
        }

        @Test
        void missingRulesDirectory_exitsWith2(@TempDir Path dir) {
            Run run = dudao("check", "--rules", dir.resolve("absent").toString());

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("--rules: no such directory");
        }

        @Test
        void blankStandard_exitsWith2() {
            Run run = dudao("check", "--standard", " ");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("--standard");
        }

        @Test
        void help_exitsWith0AndListsTheSubcommands() {
            Run run = dudao("--help");

            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("evaluate").contains("check");
        }
    }
}
