package io.dudao.internal.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The locales explanations are written in, and the message bundle of each. */
public enum SupportedLocale {
    /** Simplified Chinese, the default. */
    ZH_CN("zh-CN", "messages_zh_CN.properties", "zh"),
    /** English. */
    EN("en", "messages_en.properties", "en");

    private final String tag;
    private final String fileName;
    private final String catalogLanguage;

    SupportedLocale(String tag, String fileName, String catalogLanguage) {
        this.tag = tag;
        this.fileName = fileName;
        this.catalogLanguage = catalogLanguage;
    }

    /** The BCP 47 tag a report records, {@code zh-CN} or {@code en}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The message bundle's file name within a standard's folder. */
    public String fileName() {
        return fileName;
    }

    /** The key of the catalog's names and units in this language: {@code zh} or {@code en}. */
    public String catalogLanguage() {
        return catalogLanguage;
    }

    /**
     * The supported locale {@code locale} asks for: Chinese in the simplified script (zh, zh-CN, zh-Hans,
     * zh-Hans-CN) or English in any region.
     *
     * @throws IllegalArgumentException for any other locale, naming the supported ones
     */
    public static SupportedLocale of(Locale locale) {
        if (locale != null) {
            String lang = locale.getLanguage();
            String country = locale.getCountry();
            String script = locale.getScript();
            if (lang.equals("en")) {
                return EN;
            }
            if (lang.equals("zh") && (country.isEmpty() || country.equals("CN")) && (script.isEmpty() || script.equals("Hans"))) {
                return ZH_CN;
            }
        }
        throw new IllegalArgumentException("explanations are not available in locale '"
                + (locale == null || locale.toLanguageTag().equals("und") ? locale : locale.toLanguageTag())
                + "'; supported: " + supported());
    }

    /** {@code zh-CN (default), en}. */
    public static String supported() {
        return Arrays.stream(values()).map(l -> l == ZH_CN ? l.tag + " (default)" : l.tag)
                .collect(Collectors.joining(", "));
    }
}
