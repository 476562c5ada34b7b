package io.dudao.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dudao.api.EvaluationReport;
import io.dudao.api.Evaluator;
import io.dudao.api.Explanations;
import io.dudao.api.FactsReader;
import io.dudao.api.ProvinceSummary;
import io.dudao.api.ReportDiff;
import io.dudao.api.ReportHtml;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The HTML report of the realistic sample county opened in a real browser (Debian's headless chromium,
 * which {@code .ci/run} installs): it renders without script or console errors, its DOM has the sections and
 * the charts, and a screenshot is not blank. Likewise the province summary, whose sorting script must run under
 * the page's Content-Security-Policy, and the year-over-year diff. Skipped only when chromium is not installed.
 */
class HtmlInBrowserTest {

    private static final Path SAMPLE = Path.of("samples/qb2017-realistic-county.json");

    private static final class Holder {
        static final Evaluator EVALUATOR = Evaluator.builder().standards("QB2017").build();
    }

    /** Where the pages, logs and screenshots are left for a person to look at. */
    private final Path work = Path.of("target/browser-test");

    @Test
    void htmlReport_rendersInChromium_withoutErrors_andItsScreenshotIsNotBlank() throws Exception {
        Chromium chromium = Chromium.find();
        assumeTrue(chromium != null, "chromium is not installed (apt-get install -y chromium)");
        Files.createDirectories(work);
        EvaluationReport report = Holder.EVALUATOR.evaluate(FactsReader.read(SAMPLE).get(0));
        for (Locale locale : new Locale[] {Explanations.DEFAULT_LOCALE, Locale.ENGLISH}) {
            String html = ReportHtml.render(Holder.EVALUATOR, report, locale);
            Path page = work.resolve("report-" + locale.toLanguageTag() + ".html");
            Files.writeString(page, html, StandardCharsets.UTF_8);

            Chromium.Load load = chromium.load(page, Files.createDirectories(work.resolve(locale.toLanguageTag())),
                    1000, 9000);

            assertThat(load.log()).as("browser log").doesNotContainIgnoringCase("Uncaught")
                    .doesNotContain("CONSOLE").doesNotContain("Refused to");
            assertThat(load.dom()).contains("<svg").contains("class=\"matrix\"").contains("data-indicator=\"QB2017-CV6\"")
                    .contains(locale.getLanguage().equals("zh") ? "桐岭县" : "Education supervision report");
            assertThat(Chromium.luminanceSpread(load.screenshot())).as("luminance spread").isGreaterThan(5);
            assertThat(Chromium.colouredShare(load.screenshot())).as("share of coloured pixels").isGreaterThan(0.0002);
        }
    }

    @Test
    void provinceSummary_runsItsSortingScript_underItsContentSecurityPolicy() throws Exception {
        Chromium chromium = Chromium.find();
        assumeTrue(chromium != null, "chromium is not installed (apt-get install -y chromium)");
        Files.createDirectories(work);
        List<ProvinceSummary.Row> rows = new ArrayList<>();
        for (String sample : List.of("qb2017-small-county", "qb2017-realistic-county")) {
            EvaluationReport r = Holder.EVALUATOR.evaluate(FactsReader.read(Path.of("samples/" + sample + ".json")).get(0));
            rows.add(ProvinceSummary.row(r, Holder.EVALUATOR.indicators()));
        }
        rows.add(ProvinceSummary.Row.error("339999", "facts.invalid: schools[0].type: found 大学"));
        String html = ProvinceSummary.of(Holder.EVALUATOR.indicators(), Holder.EVALUATOR.standards(), rows)
                .toHtml(Locale.ENGLISH);
        Path page = Files.writeString(work.resolve("summary.html"), html, StandardCharsets.UTF_8);

        // ?sort=10 sorts by the count of failing indicators (after code, name, the decision and QB2017's seven
        // dimension columns), ascending: the county that could not be evaluated first, then 澄川县 (9), then
        // 桐岭县 (25); by code the order would be 330998, 330999, 339999
        Chromium.Load load = chromium.load(page.toAbsolutePath().toUri() + "?sort=10",
                Files.createDirectories(work.resolve("summary")), 1200, 600);

        assertThat(load.log()).as("browser log").doesNotContainIgnoringCase("Uncaught").doesNotContain("Refused to")
                .doesNotContain("CONSOLE");
        assertThat(load.dom()).contains("data-sortable=\"ready\"").contains("aria-sort=\"ascending\"");
        String dom = load.dom();
        assertThat(dom.indexOf("<td class=\"\">339999")).isLessThan(dom.indexOf("<td class=\"\">330999"));
        assertThat(dom.indexOf("<td class=\"\">330999")).isLessThan(dom.indexOf("<td class=\"\">330998"));
        assertThat(Chromium.luminanceSpread(load.screenshot())).as("luminance spread").isGreaterThan(5);
    }

    /** The canary: the checks above would see a script error and a console message if a page had one. */
    @Test
    void browserLog_showsScriptErrorsAndConsoleMessages() throws Exception {
        Chromium chromium = Chromium.find();
        assumeTrue(chromium != null, "chromium is not installed (apt-get install -y chromium)");
        Path page = Files.writeString(Files.createDirectories(work).resolve("broken.html"), "<!DOCTYPE html><html><body>"
                + "<p>x</p><script>console.error('canary'); throw new Error('broken');</script></body></html>");

        Chromium.Load load = chromium.load(page, Files.createDirectories(work.resolve("broken")), 400, 300);

        assertThat(load.log()).contains("CONSOLE").contains("Uncaught Error: broken");
    }

    @Test
    void diff_rendersInChromium() throws Exception {
        Chromium chromium = Chromium.find();
        assumeTrue(chromium != null, "chromium is not installed (apt-get install -y chromium)");
        Files.createDirectories(work);
        EvaluationReport report = Holder.EVALUATOR.explanations().render(
                Holder.EVALUATOR.evaluate(FactsReader.read(SAMPLE).get(0)), Locale.ENGLISH);
        Path page = Files.writeString(work.resolve("diff.html"), ReportDiff.of(report, report).toHtml(Locale.ENGLISH),
                StandardCharsets.UTF_8);

        Chromium.Load load = chromium.load(page, Files.createDirectories(work.resolve("diff")), 1000, 800);

        assertThat(load.log()).doesNotContainIgnoringCase("Uncaught").doesNotContain("Refused to");
        assertThat(load.dom()).contains("Changed verdicts (0)");
        assertThat(Chromium.luminanceSpread(load.screenshot())).as("luminance spread").isGreaterThan(5);
    }
}
