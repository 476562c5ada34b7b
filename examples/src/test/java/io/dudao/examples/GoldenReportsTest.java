package io.dudao.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.dudao.api.EvaluationReport;
import io.dudao.api.Evaluator;
import io.dudao.api.Explanations;
import io.dudao.api.FactsReader;
import io.dudao.api.ReportJson;
import io.dudao.api.ReportMarkdown;
import io.dudao.api.ReportText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The sample reports as golden files ({@code examples/golden/}): for each sample, the JSON report rendered
 * in zh-CN, the text report and the Markdown self-evaluation sections in zh-CN and in English, compared byte
 * for byte with the reports evaluated
 * now. A mismatch fails with the first line that differs. Run with {@code -Ddudao.updateGoldens=true} to
 * write the goldens instead, so that a change of wording, a threshold or a rule shows up as a diff to
 * review (see {@code golden/README.md}).
 */
class GoldenReportsTest {

    private static final Path SAMPLES = Path.of("samples");
    private static final Path GOLDEN = Path.of("golden");
    private static final List<String> SAMPLE_NAMES = List.of("qb2017-small-county", "qb2017-realistic-county",
            "qb2017-certified-county");
    private static final boolean UPDATE = Boolean.getBoolean("dudao.updateGoldens");

    private static final class Holder {
        static final Evaluator EVALUATOR = Evaluator.builder().standards("QB2017").build();
    }

    @TestFactory
    Stream<DynamicTest> sampleReports_equalTheirGoldenFiles() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String sample : SAMPLE_NAMES) {
            tests.add(golden(sample + ".report.json", sample, r -> ReportJson.toJson(
                    Holder.EVALUATOR.explanations().render(r, Explanations.DEFAULT_LOCALE))));
            tests.add(golden(sample + ".zh-CN.txt", sample,
                    r -> ReportText.render(Holder.EVALUATOR, r, Explanations.DEFAULT_LOCALE)));
            tests.add(golden(sample + ".en.txt", sample, r -> ReportText.render(Holder.EVALUATOR, r, Locale.ENGLISH)));
            tests.add(golden(sample + ".zh-CN.md", sample,
                    r -> ReportMarkdown.render(Holder.EVALUATOR, r, Explanations.DEFAULT_LOCALE)));
            tests.add(golden(sample + ".en.md", sample, r -> ReportMarkdown.render(Holder.EVALUATOR, r, Locale.ENGLISH)));
        }
        return tests.stream();
    }

    private interface Writer {
        String write(EvaluationReport report);
    }

    private static DynamicTest golden(String file, String sample, Writer writer) {
        Path golden = GOLDEN.resolve(file);
        return DynamicTest.dynamicTest(file, golden.toUri(), () -> {
            EvaluationReport report = Holder.EVALUATOR.evaluate(
                    FactsReader.read(SAMPLES.resolve(sample + ".json")).get(0));
            String actual = writer.write(report);
            if (UPDATE) {
                update(golden, actual);
                return;
            }
            if (!Files.exists(golden)) {
                fail("no golden file " + golden.toAbsolutePath().normalize() + "; write it with "
                        + "-Ddudao.updateGoldens=true and review it");
            }
            String expected = Files.readString(golden, StandardCharsets.UTF_8);
            if (!expected.equals(actual)) {
                fail(firstDifference(golden, expected, actual));
            }
        });
    }

    private static void update(Path golden, String actual) throws IOException {
        Files.createDirectories(golden.getParent());
        String old = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : null;
        if (!actual.equals(old)) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            System.err.println("updated golden report " + golden.toAbsolutePath().normalize());
        }
    }

    /** Which line differs first, both versions of it, and how to accept the change. */
    static String firstDifference(Path golden, String expected, String actual) {
        List<String> e = expected.lines().toList();
        List<String> a = actual.lines().toList();
        int line = 0;
        while (line < e.size() && line < a.size() && e.get(line).equals(a.get(line))) {
            line++;
        }
        String what;
        if (line < e.size() || line < a.size()) {
            what = "first at line " + (line + 1) + ":\n"
                    + "  golden: " + (line < e.size() ? e.get(line) : "<end of file>") + "\n"
                    + "  now:    " + (line < a.size() ? a.get(line) : "<end of file>");
        } else {
            what = "in line endings or the final newline (" + e.size() + " lines each)";
        }
        return "the report evaluated now differs from the golden file " + golden.toAbsolutePath().normalize()
                + " " + what + "\nIf the change is intended, rewrite the goldens with "
                + "mvn -pl examples -am test -Dtest=GoldenReportsTest -Dsurefire.failIfNoSpecifiedTests=false "
                + "-Ddudao.updateGoldens=true and review the diff.";
    }

    @Test
    void firstDifference_namesTheLineAndBothVersionsAndTheFlag() {
        assertThat(firstDifference(Path.of("golden", "x.txt"), "a\nb\nc\n", "a\nB\nc\n"))
                .contains(" first at line 2:\n  golden: b\n  now:    B\n")
                .contains("-Ddudao.updateGoldens=true");
    }

    @Test
    void firstDifference_showsTheEndOfFileForAMissingLine() {
        assertThat(firstDifference(Path.of("golden", "x.txt"), "a\nb\n", "a\n"))
                .contains(" first at line 2:\n  golden: b\n  now:    <end of file>");
    }

    @Test
    void firstDifference_tellsADifferenceInTheFinalNewline() {
        assertThat(firstDifference(Path.of("golden", "x.txt"), "a\n", "a"))
                .contains("in line endings or the final newline");
    }
}
