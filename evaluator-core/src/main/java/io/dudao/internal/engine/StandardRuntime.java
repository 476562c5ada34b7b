package io.dudao.internal.engine;

import io.dudao.api.Indicator;
import io.dudao.api.RuleProblem;
import io.dudao.api.RulesException;
import io.dudao.facts.District;
import io.dudao.facts.Stage;
import io.dudao.internal.Hashing;
import io.dudao.internal.facts.FactFlattener;
import io.dudao.internal.ruleset.ParameterDef;
import io.dudao.internal.ruleset.ParameterType;
import io.dudao.internal.ruleset.Overlay;
import io.dudao.internal.ruleset.StandardDef;
import io.dudao.api.DudaoException;
import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;
import io.dudao.rulemodel.Param;
import io.dudao.rulemodel.SchoolPart;
import io.dudao.rulemodel.StageGroup;
import io.dudao.rulemodel.Subjects;
import io.dudao.rulemodel.Threshold;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import io.dudao.api.EvaluationListener;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * One compiled standard with its effective parameters: evaluates a district in a fresh session.
 * Immutable and thread-safe (a KieBase is; each evaluation opens and disposes its own session).
 */
final class StandardRuntime {

    private static final String WEIGHTS = ".split.weights";
    private static final String FIELDS = ".split.fields";

    private final StandardDef standard;
    private final KieBase kieBase;
    private final List<Overlay> overlays;
    private final PartBuilder parts;
    private final Map<ParameterKey, ResolvedParameters> resolved = new ConcurrentHashMap<>();

    /** Which overlays apply and which dated values are in effect: what fixes a district's parameters. */
    private record ParameterKey(String provinceCode, String cityCode, LocalDate asOf) {
    }

    /**
     * The effective parameters for one district and date.
     *
     * @param facts  the Threshold and Param facts to insert
     * @param hash   a hash over every effective value and its source
     * @param layers the layers that apply, national first
     */
    record ResolvedParameters(List<Object> facts, String hash, List<String> layers) {
    }

    StandardRuntime(StandardDef standard, KieBase kieBase, List<Overlay> overlays) {
        this.standard = standard;
        this.kieBase = kieBase;
        this.overlays = overlays.stream().filter(o -> o.standard().equals(standard.id()))
                .sorted(java.util.Comparator.comparingInt(Overlay::rank)).toList();
        this.parts = partBuilder(standard, standard.parameters());
    }

    StandardDef standard() {
        return standard;
    }

    /** The names of this standard's rules, sorted. */
    List<String> ruleNames() {
        return kieBase.getKiePackages().stream().flatMap(p -> p.getRules().stream())
                .map(org.kie.api.definition.rule.Rule::getName).sorted().toList();
    }

    /**
     * The parameters in effect for {@code district} on {@code asOf}: national values overlaid by the
     * province and city overlays whose code matches the district's, each value recording its layer.
     *
     * @throws DudaoException {@code parameters.invalid} when a parameter has no value on that date
     */
    ResolvedParameters parameters(District district, LocalDate asOf) {
        ParameterKey key = new ParameterKey(district.provinceCode(), district.cityCode(), asOf);
        ResolvedParameters r = resolved.get(key);
        if (r == null) {
            if (resolved.size() > 10_000) {
                resolved.clear();
            }
            r = resolve(key);
            resolved.put(key, r);
        }
        return r;
    }

