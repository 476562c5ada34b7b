package io.dudao.api;

import java.util.List;
import java.util.Locale;

/**
 * Renders the explanations of evaluation reports from the rule set's message templates
 * ({@code messages_zh_CN.properties}, {@code messages_en.properties} per standard). Rendering is per
 * report, not per evaluator: the same report can be rendered in Chinese and in English.
 *
 * <p>Obtain one from {@link Evaluator#explanations()}; the templates were checked when the evaluator was
 * built (every indicator has a template for every verdict it can produce, in every supported locale, and
 * every placeholder names an argument such a result has). Immutable and thread-safe; rendering is
 * deterministic: the same report and locale give the same text.
 *
 * <pre>{@code
 * EvaluationReport report = evaluator.evaluate(district);
 * EvaluationReport zh = evaluator.explanations().render(report);                 // zh-CN
 * EvaluationReport en = evaluator.explanations().render(report, Locale.ENGLISH);
 * }</pre>
 */
public interface Explanations {

    /** The default locale, {@code zh-CN}. */
    Locale DEFAULT_LOCALE = Locale.forLanguageTag("zh-CN");

    /** The locales explanations can be rendered in: {@code zh-CN} and {@code en}, default first. */
    List<Locale> supportedLocales();

    /**
     * A copy of {@code report} whose results carry their explanation in {@code locale} and whose
     * {@link EvaluationReport#locale() locale} is set ({@code zh-CN} or {@code en}). Rendering an already
     * rendered report again replaces its explanations.
     *
     * @param report a report of this evaluator's rule set; not {@code null}
     * @param locale {@code zh-CN} (also {@code zh}, {@code zh-Hans-CN}) or {@code en} (any region); not {@code null}
     * @throws IllegalArgumentException when the locale is not supported (the message names the supported
     *                                  ones), or the report has a result of an indicator this rule set
     *                                  does not have
     */
    EvaluationReport render(EvaluationReport report, Locale locale);

    /** {@link #render(EvaluationReport, Locale)} in the {@linkplain #DEFAULT_LOCALE default locale}, zh-CN. */
    default EvaluationReport render(EvaluationReport report) {
        return render(report, DEFAULT_LOCALE);
    }

    /**
     * The supported locale that {@code tag} names, e.g. {@code "zh-CN"} or {@code "en"}, as a CLI option
     * gives it.
     *
     * @throws IllegalArgumentException when the tag names no supported locale; the message names the supported ones
     */
    static Locale locale(String tag) {
        return io.dudao.internal.text.SupportedLocale.of(Locale.forLanguageTag(tag == null ? "" : tag.strip().replace('_', '-')))
                .locale();
    }
}
