package io.dudao.internal.text;

import io.dudao.api.RuleProblem;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A message bundle in {@code .properties} syntax (read as UTF-8), with the line of every entry, so that
 * problems in templates can name file and line. Escapes and continuation lines follow
 * {@link Properties#load(java.io.Reader)}; a key given twice is a problem (Properties would silently keep
 * the last).
 *
 * @param file    the file, relative to the rule-set root
 * @param entries the entries by key, in file order
 * @param lines   how many lines the file has
 */
record MessageFile(String file, Map<String, Entry> entries, int lines) {

    /**
     * One entry.
     *
     * @param key   the key
     * @param value the value, unescaped
     * @param line  the 1-based line the entry starts on
     * @param raw   the entry's natural lines as written, joined by {@code \n}
     */
    record Entry(String key, String value, int line, String raw) {

        /** The line and 1-based column where {@code needle} first occurs in the entry, or {@code null}. */
        int[] locate(String needle) {
            String[] natural = raw.split("\n", -1);
            for (int i = 0; i < natural.length; i++) {
                int c = natural[i].indexOf(needle);
                if (c >= 0) {
                    return new int[] {line + i, c + 1};
                }
            }
            return null;
        }
    }

    /** Parses {@code text}; problems (duplicate keys, malformed escapes) go to {@code problems}. */
    static MessageFile parse(String file, String text, List<RuleProblem> problems) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        String[] natural = text.split("\r\n|\r|\n", -1);
        int i = 0;
        while (i < natural.length) {
            String line = natural[i];
            String trimmed = line.stripLeading();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                i++;
                continue;
            }
            int start = i;
            StringBuilder raw = new StringBuilder(line);
            while (continues(natural[i]) && i + 1 < natural.length) {
                i++;
                raw.append('\n').append(natural[i]);
            }
            i++;
            Properties p = new Properties();
            try {
                p.load(new StringReader(raw.toString()));
            } catch (IOException | IllegalArgumentException e) {
                problems.add(new RuleProblem(file, start + 1, 1, "cannot read this entry: " + e.getMessage()));
                continue;
            }
            for (String key : p.stringPropertyNames()) {
                Entry prior = entries.get(key);
                if (prior != null) {
                    problems.add(new RuleProblem(file, start + 1, 1, "key " + key + " appears twice (first on line "
                            + prior.line() + ")"));
                    continue;
                }
                entries.put(key, new Entry(key, p.getProperty(key), start + 1, raw.toString()));
            }
        }
        return new MessageFile(file, Collections.unmodifiableMap(entries), natural.length);
    }

    /** Whether a natural line ends in an odd number of backslashes: the entry goes on on the next line. */
    private static boolean continues(String line) {
        int n = 0;
        for (int j = line.length() - 1; j >= 0 && line.charAt(j) == '\\'; j--) {
            n++;
        }
        return n % 2 == 1;
    }

    /** The line of the first entry whose key starts with {@code prefix}, or the file's last line. */
    int lineNear(String prefix) {
        return entries.values().stream().filter(e -> e.key().startsWith(prefix)).mapToInt(Entry::line).findFirst()
                .orElse(Math.max(1, lines));
    }

    /** The entries, in file order. */
    List<Entry> list() {
        return new ArrayList<>(entries.values());
    }
}
