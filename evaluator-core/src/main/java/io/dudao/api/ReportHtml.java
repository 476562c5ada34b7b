package io.dudao.api;

import io.dudao.internal.report.HtmlReport;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes a report as one self-contained HTML page, in Chinese or English: what
 * {@code dudao evaluate --format html} prints. The page loads nothing (no network, no script, no external
 * style or font) and prints on A4. It shows
 * <ol>
 *   <li>the decision of each standard (its top roll-up: the district result no other result rolls up; none
 *       when the rule set has no single one) and each dimension's verdict with counts per verdict;</li>
 *   <li>the failures with their explanations, grouped by indicator in catalog order; then the results that
 *       lack data;</li>
 *   <li>one inline SVG bar chart per indicator evaluated per stage (the coefficients of variation): a bar per
 *       stage against its limit, naming the schools furthest below the mean;</li>
 *   <li>a school × indicator table per standard, every school-part indicator a column, each cell coloured by
 *       verdict with its value;</li>
 *   <li>the results that do not apply, and at the foot the rule set and edition, parameter layers and the
 *       hashes of parameters, rules and facts.</li>
 * </ol>
 * Every text is HTML-escaped. The page holds no clock time: the same report gives the same bytes. Thread-safe.
 *
 * <pre>{@code
 * String zh = ReportHtml.render(evaluator, evaluator.evaluate(district), Explanations.DEFAULT_LOCALE);
 * }</pre>
 */
public final class ReportHtml {

    private ReportHtml() {
    }

    /**
     * The page of a report whose explanations are rendered, in the report's locale.
     *
     * @param rendered a report rendered with {@link Explanations#render(EvaluationReport, Locale)}; not {@code null}
     * @param catalog  the indicators of the evaluator that made it ({@link Evaluator#indicators()}); not {@code null}
     * @throws IllegalArgumentException when the report is not rendered, or has a result of an indicator
     *                                  {@code catalog} does not list
     */
    public static String render(EvaluationReport rendered, List<Indicator> catalog) {
        return HtmlReport.render(Objects.requireNonNull(rendered, "rendered"), catalog);
    }

    /**
     * The page of {@code report} in {@code locale}: renders its explanations with {@code evaluator}, then lays
     * them out.
     *
     * @throws IllegalArgumentException when the locale is not supported, or the report is of another rule set
     */
    public static String render(Evaluator evaluator, EvaluationReport report, Locale locale) {
        Objects.requireNonNull(evaluator, "evaluator");
        return render(evaluator.explanations().render(report, locale), evaluator.indicators());
    }
}
