package io.dudao.internal.report;

import io.dudao.api.Verdict;
import io.dudao.internal.text.Numbers;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The words of the HTML and Markdown reports, the province summary and the diff, per locale
 * ({@code labels_zh_CN.properties}, {@code labels_en.properties} beside this class), and the number formats
 * they share. Immutable and thread-safe.
 */
public enum ReportLabels {

    ZH(Locale.forLanguageTag("zh-CN"), "labels_zh_CN.properties"),
    EN(Locale.ENGLISH, "labels_en.properties");

    private final Locale locale;
    private final Properties texts;

    ReportLabels(Locale locale, String resource) {
        this.locale = locale;
        this.texts = new Properties();
        try (InputStream in = ReportLabels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " beside " + ReportLabels.class);
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The labels for a locale tag: Chinese for {@code zh…}, English for {@code en…}.
     *
     * @throws IllegalArgumentException for a {@code null} tag (a report whose explanations are not rendered)
     *                                  or another language
     */
    public static ReportLabels of(String tag) {
        if (tag == null) {
            throw new IllegalArgumentException("the report's explanations are not rendered: render it with "
                    + "evaluator.explanations().render(report, locale) first");
        }
        return of(Locale.forLanguageTag(tag));
    }

    /** The labels for {@code locale}'s language; an IllegalArgumentException naming the supported ones otherwise. */
    public static ReportLabels of(Locale locale) {
        return switch (locale.getLanguage()) {
            case "zh" -> ZH;
            case "en" -> EN;
            default -> throw new IllegalArgumentException("no report for locale " + locale.toLanguageTag()
                    + "; supported: zh-CN, en");
        };
    }

    public Locale locale() {
        return locale;
    }

    /** The language of names in catalogs: {@code zh} or {@code en}. */
    public String language() {
        return locale.getLanguage();
    }

    /** The text of {@code key} with {@code {0}}… replaced by {@code args} as strings (no number formatting). */
    public String get(String key, Object... args) {
        String t = texts.getProperty(key);
        if (t == null) {
            throw new IllegalStateException("no label " + key + " for " + locale.toLanguageTag());
        }
        if (args.length == 0) {
            return t;
        }
        Object[] strings = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(t, Locale.ROOT).format(strings);
    }

    /** 通过 / 未通过 / 不适用 / 数据不足, PASS / FAIL / N/A / INSUFFICIENT DATA; an empty string for {@code null}. */
    public String verdict(Verdict v) {
        return v == null ? "" : get(v.name());
    }

    /** The stage's name (小学, primary), or the id itself when it is none the labels know. */
    public String stage(String id) {
        return id != null && texts.containsKey(id) && id.equals(id.toUpperCase(Locale.ROOT)) ? get(id)
                : id == null ? "" : id;
    }

    /** {@code value} to {@code decimals} places (half up), grouped in English: 2,531.50. */
    public String fixed(BigDecimal value, int decimals) {
        return Numbers.fixed(value, decimals, get("grouping"));
    }

    /** {@code value} without trailing zeros but with at least {@code minDecimals} places: 4.20 → 4.2, 0.5 → 0.50. */
    public String plain(BigDecimal value, int minDecimals) {
        return Numbers.plain(value, minDecimals, get("grouping"));
    }

    /** {@code value} with an explicit sign: +0.25, -1.50, 0.00. */
    public String signed(BigDecimal value) {
        String s = Numbers.group(value.toPlainString(), get("grouping"));
        return value.signum() > 0 ? "+" + s : s;
    }
}
