package io.dudao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dudao.api.Evaluator;
import io.dudao.reference.NationalGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The report commands, black-box: {@code evaluate --format html|markdown}, the province view
 * {@code evaluate DIR --summary FILE.html|FILE.csv} over generated counties, and {@code diff}.
 */
class ReportCommandsTest {

    private static final Map<List<Object>, Evaluator> COMPILED = new ConcurrentHashMap<>();
    private static final EvaluatorFactory REUSING = (directory, standards) -> COMPILED.computeIfAbsent(
            List.of(String.valueOf(directory), standards),
            key -> EvaluatorFactory.compiling().evaluator(directory, standards));
    private static final String REALISTIC = Path.of("../examples/samples/qb2017-realistic-county.json").toString();
    private static final String SMALL = Path.of("../examples/samples/qb2017-small-county.json").toString();

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run dudao(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                return cls == EvaluateCommand.class ? cls.cast(new EvaluateCommand(() -> false))
                        : CommandLine.defaultFactory().create(cls);
            }
        };
        int exitCode = new CommandLine(new DudaoCommand(REUSING), factory)
                .setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    // ---- evaluate --format html | markdown -------------------------------------------------------

    @Test
    void html_isOneSelfContainedPage_inTheLocaleAskedFor() {
        Run zh = dudao("evaluate", "--format", "html", REALISTIC);
        Run en = dudao("evaluate", "--format", "html", "--locale", "en", REALISTIC);

        assertThat(zh.exitCode()).as(zh.err()).isZero();
        assertThat(zh.out()).startsWith("<!DOCTYPE html>").contains("<html lang=\"zh-CN\">").contains("桐岭县督导评估报告")
                .contains("<svg").doesNotContain("src=").doesNotContain("href=").doesNotContain("<script");
        assertThat(en.out()).contains("<html lang=\"en\">").contains("Education supervision report: 桐岭县");
        assertThat(dudao("evaluate", "--format", "html", REALISTIC).out()).isEqualTo(zh.out());
    }

    @Test
    void html_ofSeveralDistricts_isAUsageError() {
        Run run = dudao("evaluate", "--format", "html", REALISTIC, SMALL);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--format html writes the page of one district, and the facts hold 2")
                .contains("--summary");
    }

    @Test
    void markdown_writesTheSelfEvaluationSections() {
        Run run = dudao("evaluate", "--format", "markdown", "--locale", "en", SMALL);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("# Self-evaluation report: 澄川县").contains("## 2. Decision")
                .contains("## 4. Problems to rectify").contains("| 1 | R1 | 澄川县育才小学 | primary |");
    }

    // ---- evaluate DIR --summary ------------------------------------------------------------------

    @Test
    void summary_overADirectoryOfGeneratedCounties_hasOneRowPerCounty_asCsvAndSortableHtml() throws IOException {
        Path counties = Files.createDirectories(dir.resolve("province"));
        NationalGenerator generator = new NationalGenerator(20261130L, 12, 0.0);
        List<Path> files = generator.writeJson(counties);
        Path csv = dir.resolve("out/summary.csv");
        Path html = dir.resolve("out/summary.html");

        Run toCsv = dudao("evaluate", "--standard", "QB2017", counties.toString(), "--summary", csv.toString(), "--locale", "en");
        Run toHtml = dudao("evaluate", "--standard", "QB2017", counties.toString(), "--summary", html.toString());

        assertThat(toCsv.exitCode()).as(toCsv.err()).isZero();
        assertThat(toCsv.err()).contains("12 districts evaluated").contains("summary in " + csv)
                .doesNotContain("dudao [");   // no progress bar off a terminal
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(13);
        assertThat(lines.get(0)).isEqualTo("\uFEFFCode,Name,QB2017: decision,QB2017 Resource allocation,"
                + "QB2017 Government guarantee,QB2017 Education quality,QB2017 Social recognition,QB2017 Preconditions,"
                + "QB2017 One-vote vetoes,QB2017 Certification,Failing indicators,Could not be evaluated");
        // one row per county, by code, and each row's verdicts as the county's own report has them
        ObjectMapper json = new ObjectMapper();
        List<String> codes = files.stream().map(f -> f.getFileName().toString().replace(".json", "")).sorted().toList();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            JsonNode report = json.readTree(dudao("evaluate", "--standard", "QB2017", "--format", "json", "--locale", "en",
                    counties.resolve(code + ".json").toString()).out());
            Map<String, String> verdicts = new java.util.HashMap<>();
            java.util.Set<String> failed = new java.util.HashSet<>();
            for (JsonNode r : report.get("results")) {
                verdicts.put(r.get("indicator").asText(), r.get("verdict").asText());
                if (r.get("verdict").asText().equals("FAIL")) {
                    failed.add(r.get("indicator").asText());
                }
            }
            Map<String, String> words = Map.of("PASS", "PASS", "FAIL", "FAIL", "INSUFFICIENT_DATA", "INSUFFICIENT DATA",
                    "NOT_APPLICABLE", "N/A");
            // the decision (QB2017-CERT), then each dimension's district roll-up in catalog order
            StringBuilder row = new StringBuilder();
            for (String id : List.of("QB2017-CERT", "QB2017-RD", "QB2017-GD", "QB2017-QD", "QB2017-SD", "QB2017-PD",
                    "QB2017-VD", "QB2017-CERT")) {
                row.append(',').append(words.get(verdicts.get(id)));
            }
            assertThat(lines.get(i + 1)).as(code).startsWith(code + ",")
                    .endsWith(row + "," + failed.size() + ",");
        }
        assertThat(toHtml.exitCode()).as(toHtml.err()).isZero();
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(page).contains("<table id=\"summary\">").contains("QB2017总体结论").contains("<script>")
                .contains("script-src 'sha256-").doesNotContain("src=\"").doesNotContain("href=");
        assertThat(page.split("<tr>", -1)).hasSize(1 + 1 + 12);
    }

    @Test
    void summary_recordsAnUnreadableFile_andExitsWith4_afterWritingTheSummary() throws IOException {
        Path counties = Files.createDirectories(dir.resolve("province"));
        Files.copy(Path.of(SMALL), counties.resolve("a.json"));
        Files.writeString(counties.resolve("b.json"), "{\"code\": \"1\", \"schools\": [{\"id\": \"X\", \"type\": \"大学\"}]}");
        Path csv = dir.resolve("summary.csv");

        Run run = dudao("evaluate", "--standard", "QB2017", counties.toString(), "--summary", csv.toString());

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).contains("1 districts evaluated").contains("1 files unreadable").contains("schools[0].type");
        assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8)).hasSize(2);
    }

    @Test
    void summary_withFormatOrAnotherExtension_isAUsageError() {
        assertThat(dudao("evaluate", SMALL, "--summary", dir.resolve("s.csv").toString(), "--format", "json")
                .exitCode()).isEqualTo(2);
        Run run = dudao("evaluate", SMALL, "--summary", dir.resolve("s.txt").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--summary: name a .html or .csv file");
    }

    // ---- diff ------------------------------------------------------------------------------------

    @Test
    void diff_comparesTwoReportsOfOneCounty_asTextJsonAndHtml_andRefusesTwoCounties() throws IOException {
        Path last = dir.resolve("last.json");
        Path current = dir.resolve("this.json");
        Path other = dir.resolve("other.json");
        assertThat(dudao("evaluate", "--standard", "QB2017", "--format", "json", "--output", last.toString(), REALISTIC).exitCode()).isZero();
        String changed = Files.readString(Path.of(REALISTIC), StandardCharsets.UTF_8)
                .replace("\"multimediaClassrooms\": 42,", "\"multimediaClassrooms\": 10,");
        assertThat(changed).isNotEqualTo(Files.readString(Path.of(REALISTIC), StandardCharsets.UTF_8));
        Path changedFacts = Files.writeString(dir.resolve("facts.json"), changed, StandardCharsets.UTF_8);
        assertThat(dudao("evaluate", "--standard", "QB2017", "--format", "json", "--output", current.toString(), changedFacts.toString())
                .exitCode()).isZero();
        assertThat(dudao("evaluate", "--standard", "QB2017", "--format", "json", "--output", other.toString(), SMALL).exitCode()).isZero();

        Run text = dudao("diff", "--locale", "en", last.toString(), current.toString());
        Run json = dudao("diff", "--format", "json", last.toString(), current.toString());
        Run html = dudao("diff", "--format", "html", last.toString(), current.toString());
        Run refused = dudao("diff", last.toString(), other.toString());
        Run broken = dudao("diff", last.toString(), dir.resolve("missing.json").toString());

        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("Changed verdicts (2)").contains("QB2017-R7 桐岭县第二实验小学 primary: PASS → FAIL")
                .contains("Newly failing schools (1)");
        assertThat(new ObjectMapper().readTree(json.out()).get("newlyFailing").get(0).get("school").asText())
                .isEqualTo("TL06");
        assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("新出现未通过的学校（1 所）");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("dudao: diff.incomparable: the reports are of different districts");
        assertThat(broken.exitCode()).isEqualTo(4);
        assertThat(broken.err()).contains("report.invalid").contains("missing.json");
    }
}
