package io.dudao.internal.engine;

import io.dudao.api.Indicator;
import io.dudao.api.IndicatorResult;
import io.dudao.facts.District;
import io.dudao.internal.ruleset.Composition;
import io.dudao.internal.ruleset.StandardDef;
import io.dudao.rulemodel.MissingField;
import io.dudao.rulemodel.Outcome;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a profile uses the standards it includes (see {@link Composition}): the included standards' results
 * for its refs become {@link Outcome} facts of its session, under the ref's id, and its section of the report
 * lists them, in catalog order, beside the results of its own rules. Stateless.
 */
final class Inclusion {

    private Inclusion() {
    }

    /**
     * The facts to insert before {@code s}'s rules fire: {@code parameterFacts} plus, for each ref of {@code s},
     * one outcome per result of the referenced indicator in {@code done} (the results of the standards
     * evaluated so far, by standard), relabelled with the ref's id.
     */
    static List<Object> facts(StandardDef s, List<Object> parameterFacts, Map<String, List<IndicatorResult>> done) {
        if (s.refs().isEmpty()) {
            return parameterFacts;
        }
        List<Object> facts = new ArrayList<>(parameterFacts);
        for (IndicatorResult r : refResults(s, done)) {
            facts.add(outcome(r));
        }
        return facts;
    }

    /** The results of {@code s}: its own ({@code own}, per indicator) and its refs', in catalog order. */
    static List<IndicatorResult> merge(StandardDef s, List<IndicatorResult> own, Map<String, List<IndicatorResult>> done) {
        if (s.refs().isEmpty()) {
            return own;
        }
        Map<String, List<IndicatorResult>> byIndicator = new LinkedHashMap<>();
        for (IndicatorResult r : own) {
            byIndicator.computeIfAbsent(r.indicator(), k -> new ArrayList<>()).add(r);
        }
        for (IndicatorResult r : refResults(s, done)) {
            byIndicator.computeIfAbsent(r.indicator(), k -> new ArrayList<>()).add(r);
        }
        List<IndicatorResult> out = new ArrayList<>();
        for (Indicator i : s.indicators()) {
            out.addAll(byIndicator.getOrDefault(i.id(), List.of()));
        }
        return out;
    }

    /** Whether {@code s} applies to {@code district} by its {@code appliesWhen} (always when it has none). */
    static boolean applies(StandardDef s, District district) {
        if (s.appliesWhen().isEmpty()) {
            return true;
        }
        for (String what : s.appliesWhen()) {
            boolean has = switch (what) {
                case "schools" -> !district.schools().isEmpty();
                case "kindergartens" -> !district.kindergartens().isEmpty();
                case "preschool" -> district.preschool() != null;
                case "finance" -> district.finance() != null;
                default -> throw new IllegalStateException("appliesWhen " + what + " of " + s.id());
            };
            if (has) {
                return true;
            }
        }
        return false;
    }

    /** The results of the referenced indicators, relabelled with the refs' ids, in catalog order. */
    private static List<IndicatorResult> refResults(StandardDef s, Map<String, List<IndicatorResult>> done) {
        List<IndicatorResult> out = new ArrayList<>();
        for (Map.Entry<String, String> ref : s.refs().entrySet()) {
            for (String included : s.includes()) {
                for (IndicatorResult r : done.getOrDefault(included, List.of())) {
                    if (r.indicator().equals(ref.getValue())) {
                        out.add(relabel(r, ref.getKey()));
                    }
                }
            }
        }
        return out;
    }

    private static IndicatorResult relabel(IndicatorResult r, String id) {
        return new IndicatorResult(id, r.subject(), r.verdict(), r.grade(), r.score(), r.value(), r.exactValue(),
                r.threshold(), r.operator(), r.thresholdSource(), r.clause(), r.rules(), r.children(), r.failing(),
                r.missing(), r.reason(), r.messageKey(), r.arguments(), r.explanation());
    }

    /** A result as the outcome fact a roll-up of the including standard tallies. */
    private static Outcome outcome(IndicatorResult r) {
        Map<String, Object> args = new LinkedHashMap<>(r.arguments());
        Collection<MissingField> missing = r.missing().stream().map(m -> new MissingField(m.subject(), m.field()))
                .toList();
        return new Outcome(r.indicator(), r.subject(), r.verdict(), r.exactValue(), r.threshold(), r.operator(),
                r.thresholdSource(), r.reason(), List.copyOf(missing), args, null, null);
    }
}
