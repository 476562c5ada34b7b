package io.dudao.internal.engine;

import io.dudao.api.Indicator;
import io.dudao.api.RuleProblem;
import io.dudao.api.RulesException;
import io.dudao.facts.District;
import io.dudao.facts.Stage;
import io.dudao.internal.Hashing;
import io.dudao.internal.ruleset.ParameterDef;
import io.dudao.internal.ruleset.ParameterType;
import io.dudao.internal.ruleset.StandardDef;
import io.dudao.rulemodel.DistrictFact;
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
import org.kie.api.KieBase;
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
    private final List<Object> parameterFacts;
    private final PartBuilder parts;
    private final String parameterHash;

    StandardRuntime(StandardDef standard, KieBase kieBase, List<ParameterDef> effective) {
        this.standard = standard;
        this.kieBase = kieBase;
        this.parameterFacts = parameterFacts(standard, effective);
        this.parts = partBuilder(standard, effective);
        this.parameterHash = hash(effective);
    }

    StandardDef standard() {
        return standard;
    }

    String parameterHash() {
        return parameterHash;
    }

    /** The school parts of {@code district} under this standard's split. */
    List<SchoolPart> parts(District district) {
        return parts.parts(district);
    }

    /** Runs the rules over {@code district}; returns every outcome inserted, with its rules. */
    List<OutcomeCollector.Produced> run(District district, List<SchoolPart> schoolParts) {
        KieSession session = kieBase.newKieSession();
        try {
            OutcomeCollector collector = new OutcomeCollector();
            session.addEventListener(collector);
            session.insert(new DistrictFact(Subjects.district(district.code()), district.code(), district.name(),
                    district.provinceCode(), district.cityCode(), district.schoolYear(), district.extra()));
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

    private static List<Object> parameterFacts(StandardDef standard, List<ParameterDef> effective) {
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        standard.indicators().forEach(i -> indicators.put(i.id(), i));
        List<Object> facts = new ArrayList<>();
        for (ParameterDef p : effective) {
            boolean threshold = p.key().endsWith(".threshold");
            Indicator ind = threshold ? indicators.get(p.key().substring(0, p.key().length() - 10)) : null;
            p.values().forEach((stage, value) -> {
                if (ind != null) {
                    facts.add(new Threshold(ind.id(), stage, (BigDecimal) value, ind.operator(), p.layer(), p.key()));
                } else {
                    facts.add(new Param(p.key(), stage, value, p.layer()));
                }
            });
        }
        return List.copyOf(facts);
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

    private static String hash(List<ParameterDef> effective) {
        Hashing h = new Hashing();
        for (ParameterDef p : effective) {
            h.update(p.key());
            p.values().forEach((st, v) -> {
                h.update(st == null ? "*" : st.name());
                h.update(v instanceof BigDecimal b ? b.stripTrailingZeros().toPlainString() : String.valueOf(v));
            });
            h.update(p.layer());
        }
        return h.digest();
    }
}
