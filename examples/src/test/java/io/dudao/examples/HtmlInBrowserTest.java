package io.dudao.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dudao.api.EvaluationReport;
import io.dudao.api.Evaluator;
import io.dudao.api.Explanations;
import io.dudao.api.FactsReader;
import io.dudao.api.ReportHtml;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The HTML report of the realistic sample county opened in a real browser (Debian's headless chromium,
 * which {@code .ci/run} installs): it renders without script or console errors, its DOM has the sections and
 * the charts, and a screenshot is not blank. Skipped only when chromium is not installed.
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
}
