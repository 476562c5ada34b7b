package io.dudao.internal.text;

import com.github.mustachejava.Mustache;
import java.io.StringWriter;
import java.util.Map;

/**
 * The checked texts of one standard in one locale: the templates keyed {@code <indicator>.<VERDICT>} and
 * the shared texts under {@code common.}. Immutable and thread-safe (compiled Mustache templates are).
 *
 * @param locale    the locale
 * @param file      the bundle, relative to the rule-set root
 * @param templates the result templates by key
 * @param common    the plain shared texts, by key without the {@code common.} prefix
 * @param formats   the shared templates ({@code common.format.*}), by name
 */
record LocaleTexts(SupportedLocale locale, String file, Map<String, Mustache> templates, Map<String, String> common,
                   Map<String, Mustache> formats) {

    LocaleTexts {
        templates = Map.copyOf(templates);
        common = Map.copyOf(common);
        formats = Map.copyOf(formats);
    }

    String stageName(String stage) {
        return common.getOrDefault("stage." + stage, stage);
    }

    String verdictName(String verdict) {
        return common.getOrDefault("verdict." + verdict, verdict);
    }

    String reasonText(String reason) {
        return common.getOrDefault("reason." + reason, reason);
    }

    /** The text of a note such as {@code relaxation:small-rural-school} (key {@code common.note.relaxation.small-rural-school}). */
    String noteText(String note) {
        return common.getOrDefault("note." + note.replace(':', '.'), note);
    }

    /** {@code finance.years[2022].students}: a field of one item of a list, named by the item's key. */
    private static final java.util.regex.Pattern ITEM = java.util.regex.Pattern.compile("(.+)\\[([^\\]]+)]\\.(.+)");

    /**
     * The label of a field path such as {@code teachers.primary.pe}; spaces in the path become {@code -}. A field
     * of a list item, {@code finance.years[2022].students}, is the label of {@code finance.years.students} with the
     * item's key in brackets.
     */
    String fieldLabel(String path) {
        String label = common.get("field." + path.strip().replaceAll("\\s+", "-"));
        if (label != null) {
            return label;
        }
        java.util.regex.Matcher item = ITEM.matcher(path.strip());
        if (item.matches()) {
            String inner = common.get("field." + item.group(1) + "." + item.group(3));
            if (inner != null) {
                return locale == SupportedLocale.ZH_CN ? inner + "（" + item.group(2) + "）" : inner + " (" + item.group(2) + ")";
            }
        }
        return path.startsWith("extra.") ? path.substring("extra.".length()) : path;
    }

    String separator() {
        return common.getOrDefault("list.separator", ", ");
    }

    String lastSeparator() {
        return common.getOrDefault("list.lastSeparator", separator());
    }

    String groupSeparator() {
        return common.getOrDefault("list.groupSeparator", "; ");
    }

    String grouping() {
        return common.getOrDefault("number.groupingSeparator", "");
    }

    /** Renders the shared template {@code common.format.<name>} over {@code view}. */
    String format(String name, Map<String, Object> view) {
        Mustache m = formats.get(name);
        if (m == null) {
            return "";
        }
        StringWriter w = new StringWriter();
        m.execute(w, view);
        return w.toString();
    }
}
