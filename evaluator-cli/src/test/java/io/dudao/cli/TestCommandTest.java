package io.dudao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dudao.api.Evaluator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import picocli.CommandLine;

/**
 * {@code dudao test}, black-box, over scenarios written for the bundled QB2017 rules and the small sample
 * county ({@code examples/samples/qb2017-small-county.json}; its README lists every value).
 */
class TestCommandTest {

    private static final Path SAMPLE = Path.of("../examples/samples/qb2017-small-county.json").toAbsolutePath().normalize();
    private static final Map<List<Object>, Evaluator> COMPILED = new ConcurrentHashMap<>();
    private static final EvaluatorFactory REUSING = (directory, standards) -> COMPILED.computeIfAbsent(
            List.of(String.valueOf(directory), standards), key -> EvaluatorFactory.compiling().evaluator(directory, standards));

    private static final String HEADER = "standards: [QB2017]\nbase: " + SAMPLE + "\n";

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run dudao(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new DudaoCommand(REUSING));
        int exitCode = cli.setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    private Path write(String name, String yaml) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, yaml);
        return file;
    }

    private void passing() throws IOException {
        write("cc02-fails-ra.yaml", "name: CC02 fails RA with two misses\n" + HEADER + """
                expect:
                  - {indicator: QB2017-RA, subject: school:CC02/PRIMARY, verdict: FAIL}
                  - {indicator: QB2017-R4, subject: school:CC02/PRIMARY, verdict: FAIL, value: 4.34}
                  - {indicator: QB2017-R4, subject: school:CC01/PRIMARY, verdict: PASS, value: 5.03}
                """);
    }

    @Test
    void everyStatus_isPrintedWithTheDiffOfFailures_andASummary_exit5() throws IOException {
        passing();
        Path wrong = write("planted.yaml", "name: a planted wrong expectation\n" + HEADER + """
                expect:
                  - {indicator: QB2017-RA, subject: school:CC02/PRIMARY, verdict: PASS}
                """);
        Path broken = write("broken.yaml", "name: broken\n" + HEADER + "expect:\n  - {indicator: QB2017-RA}\n");
        write("pending.yaml", "name: provincial overlay\npending: overlays come later\n" + HEADER
                + "overlays: [zj.yaml]\nexpect:\n  - {indicator: QB2017-RD, subject: district:330999, verdict: FAIL}\n");
        Run run = dudao("test", dir.toString());
        assertThat(run.exitCode()).isEqualTo(5);
        assertThat(run.out()).contains("ERROR    " + broken + "  broken\n")
                .contains("         " + broken + ":5:5: an expectation lacks 'subject'\n")
                .contains("PASS     " + dir.resolve("cc02-fails-ra.yaml") + "  CC02 fails RA with two misses\n")
                .contains("PENDING  " + dir.resolve("pending.yaml") + "  provincial overlay\n"
                        + "         pending: overlays come later\n")
                .contains("FAIL     " + wrong + "  a planted wrong expectation\n"
                        + "         1 of 1 expectation not met\n"
                        + "         " + wrong + ":5: QB2017-RA school:CC02/PRIMARY\n"
                        + "           verdict: expected PASS, actual FAIL\n"
                        + "           actual result: FAIL")
                .endsWith("1 passed, 1 failed, 1 error, 1 pending\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void passingSuite_exit0_withCoverageReport() throws IOException {
        passing();
        Run run = dudao("test", dir.toString(), "--coverage");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("coverage: 1 of 80 indicators have a PASS and a FAIL scenario (1.3%)")
                .containsPattern("  QB2017-R4 +1 +1 +0 +0 +0\n")
                .containsPattern("  QB2017-RA +0 +1 +0 +0 +0   not covered\n")
                .contains("rules that never fired: ")
                .contains("  QB2017-R1 insufficient data: inputs missing\n")
                .endsWith("1 passed, 0 failed, 0 errors, 0 pending\n");
        assertThat(run.out()).doesNotContain("  QB2017-R4 pass: meets threshold\n");
    }

    @Test
    void coverageBelowTheMinimum_exit5_namingTheUncoveredIndicators() throws IOException {
        passing();
        Run run = dudao("test", dir.resolve("cc02-fails-ra.yaml").toString(), "--min-coverage", "2");
        assertThat(run.exitCode()).isEqualTo(5);
        assertThat(run.err()).startsWith("dudao: coverage 1.3% is below the minimum of 2%")
                .contains("QB2017-R1, QB2017-R2");
        assertThat(dudao("test", dir.toString(), "--min-coverage", "1").exitCode()).isZero();
    }

    @Test
    void json_holdsSummaryScenariosChecksAndCoverage() throws IOException {
        passing();
        write("planted.yaml", "name: planted\n" + HEADER + """
                expect:
                  - {indicator: QB2017-R1, subject: school:CC04/PRIMARY, verdict: FAIL, value: 3.9}
                """);
        Run run = dudao("test", dir.toString(), "--format", "json", "--coverage");
        assertThat(run.exitCode()).isEqualTo(5);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.at("/summary/text").asText()).isEqualTo("1 passed, 1 failed, 0 errors, 0 pending");
        JsonNode planted = json.at("/scenarios/1");
        assertThat(planted.at("/status").asText()).isEqualTo("FAIL");
        assertThat(planted.at("/line").asInt()).isEqualTo(5);
        assertThat(planted.at("/checks/0/actual").asText()).isEqualTo("FAIL");
        assertThat(planted.at("/checks/0/differences/0").asText()).startsWith("value: expected 3.9, actual 3.89 (exact 3.888");
        assertThat(json.at("/coverage/indicators/3/indicator").asText()).isEqualTo("QB2017-R4");
        assertThat(json.at("/coverage/indicators/3/pass").asInt()).isEqualTo(1);
        assertThat(json.at("/coverage/rules").asInt()).isGreaterThan(60);
    }

    @Test
    void junitXml_isTheSurefireTestsuiteFormat() throws Exception {
        passing();
        write("planted.yaml", "name: planted\n" + HEADER + """
                expect:
                  - {indicator: QB2017-RA, subject: school:CC02/PRIMARY, verdict: PASS}
                """);
        write("pending.yaml", "name: later\npending: not yet\n" + HEADER
                + "expect:\n  - {indicator: QB2017-RD, subject: district:330999, verdict: FAIL}\n");
        Path xml = dir.resolve("out/junit.xml");
        Files.createDirectories(xml.getParent());
        assertThat(dudao("test", dir.toString(), "--junit-xml", xml.toString()).exitCode()).isEqualTo(5);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        Element suite = doc.getDocumentElement();
        assertThat(suite.getTagName()).isEqualTo("testsuite");
        assertThat(List.of(suite.getAttribute("tests"), suite.getAttribute("failures"), suite.getAttribute("errors"),
                suite.getAttribute("skipped"))).containsExactly("3", "1", "0", "1");
        Element planted = null;
        for (int i = 0; i < suite.getElementsByTagName("testcase").getLength(); i++) {
            Element e = (Element) suite.getElementsByTagName("testcase").item(i);
            planted = e.getAttribute("name").equals("planted") ? e : planted;
        }
        assertThat(planted).isNotNull();
        assertThat(planted.getAttribute("file")).isEqualTo(dir.resolve("planted.yaml").toString());
        Element failure = (Element) planted.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo("1 of 1 expectation not met");
        assertThat(failure.getTextContent()).contains("verdict: expected PASS, actual FAIL");
        assertThat(suite.getElementsByTagName("skipped").getLength()).isEqualTo(1);
    }

    @Test
    void pathThatDoesNotExist_isAUsageError() {
        Run run = dudao("test", dir.resolve("absent").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no such scenario file or directory");
        Run empty = dudao("test", dir.toString());
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.err()).contains("no scenario files");
    }
}
