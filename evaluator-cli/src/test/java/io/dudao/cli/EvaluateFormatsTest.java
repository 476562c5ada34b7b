package io.dudao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dudao.api.Evaluator;
import io.dudao.internal.text.report.DisplayWidth;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code dudao evaluate --format text|json --locale zh-CN|en}, black-box: every report is rendered in the
 * locale asked for, JSON carries the explanations, text is the report for people, and text is the default
 * only on a terminal without {@code --output}.
 */
class EvaluateFormatsTest {

    private static final Map<List<Object>, Evaluator> COMPILED = new ConcurrentHashMap<>();
    private static final EvaluatorFactory REUSING = (directory, standards) -> COMPILED.computeIfAbsent(
            List.of(String.valueOf(directory), standards),
            key -> EvaluatorFactory.compiling().evaluator(directory, standards));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REALISTIC = Path.of("../examples/samples/qb2017-realistic-county.json").toString();
    private static final String SMALL = Path.of("../examples/samples/qb2017-small-county.json").toString();

    private record Run(int exitCode, String out, String err) {
    }

    /** Runs {@code dudao} as if standard output were a terminal ({@code terminal}) or not. */
    private static Run dudao(boolean terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                return cls == EvaluateCommand.class ? cls.cast(new EvaluateCommand(() -> terminal))
                        : CommandLine.defaultFactory().create(cls);
            }
        };
        int exitCode = new CommandLine(new DudaoCommand(REUSING), factory)
                .setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err))
                .execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    private static Run dudao(String... args) {
        return dudao(false, args);
    }

    private static String facts(String name) {
        try {
            return Path.of(EvaluateFormatsTest.class.getResource("/facts/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- JSON ------------------------------------------------------------------------------------

    @Test
    void json_carriesTheZhCnExplanationOfEveryResultBesideItsKeyAndArguments() throws IOException {
        Run run = dudao("evaluate", "--format", "json", REALISTIC);

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.path("locale").asText()).isEqualTo("zh-CN");
        assertThat(report.path("results")).hasSizeGreaterThan(300).allSatisfy(r -> {
            assertThat(r.path("messageKey").asText()).isNotEmpty();
            assertThat(r.path("arguments").isObject()).isTrue();
            assertThat(r.path("explanation").asText()).isNotBlank();
        });
        List<String> fields = new ArrayList<>();
        report.path("results").get(0).fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsSubsequence("messageKey", "arguments", "explanation");
        JsonNode cv6 = result(report, "QB2017-CV6", "district:330998/PRIMARY");
        assertThat(cv6.path("explanation").asText())
                .startsWith("桐岭县小学阶段生均教学仪器设备值校际差异系数为0.560，高于标准0.50")
                .contains("桐岭县城西小学2065.23（低于均值42.6%）");
    }

    @Test
    void json_inEnglishDiffersFromChineseOnlyInLocaleAndExplanations() throws IOException {
        JsonNode zh = JSON.readTree(dudao("evaluate", SMALL).out());
        JsonNode en = JSON.readTree(dudao("evaluate", "--locale", "en", SMALL).out());

        assertThat(en.path("locale").asText()).isEqualTo("en");
        assertThat(result(en, "QB2017-RA", "school:CC02/PRIMARY").path("explanation").asText())
                .startsWith("Resource allocation at 澄川县城关第二小学 (primary) does not meet the standard: 5 of 7");
        for (JsonNode report : List.of(zh, en)) {
            ((ObjectNode) report).remove("locale");
            report.path("results").forEach(r -> ((ObjectNode) r).remove("explanation"));
        }
        assertThat(en).isEqualTo(zh);
    }

    @Test
    void json_rendersEveryReportOfSeveralDistricts() throws IOException {
        Run run = dudao("evaluate", "--locale", "en", facts("two-schools.json"), facts("two-districts.json"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode reports = JSON.readTree(run.out());
        assertThat(reports).hasSize(3).allSatisfy(r -> {
            assertThat(r.path("locale").asText()).isEqualTo("en");
            assertThat(r.path("results")).allSatisfy(x -> assertThat(x.path("explanation").asText()).isNotBlank());
        });
    }

    @Test
    void locale_acceptsOtherSpellingsOfTheSupportedLocales() throws IOException {
        assertThat(JSON.readTree(dudao("evaluate", "--locale", "zh_CN", SMALL).out()).path("locale").asText())
                .isEqualTo("zh-CN");
        assertThat(JSON.readTree(dudao("evaluate", "--locale", "en-GB", SMALL).out()).path("locale").asText())
                .isEqualTo("en");
    }

    @Test
    void locale_unsupportedIsAUsageErrorNamingTheSupportedOnes() {
        Run run = dudao("evaluate", "--locale", "fr", SMALL);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("--locale: ").contains("zh-CN").contains("en");
    }

    private static JsonNode result(JsonNode report, String indicator, String subject) {
        for (JsonNode r : report.path("results")) {
            if (r.path("indicator").asText().equals(indicator) && r.path("subject").asText().equals(subject)) {
                return r;
            }
        }
        throw new AssertionError("no result " + indicator + " " + subject);
    }

    // ---- text ------------------------------------------------------------------------------------

    @Test
    void text_inChineseShowsTheSummaryFailuresFirstAndTheRest() {
        Run run = dudao("evaluate", "--standard", "QB2017", "--format", "text", REALISTIC);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("桐岭县督导评估报告\n")
                .containsSubsequence("县（区）    桐岭县（330998）", "学年        2024-2025", "评估基准日  2024-09-01",
                        "评估标准    QB2017", "规则集      dudao-national ",
                        "一、分维度结论", "资源配置      未通过", "二、未通过（50 项）",
                        "QB2017-R2 每百名学生拥有县级以上骨干教师数：5 项未通过",
                        "QB2017-RA 学校资源配置达标(至少6项达标且余项不低于85%)：9 项未通过",
                        "  - 桐岭县实验小学(小学)资源配置未达标：",
                        "QB2017-CV6 生均教学仪器设备值校际差异系数：1 项未通过",
                        "QB2017-RD 资源配置(县域)：1 项未通过",
                        "三、数据不足（0 项）", "无。", "四、不适用（85 项）", "涉及指标：R1、R2、R3、R4、R5、R6、R7、RA",
                        "五、其余结果（通过 657 项，不适用 85 项）", "参数与校验", "参数层        national")
                .containsPattern("\nR1 +桐岭县实验小学 +小学 +通过 +5\\.67 +≥ 4\\.2\n")
                .doesNotContain("PASS", "INSUFFICIENT");
    }

    @Test
    void text_inEnglishUsesEnglishWordsAndTheSameLayout() {
        Run run = dudao("evaluate", "--standard", "QB2017", "--format", "text", "--locale", "en", REALISTIC);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Education supervision report: 桐岭县\n")
                .containsSubsequence("District     桐岭县 (330998)", "1. Summary by dimension",
                        "Resource allocation   FAIL", "2. Failures (50)",
                        "  - Resource allocation at 桐岭县实验小学 (primary) does not meet the standard",
                        "3. Insufficient data (0)", "None.", "4. Not applicable (85)",
                        "5. Other results (657 PASS, 85 N/A)", "Parameters and checksums")
                .containsPattern("\nR6 +桐岭县第二实验小学 +primary +PASS +8,695\\.87 +≥ 2,000\n")
                .doesNotContain("未通过");
    }

    @Test
    void text_linesAreAtMost100DisplayColumnsInBothLocales() {
        for (String sample : List.of(SMALL, REALISTIC)) {
            for (String locale : List.of("zh-CN", "en")) {
                Run run = dudao("evaluate", "--format", "text", "--locale", locale, sample);

                assertThat(run.exitCode()).as(run.err()).isZero();
                assertThat(run.out().lines()).as("%s %s", sample, locale)
                        .allSatisfy(l -> assertThat(DisplayWidth.of(l)).as(l).isLessThanOrEqualTo(100))
                        .noneMatch(l -> l.endsWith(" "));
            }
        }
    }

    @Test
    void text_givesTheReportsOfSeveralDistrictsInFileOrder() {
        Run run = dudao("evaluate", "--format", "text", facts("two-schools.json"), facts("two-districts.json"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsSubsequence("（330999）", "（330997）", "（330996）");
        assertThat(run.out().split("督导评估报告\n=", -1)).hasSize(4);
    }

    @Test
    void text_isByteIdenticalForTheSameFacts() {
        assertThat(dudao("evaluate", "--format", "text", SMALL).out())
                .isEqualTo(dudao("evaluate", "--format", "text", SMALL).out());
    }

    @Test
    void text_goesToTheOutputFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("report.txt");
        Run run = dudao(true, "evaluate", "--format", "text", "--output", file.toString(), SMALL);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("澄川县督导评估报告\n");
    }

    @Test
    void text_withExitCodeExitsWith5WhenAResultFails() {
        Run run = dudao("evaluate", "--format", "text", "--exit-code", SMALL);

        assertThat(run.exitCode()).isEqualTo(5);
        assertThat(run.out()).contains("二、未通过（10 项）");
    }

    // ---- the default format ------------------------------------------------------------------------

    @Test
    void format_defaultsToTextOnATerminal() {
        Run run = dudao(true, "evaluate", SMALL);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("澄川县督导评估报告\n");
    }

    @Test
    void format_defaultsToJsonWhenStdoutIsNotATerminal() throws IOException {
        Run run = dudao(false, "evaluate", SMALL);

        assertThat(JSON.readTree(run.out()).path("district").path("code").asText()).isEqualTo("330999");
    }

    @Test
    void format_defaultsToJsonWithAnOutputFileEvenOnATerminal(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("report");
        Run run = dudao(true, "evaluate", "--output", file.toString(), SMALL);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(JSON.readTree(file.toFile()).path("locale").asText()).isEqualTo("zh-CN");
    }

    @Test
    void format_isExplicitWhenGivenEvenOnATerminal() throws IOException {
        Run run = dudao(true, "evaluate", "--format", "json", SMALL);

        assertThat(JSON.readTree(run.out()).isObject()).isTrue();
    }

    @Test
    void help_documentsTheFormatsTheDefaultAndTheLocales() {
        Run run = dudao("evaluate", "--help");

        assertThat(run.exitCode()).isZero();
        String help = run.out().replaceAll("\\s+", " ");
        assertThat(help).contains("--format=FORMAT").contains("text, json")
                .contains("text when standard output is a terminal").contains("json otherwise")
                .contains("--locale=LOCALE").contains("zh-CN or en");
    }

    @Test
    void stdoutIsTerminal_isFalseWithoutAConsole() {
        assumeTrue(System.console() == null, "the tests run on a terminal");

        assertThat(EvaluateCommand.stdoutIsTerminal()).isFalse();
    }
}