    private ResolvedParameters resolve(ParameterKey key) {
        List<Overlay> applied = overlays.stream().filter(o -> o.code().equals(
                "province".equals(o.level()) ? key.provinceCode() : key.cityCode())).toList();
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        standard.indicators().forEach(i -> indicators.put(i.id(), i));
        List<Object> facts = new ArrayList<>();
        Hashing h = new Hashing();
        for (ParameterDef p : standard.parameters()) {
            ParameterDef.Entry national = p.at(key.asOf());
            if (national == null) {
                throw new DudaoException("parameters.invalid", p.key() + " has no value on " + key.asOf()
                        + " (its first value takes effect on " + p.entries().get(0).from() + "), in " + p.file());
            }
            Map<Stage, Object> values = new LinkedHashMap<>(national.values());
            Map<Stage, String> sources = new LinkedHashMap<>();
            values.keySet().forEach(st -> sources.put(st, p.layer()));
            for (Overlay o : applied) {
                o.parameters().stream().filter(op -> op.key().equals(p.key())).findFirst()
                        .map(op -> op.at(key.asOf())).ifPresent(e -> {
                            if (e.values().containsKey(null)) {
                                values.clear();
                                sources.clear();
                            }
                            e.values().forEach((st, v) -> {
                                values.put(st, v);
                                sources.put(st, o.layer());
                            });
                        });
            }
            boolean threshold = p.key().endsWith(".threshold");
            Indicator ind = threshold ? indicators.get(p.key().substring(0, p.key().length() - 10)) : null;
            values.forEach((stage, value) -> {
                String source = sources.get(stage);
                facts.add(ind != null
                        ? new Threshold(ind.id(), stage, (BigDecimal) value, ind.operator(), source, p.key())
                        : new Param(p.key(), stage, value, source));
                h.update(p.key()).update(stage == null ? "*" : stage.name())
                        .update(value instanceof BigDecimal b ? b.stripTrailingZeros().toPlainString() : String.valueOf(value))
                        .update(source);
            });
        }
        List<String> layers = new ArrayList<>();
        layers.add("national");
        applied.forEach(o -> layers.add(o.layer()));
        return new ResolvedParameters(List.copyOf(facts), h.digest(), List.copyOf(layers));
    }

    /**
     * The school parts of {@code district} under this standard's split, in natural subject order: the session
     * receives them in that order, so the measures reach each CV, and the results the guard, almost sorted.
     */
    List<SchoolPart> parts(District district) {
        List<SchoolPart> list = new ArrayList<>(parts.parts(district));
        list.sort(java.util.Comparator.comparing(SchoolPart::subject, Subjects.NATURAL));
        return list;
    }

    /** Runs the rules over {@code district}; returns every outcome inserted, with its rules. */
    List<OutcomeCollector.Produced> run(District district, List<SchoolPart> schoolParts, List<Object> parameterFacts,
                                        EvaluationListener listener) {
        KieSession session = kieBase.newKieSession();
        try {
            OutcomeCollector collector = new OutcomeCollector();
            session.addEventListener(collector);
            if (listener != EvaluationListener.NONE) {
                session.addEventListener(new DefaultAgendaEventListener() {
                    @Override
                    public void afterMatchFired(AfterMatchFiredEvent event) {
                        listener.ruleFired(standard.id(), event.getMatch().getRule().getName());
                    }
                });
            }
            session.insert(FactFlattener.district(district));
            district.schools().forEach(s -> session.insert(FactFlattener.school(district.code(), s)));
            district.kindergartens().forEach(k -> session.insert(FactFlattener.kindergarten(district.code(), k)));
            for (Stage st : List.of(Stage.PRIMARY, Stage.JUNIOR)) {
                session.insert(new StageGroup(Subjects.districtStage(district.code(), st), district.code(), st));
            }
            parameterFacts.forEach(session::insert);
            schoolParts.forEach(session::insert);
            session.fireAllRules();
            return collector.produced();
        } finally {
            session.dispose();
        }
    }

    @SuppressWarnings("unchecked")
    private static PartBuilder partBuilder(StandardDef standard, List<ParameterDef> effective) {
        Map<Stage, BigDecimal> weights = new LinkedHashMap<>();
        Set<String> fields = new HashSet<>();
        boolean hasWeights = false;
        for (ParameterDef p : effective) {
            if (p.key().equals(standard.id() + WEIGHTS) && p.type() == ParameterType.STAGE_WEIGHTS) {
                p.values().forEach((st, v) -> weights.put(st, (BigDecimal) v));
                hasWeights = true;
            } else if (p.key().equals(standard.id() + FIELDS) && p.type() == ParameterType.FIELDS) {
                fields.addAll((List<String>) p.values().get(null));
            }
        }
        if (!hasWeights && !fields.isEmpty()) {
            throw new RulesException("parameters.invalid", List.of(new RuleProblem(standard.id() + "/parameters.yaml",
                    0, 0, standard.id() + FIELDS + " names fields to split but " + standard.id() + WEIGHTS
                    + " gives no weights")));
        }
        return new PartBuilder(weights, fields);
    }
}
