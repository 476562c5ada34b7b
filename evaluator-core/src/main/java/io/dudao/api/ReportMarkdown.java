package io.dudao.api;

import io.dudao.internal.report.MarkdownReport;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes the sections of a self-evaluation report (自评报告) that the results can write, as Markdown ready to
 * paste into a document: what {@code dudao evaluate --format markdown} prints. In order: the basic facts
 * (district, school year, as-of date, standards, rule set); the decision of each standard and each
 * dimension's verdict with counts; each dimension's findings (its verdict, a table per indicator, the
 * coefficients of variation per stage, the problems found with their explanations); the list of problems to
 * rectify (整改问题清单: every FAIL result, numbered, with its value and standard); the data to supply (the
 * inputs the results lacking data name); and, as an appendix, the parameter layers and hashes.
 *
 * <p>Table cells escape {@code |} and line breaks; text escapes Markdown's own characters. Lines end in
 * {@code \n}. The same report gives the same text. Thread-safe.
 */
public final class ReportMarkdown {

    private ReportMarkdown() {
    }

    /**
     * The Markdown of a report whose explanations are rendered, in the report's locale.
     *
     * @param rendered a report rendered with {@link Explanations#render(EvaluationReport, Locale)}; not {@code null}
     * @param catalog  the indicators of the evaluator that made it ({@link Evaluator#indicators()}); not {@code null}
     * @throws IllegalArgumentException when the report is not rendered, or has a result of an indicator
     *                                  {@code catalog} does not list
     */
    public static String render(EvaluationReport rendered, List<Indicator> catalog) {
        return MarkdownReport.render(Objects.requireNonNull(rendered, "rendered"), catalog);
    }

    /**
     * The Markdown of {@code report} in {@code locale}: renders its explanations with {@code evaluator}, then
     * writes them out.
     *
     * @throws IllegalArgumentException when the locale is not supported, or the report is of another rule set
     */
    public static String render(Evaluator evaluator, EvaluationReport report, Locale locale) {
        Objects.requireNonNull(evaluator, "evaluator");
        return render(evaluator.explanations().render(report, locale), evaluator.indicators());
    }
}
