package io.dudao.internal.text;

import io.dudao.api.Verdict;
import io.dudao.internal.ruleset.StandardDef;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The arguments that rules add to their outcomes with {@code Outcome.with("name", value)}, found by
 * reading the rule files: the part of a result's arguments that the core cannot declare. A rule counts
 * for the indicator of its {@code @indicator(...)} (every indicator when it has none) and for the verdict
 * its consequence names ({@code Verdict.FAIL}; NOT_APPLICABLE for {@code Outcome.notApplicable}); when the
 * verdict is not a single constant, for every verdict. An added argument is always present for a PASS or
 * FAIL result when every rule that can produce that verdict for the indicator adds it.
 */
final class RuleArguments {

    private static final Pattern RULE = Pattern.compile("(?s)\\brule\\s+\"((?:[^\"\\\\]|\\\\.)*)\"(.*?)\\bthen\\b(.*?)\\bend\\b");
    private static final Pattern INDICATOR = Pattern.compile("@indicator\\s*\\(\\s*\"([^\"]+)\"\\s*\\)");
    private static final Pattern FACTORY = Pattern.compile("\\bOutcome\\s*\\.\\s*(judged|rolledUp|notApplicable|evidence)\\s*\\(");
    private static final Pattern VERDICT = Pattern.compile("\\bVerdict\\s*\\.\\s*(PASS|FAIL|NOT_APPLICABLE|INSUFFICIENT_DATA)\\b");
    private static final Pattern WITH = Pattern.compile("\\.\\s*with\\s*\\(\\s*\"([A-Za-z_][A-Za-z0-9_]*)\"");
    /** {@code .graded(…)} and {@code .scored(…)} add the arguments {@code grade} and {@code score}. */
    private static final Pattern GRADED = Pattern.compile("\\.\\s*(graded|scored)\\s*\\(");

    /** A rule that inserts outcomes: for which indicator (null: any), which verdicts, adding which names. */
    private record Producer(String indicator, Set<Verdict> verdicts, Set<String> names) {
    }

    private final List<Producer> producers;

    private RuleArguments(List<Producer> producers) {
        this.producers = List.copyOf(producers);
    }

    /** Reads the rule files of {@code standard}. */
    static RuleArguments scan(StandardDef standard) {
        List<Producer> producers = new ArrayList<>();
        for (StandardDef.RuleFile f : standard.ruleFiles()) {
            Matcher m = RULE.matcher(withoutComments(f.text()));
            while (m.find()) {
                String head = m.group(2);
                String rhs = m.group(3);
                List<String> factories = all(FACTORY, rhs);
                if (factories.isEmpty()) {
                    continue;
                }
                Matcher im = INDICATOR.matcher(head);
                String indicator = im.find() ? im.group(1) : null;
                Set<String> verdictNames = new LinkedHashSet<>(all(VERDICT, rhs));
                if (factories.contains("notApplicable")) {
                    verdictNames.add(Verdict.NOT_APPLICABLE.name());
                }
                Set<Verdict> verdicts = EnumSet.noneOf(Verdict.class);
                if (factories.size() == 1 && verdictNames.size() == 1) {
                    verdicts.add(Verdict.valueOf(verdictNames.iterator().next()));
                } else {
                    verdicts.addAll(EnumSet.allOf(Verdict.class));
                }
                Set<String> names = new LinkedHashSet<>(all(WITH, rhs));
                all(GRADED, rhs).forEach(g -> names.add(g.equals("graded") ? "grade" : "score"));
                producers.add(new Producer(indicator, verdicts, names));
            }
        }
        return new RuleArguments(producers);
    }

    /** The names rules add to results of {@code indicator} with {@code verdict}: name → always present. */
    Map<String, Boolean> of(String indicator, Verdict verdict) {
        List<Producer> ps = producers.stream()
                .filter(p -> (p.indicator == null || p.indicator.equals(indicator)) && p.verdicts.contains(verdict))
                .toList();
        Map<String, Boolean> out = new LinkedHashMap<>();
        boolean decided = verdict == Verdict.PASS || verdict == Verdict.FAIL;
        for (Producer p : ps) {
            for (String n : p.names) {
                out.put(n, decided && ps.stream().allMatch(q -> q.names.contains(n)));
            }
        }
        return out;
    }

    private static List<String> all(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** {@code text} without {@code //} and {@code /* *}{@code /} comments, string literals kept. */
    static String withoutComments(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && text.charAt(j) != c && text.charAt(j) != '\n') {
                    j += text.charAt(j) == '\\' ? 2 : 1;
                }
                j = Math.min(j + 1, n);
                out.append(text, i, j);
                i = j;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                int stop = end < 0 ? n : end + 2;
                for (int k = i; k < stop; k++) {
                    if (text.charAt(k) == '\n') {
                        out.append('\n');
                    }
                }
                i = stop;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
