package io.dudao.api;

import io.dudao.internal.text.report.TextReport;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes a report as plain text for people, in Chinese or English: what the command line prints with
 * {@code dudao evaluate --format text}. The text has
 * <ol>
 *   <li>a header: district, school year, as-of date, standards, rule set and edition;</li>
 *   <li>a summary by dimension: its verdict (that of its district roll-up, for QB2017 the RD result) and
 *       the PASS / FAIL / NOT_APPLICABLE / INSUFFICIENT_DATA counts over its indicators, then the same
 *       counts per indicator;</li>
 *   <li>the failures with their explanations, grouped by indicator in catalog order; then the results
 *       that lack data, likewise; then the results that do not apply, once per subject and reason;</li>
 *   <li>a table of the rest (indicator, school or district, stage, verdict, value, standard);</li>
 *   <li>the parameter layers and the checksums of parameters, rules and facts.</li>
 * </ol>
 * Lines are at most {@value #WIDTH} display columns, where a Chinese character takes two; tables are
 * aligned by display width; lines end in {@code \n}, and the text ends in one. The text holds no clock time:
 * the same report gives the same text. Thread-safe.
 *
 * <pre>{@code
 * EvaluationReport report = evaluator.evaluate(district);
 * String zh = ReportText.render(evaluator, report, Explanations.DEFAULT_LOCALE);
 * String en = ReportText.render(evaluator, report, Locale.ENGLISH);
 * }</pre>
 */
public final class ReportText {

    /** The widest line of the text, in display columns. */
    public static final int WIDTH = TextReport.WIDTH;

    private ReportText() {
    }

    /**
     * The text of a report whose explanations are rendered, in the report's {@linkplain EvaluationReport#locale() locale}.
     *
     * @param rendered a report rendered with {@link Explanations#render(EvaluationReport, Locale)}; not {@code null}
     * @param catalog  the indicators of the evaluator that made it ({@link Evaluator#indicators()}); not {@code null}
     * @throws IllegalArgumentException when the report is not rendered, or has a result of an indicator
     *                                  {@code catalog} does not list
     */
    public static String render(EvaluationReport rendered, List<Indicator> catalog) {
        return TextReport.render(rendered, catalog);
    }

    /**
     * The text of {@code report} in {@code locale}: renders its explanations with {@code evaluator}, then
     * lays them out.
     *
     * @param evaluator the evaluator that made the report; not {@code null}
     * @param report    the report, rendered or not; not {@code null}
     * @param locale    {@code zh-CN} or {@code en} (see {@link Explanations#render(EvaluationReport, Locale)}); not {@code null}
     * @throws IllegalArgumentException when the locale is not supported, or the report is of another rule set
     */
    public static String render(Evaluator evaluator, EvaluationReport report, Locale locale) {
        Objects.requireNonNull(evaluator, "evaluator");
        return render(evaluator.explanations().render(report, locale), evaluator.indicators());
    }
}
