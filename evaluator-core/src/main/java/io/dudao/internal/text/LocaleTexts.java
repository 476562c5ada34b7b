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

    /** The label of a field path such as {@code teachers.primary.pe}; spaces in the path become {@code -}. */
    String fieldLabel(String path) {
        String label = common.get("field." + path.strip().replaceAll("\\s+", "-"));
        if (label != null) {
            return label;
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
