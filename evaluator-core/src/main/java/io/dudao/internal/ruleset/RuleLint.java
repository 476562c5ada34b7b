package io.dudao.internal.ruleset;

import io.dudao.api.Indicator;
import io.dudao.api.RuleProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that rules and catalog agree, beyond what compiling shows: every rule says what it serves,
 * with {@code @indicator("<id>")} naming an indicator of its standard's catalog (an id or an alias),
 * or with {@code @standard("<id>")} for machinery such as scope rules; a rule serving an indicator is
 * named after it ({@code "QB2017-R4 fail: …"}); and every catalog indicator has at least one rule.
 */
public final class RuleLint {

    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");
    private static final Pattern WHEN = Pattern.compile("(?m)^\\s*when\\b");
    private static final Pattern META = Pattern.compile("@(\\w+)\\s*\\(\\s*\"([^\"]*)\"\\s*\\)");

    private RuleLint() {
    }

    /** The problems of {@code standards}, by file and line. */
    public static List<RuleProblem> lint(List<StandardDef> standards) {
        List<RuleProblem> problems = new ArrayList<>();
        for (StandardDef s : standards) {
            Map<String, String> ids = new HashMap<>();
            for (Indicator i : s.ownIndicators()) {
                ids.put(i.id(), i.id());
                i.aliases().forEach(a -> ids.put(a, i.id()));
            }
            Set<String> served = new LinkedHashSet<>();
            for (StandardDef.RuleFile f : s.ruleFiles()) {
                lintFile(s, f, ids, served, problems);
            }
            for (Indicator i : s.ownIndicators()) {
                if (!served.contains(i.id())) {
                    problems.add(new RuleProblem(s.id() + "/catalog.yaml", 0, 0, "indicator " + i.id()
                            + " has no rule: no rule of " + s.id() + " says @indicator(\"" + i.id() + "\")"));
                }
            }
        }
        return DecisionTables.locateRules(problems, standards);
    }

    private static void lintFile(StandardDef s, StandardDef.RuleFile f, Map<String, String> ids, Set<String> served,
                                 List<RuleProblem> problems) {
        String text = f.text();
        Matcher rule = RULE.matcher(text);
        while (rule.find()) {
            String name = rule.group(1);
            int line = line(text, rule.start(1));
            Matcher when = WHEN.matcher(text);
            int end = when.find(rule.end()) ? when.start() : text.length();
            Map<String, String> meta = new HashMap<>();
            Matcher m = META.matcher(text.substring(rule.end(), end));
            while (m.find()) {
                meta.put(m.group(1), m.group(2));
            }
            String indicator = meta.get("indicator");
            String standard = meta.get("standard");
            String where = "rule \"" + name + "\"";
            if (indicator == null && standard == null) {
                problems.add(new RuleProblem(f.path(), line, 1, where + " says neither @indicator(\"<id>\") nor "
                        + "@standard(\"" + s.id() + "\"): every rule names the indicator it serves"));
            } else if (indicator != null) {
                String id = ids.get(indicator);
                if (id == null) {
                    problems.add(new RuleProblem(f.path(), line, 1, where + " names @indicator(\"" + indicator
                            + "\"), which is not in the catalog of " + s.id()));
                } else {
                    served.add(id);
                    if (!name.startsWith(indicator + " ") && !name.startsWith(id + " ")) {
                        problems.add(new RuleProblem(f.path(), line, 1, where + " serves " + indicator
                                + "; its name starts with the indicator id, e.g. \"" + indicator + " fail: …\""));
                    }
                }
            } else if (!standard.equals(s.id())) {
                problems.add(new RuleProblem(f.path(), line, 1, where + " says @standard(\"" + standard
                        + "\") but belongs to " + s.id()));
            }
        }
    }

    private static int line(String text, int offset) {
        int n = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
