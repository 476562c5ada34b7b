package io.dudao.internal.ruleset;

import io.dudao.api.Indicator;
import io.dudao.api.RuleProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Profiles: standards that include other standards' results.
 *
 * <p>Design note. A catalog may say {@code includes: [QB2017]} and list, among its own indicators,
 * {@code - {ref: QB2017-G8, id: DUTY-TCH1}}: an indicator of an included standard under an id of its own.
 * The included standard is evaluated first (once per district evaluation, however many standards include
 * it); its results for the referenced indicator appear in the including standard's section under the
 * ref's id, and are inserted as {@code Outcome} facts (under that id) into the including standard's session
 * before its rules fire, so that its roll-ups tally them like their own. The rule of the indicator is
 * written once, in the included standard. This class checks the declarations (unknown standards, include
 * cycles, refs to indicators the included standards lack) with file and line, and resolves each ref into
 * an {@link Indicator} copied from its target.
 */
public final class Composition {

    /** What {@code appliesWhen} may name: the parts of the facts a standard needs to apply by default. */
    public static final List<String> APPLIES_WHEN = List.of("schools", "kindergartens", "preschool", "finance");

    /** An {@code includes:} entry of a catalog. */
    record Include(String standard, int line) {
    }

    /** A {@code ref:} entry of a catalog: {@code id} stands for {@code target} of an included standard. */
    record Ref(String id, String target, String dimension, Map<String, String> dimensionName, List<String> aliases,
               String file, int line) {
    }

    private record Declared(List<Include> includes, List<Ref> refs, String file) {
    }

    private final Map<String, Declared> declared = new LinkedHashMap<>();

    void add(String standard, List<Include> includes, List<Ref> refs, String file) {
        declared.put(standard, new Declared(List.copyOf(includes), List.copyOf(refs), file));
    }

    /**
     * The standards with their refs resolved, in their order. Problems (an include that is not a standard of
     * the rule set, a cycle, a ref whose target is not an indicator of a directly included standard) go to
     * {@code problems} with the catalog's file and line.
     */
    List<StandardDef> resolve(List<StandardDef> standards, List<RuleProblem> problems) {
        Map<String, StandardDef> byId = new LinkedHashMap<>();
        standards.forEach(s -> byId.put(s.id(), s));
        int before = problems.size();
        for (StandardDef s : standards) {
            Declared d = declared.get(s.id());
            if (d == null) {
                continue;
            }
            for (Include inc : d.includes()) {
                if (inc.standard().equals(s.id())) {
                    problems.add(new RuleProblem(d.file(), inc.line(), 1, s.id() + " includes itself"));
                } else if (!byId.containsKey(inc.standard())) {
                    problems.add(new RuleProblem(d.file(), inc.line(), 1, s.id() + " includes " + inc.standard()
                            + ", which is not a standard of this rule set (ruleset.yaml lists " + byId.keySet() + ")"));
                }
            }
        }
        if (problems.size() > before) {
            return standards;
        }
        List<String> order = order(standards, problems);
        if (problems.size() > before) {
            return standards;
        }
        Map<String, StandardDef> resolved = new HashMap<>();
        for (String id : order) {
            StandardDef s = byId.get(id);
            Declared d = declared.get(id);
            if (d == null || d.refs().isEmpty()) {
                resolved.put(id, s);
                continue;
            }
            Map<String, Indicator> targets = new HashMap<>();
            for (Include inc : d.includes()) {
                for (Indicator i : resolved.get(inc.standard()).indicators()) {
                    targets.putIfAbsent(i.id(), i);
                    i.aliases().forEach(a -> targets.putIfAbsent(a, i));
                }
            }
            List<Indicator> out = new ArrayList<>();
            int next = 0;
            for (Indicator i : s.indicators()) {
                if (i != null) {
                    out.add(i);
                    continue;
                }
                Ref r = d.refs().get(next++);
                Indicator t = targets.get(r.target());
                if (t == null) {
                    problems.add(new RuleProblem(d.file(), r.line(), 1, "indicator " + r.id() + " refers to "
                            + r.target() + ", which is not an indicator of the standards " + id + " includes "
                            + d.includes().stream().map(Include::standard).toList()
                            + (d.includes().isEmpty() ? " (add 'includes: [<standard>]' to the catalog)" : "")));
                    continue;
                }
                List<String> aliases = new ArrayList<>(r.aliases());
                out.add(new Indicator(r.id(), id, t.name(), r.dimension(), t.subject(), t.unit(), t.operator(),
                        t.decimals(), t.verdicts(), t.clause(), t.status(), aliases, r.dimensionName(), t.assessment()));
            }
            StandardDef withRefs = s.withIndicators(List.copyOf(out));
            // the refs map to the target's own id, not an alias, so that results can be found by indicator id
            Map<String, String> refs = new LinkedHashMap<>();
            for (Ref r : d.refs()) {
                Indicator t = targets.get(r.target());
                if (t != null) {
                    refs.put(r.id(), t.id());
                }
            }
            resolved.put(id, new StandardDef(withRefs.id(), withRefs.name(), withRefs.document(),
                    withRefs.dimensions(), withRefs.indicators(), withRefs.parameters(), withRefs.ruleFiles(),
                    withRefs.messageFiles(), withRefs.includes(), refs, withRefs.appliesWhen()));
        }
        if (problems.size() > before) {
            return standards;
        }
        return standards.stream().map(s -> resolved.get(s.id())).toList();
    }

    /** The standards with every included standard before the standards that include it; cycles are problems. */
    private List<String> order(List<StandardDef> standards, List<RuleProblem> problems) {
        List<String> order = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        for (StandardDef s : standards) {
            visit(s.id(), new ArrayList<>(), done, order, problems);
        }
        return order;
    }

    private void visit(String id, List<String> path, Set<String> done, List<String> order, List<RuleProblem> problems) {
        if (done.contains(id)) {
            return;
        }
        if (path.contains(id)) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(id), path.size()));
            cycle.add(id);
            String from = path.get(path.size() - 1);
            Declared d = declared.get(from);
            int line = d.includes().stream().filter(i -> i.standard().equals(id)).findFirst().map(Include::line)
                    .orElse(0);
            String message = "include cycle: " + String.join(" includes ", cycle);
            if (problems.stream().noneMatch(p -> p.message().equals(message))) {
                problems.add(new RuleProblem(d.file(), line, 1, message));
            }
            return;
        }
        path.add(id);
        Declared d = declared.get(id);
        if (d != null) {
            for (Include inc : d.includes()) {
                visit(inc.standard(), path, done, order, problems);
            }
        }
        path.remove(path.size() - 1);
        if (done.add(id)) {
            order.add(id);
        }
    }

    /**
     * {@code chosen} and every standard they include, directly or not, each once, included standards first.
     *
     * @param all every standard of the rule set (refs resolved, no cycles)
     */
    public static List<StandardDef> closure(List<StandardDef> all, List<StandardDef> chosen) {
        Map<String, StandardDef> byId = new LinkedHashMap<>();
        all.forEach(s -> byId.put(s.id(), s));
        List<StandardDef> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (StandardDef s : chosen) {
            add(s, byId, seen, out);
        }
        return out;
    }

    private static void add(StandardDef s, Map<String, StandardDef> byId, Set<String> seen, List<StandardDef> out) {
        if (!seen.add(s.id())) {
            return;
        }
        for (String inc : s.includes()) {
            add(byId.get(inc), byId, seen, out);
        }
        out.add(s);
    }
}
