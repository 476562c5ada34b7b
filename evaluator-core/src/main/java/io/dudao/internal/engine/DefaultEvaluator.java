package io.dudao.internal.engine;

import io.dudao.api.DistrictInfo;
import io.dudao.api.EvaluationListener;
import io.dudao.api.EvaluationReport;
import io.dudao.api.Evaluator;
import io.dudao.api.Explanations;
import io.dudao.api.FactProblem;
import io.dudao.api.FactsException;
import io.dudao.api.Indicator;
import io.dudao.api.IndicatorResult;
import io.dudao.api.ParametersInfo;
import io.dudao.api.RuleProblem;
import io.dudao.api.RuleSetInfo;
import io.dudao.api.RulesException;
import io.dudao.facts.District;
import io.dudao.internal.Hashing;
import io.dudao.internal.json.Json;
import io.dudao.internal.ruleset.Overlay;
import io.dudao.internal.ruleset.OverlayLoader;
import io.dudao.internal.ruleset.RuleLint;
import io.dudao.internal.ruleset.RuleSet;
import io.dudao.internal.ruleset.RuleSetLoader;
import io.dudao.internal.ruleset.RuleSetSource;
import io.dudao.internal.ruleset.StandardDef;
import io.dudao.internal.text.DefaultExplanations;
import io.dudao.rulemodel.SchoolPart;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kie.api.KieBase;

/** The evaluator: a compiled rule set and its effective parameters. Immutable and thread-safe. */
public final class DefaultEvaluator implements Evaluator {

    private final RuleSetInfo ruleSet;
    private final RuleSet effective;
    private final List<StandardRuntime> runtimes;
    private final List<Indicator> indicators;
    private final Explanations explanations;
    private final List<RuleProblem> lint;
    private final List<String> ruleNames;
    /** The standards asked for (reported); {@link #runtimes} also has those they include, included first. */
    private final List<String> reported;

    private DefaultEvaluator(RuleSet loaded, List<StandardRuntime> runtimes, Explanations explanations,
                             List<String> reported) {
        this.reported = List.copyOf(reported);
        this.ruleSet = loaded.info();
        this.effective = loaded;
        this.lint = RuleLint.lint(runtimes.stream().map(StandardRuntime::standard).toList());
        this.ruleNames = runtimes.stream().flatMap(r -> r.ruleNames().stream()).toList();
        this.runtimes = List.copyOf(runtimes);
        this.explanations = explanations;
        List<Indicator> all = new ArrayList<>();
        for (StandardRuntime r : runtimes) {
            if (reported.contains(r.standard().id())) {
                all.addAll(r.standard().indicators());
            }
        }
        this.indicators = List.copyOf(all);
    }

    /**
     * Loads and compiles the rule set at {@code source}, keeping only {@code standards} (all when empty),
     * with the parameter overlays in {@code overlayFiles}.
     *
     * @throws RulesException when the rule set or an overlay is invalid, or the rule set lacks a standard asked for
     */
    public static DefaultEvaluator build(RuleSetSource source, List<String> standards, List<Path> overlayFiles) {
        return build(source, standards, overlayFiles, PrecompiledRules.enabled());
    }

    /**
     * As {@link #build(RuleSetSource, List, List)}; with {@code precompiled} false the bundled rules are compiled
     * from their DRL even when the class path holds an up-to-date precompiled kjar (tests compare both builds).
     */
    public static DefaultEvaluator build(RuleSetSource source, List<String> standards, List<Path> overlayFiles,
                                         boolean precompiled) {
        RuleSet all = RuleSetLoader.load(source);
        List<StandardDef> chosen = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>();
        if (standards.isEmpty()) {
            chosen.addAll(all.standards());
        } else {
            List<String> available = all.standards().stream().map(StandardDef::id).toList();
            for (String id : standards) {
                all.standards().stream().filter(s -> s.id().equals(id)).findFirst().ifPresentOrElse(chosen::add,
                        () -> problems.add(new RuleProblem("ruleset.yaml", 0, 0,
                                "standard " + id + " is not in rule set " + all.info().id() + " (it has " + available + ")")));
            }
        }
        if (!problems.isEmpty()) {
            throw new RulesException("rules.invalid", problems);
        }
        List<String> reported = chosen.stream().map(StandardDef::id).toList();
        chosen = io.dudao.internal.ruleset.Composition.closure(all.standards(), chosen);   // with what they include
        List<Overlay> overlays = OverlayLoader.load(overlayFiles, chosen);
        RuleSet selected = all.with(chosen);
        // templates are checked before the (slow) compile; their problems are reported with any DRL problems
        List<RuleProblem> textProblems = new ArrayList<>();
        DefaultExplanations explanations = DefaultExplanations.build(chosen, textProblems);
        Map<String, KieBase> bases;
        try {
            bases = compile(source, all, selected, precompiled);
        } catch (RulesException e) {
            if (textProblems.isEmpty()) {
                throw e;
            }
            List<RuleProblem> combined = new ArrayList<>(e.problems());
            combined.addAll(textProblems);
            throw new RulesException("rules.invalid", combined);
        }
        if (!textProblems.isEmpty()) {
            throw new RulesException("rules.invalid", textProblems);
        }
        List<StandardRuntime> runtimes = new ArrayList<>();
        for (StandardDef s : chosen) {
            runtimes.add(new StandardRuntime(s, bases.get(s.id()), overlays));
        }
        return new DefaultEvaluator(selected, runtimes, explanations, reported);
    }

    /** The bundled rules come precompiled when the class path has an up-to-date kjar; anything else compiles. */
    private static Map<String, KieBase> compile(RuleSetSource source, RuleSet all, RuleSet selected,
                                                boolean precompiled) {
        if (source.bundled() && precompiled) {
            return PrecompiledRules.load(all, selected.standards(), RuleSetSource.class.getClassLoader())
                    .orElseGet(() -> KieCompiler.compile(selected));
        }
        return KieCompiler.compile(selected);
    }

    @Override
    public EvaluationReport evaluate(District district) {
        return evaluate(district, null);
    }

    @Override
    public EvaluationReport evaluate(District district, LocalDate asOf) {
        return evaluate(district, asOf, EvaluationListener.NONE);
    }

    @Override
    public List<String> ruleNames() {
        return ruleNames;
    }

    @Override
    public EvaluationReport evaluate(District district, LocalDate asOf, EvaluationListener listener) {
        return evaluate(district, asOf, listener, reported);
    }

    @Override
    public List<String> applicableStandards(District district) {
        Objects.requireNonNull(district, "district");
        return runtimes.stream().map(StandardRuntime::standard)
                .filter(s -> reported.contains(s.id()) && Inclusion.applies(s, district)).map(StandardDef::id)
                .sorted(java.util.Comparator.comparingInt(reported::indexOf)).toList();
    }

    @Override
    public EvaluationReport evaluate(District district, LocalDate asOf, EvaluationListener listener,
                                     List<String> standards) {
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(standards, "standards");
        for (String id : standards) {
            if (!reported.contains(id)) {
                throw new IllegalArgumentException("standard " + id + " is not one this evaluator was built for "
                        + reported);
            }
        }
        List<String> asked = reported.stream().filter(standards::contains).toList();
        Set<String> needed = new java.util.HashSet<>();
        runtimes.stream().map(StandardRuntime::standard).filter(s -> asked.contains(s.id()))
                .forEach(s -> needed.addAll(io.dudao.internal.ruleset.Composition.closure(
                        runtimes.stream().map(StandardRuntime::standard).toList(), List.of(s)).stream()
                        .map(StandardDef::id).toList()));
        Objects.requireNonNull(listener, "listener");
        LocalDate date = asOf != null ? asOf : district.defaultAsOf();
        if (date == null) {
            throw new FactsException(List.of(new FactProblem(null, "schoolYear", null,
                    "a school year such as 2024-2025 (it fixes the as-of date), or an explicit as-of date")));
        }
        if (!effective.inEffect(date)) {
            throw new FactsException(List.of(new FactProblem(null, asOf != null ? "asOf" : "schoolYear",
                    asOf != null ? asOf.toString() : "\"" + district.schoolYear() + "\" (as of " + date + ")",
                    "a date within the effective period of rule set " + ruleSet.id() + " " + ruleSet.edition()
                            + " (" + (effective.from() == null ? "…" : effective.from()) + " to "
                            + (effective.until() == null ? "…" : effective.until()) + ")")));
        }
        Map<String, List<IndicatorResult>> byStandard = new java.util.HashMap<>();
        Hashing parameterHash = new Hashing();
        Set<String> layers = new LinkedHashSet<>();
        for (StandardRuntime r : runtimes) {   // included standards first, each once
            StandardDef s = r.standard();
            if (!needed.contains(s.id())) {
                continue;
            }
            StandardRuntime.ResolvedParameters p = r.parameters(district, date);
            parameterHash.update(s.id()).update(p.hash());
            layers.addAll(p.layers());
            List<SchoolPart> parts = r.parts(district);
            List<IndicatorResult> own = ResultAssembler.assemble(district, s.ownIndicators(), parts,
                    r.run(district, parts, Inclusion.facts(s, p.facts(), byStandard), listener));
            byStandard.put(s.id(), Inclusion.merge(s, own, byStandard));
        }
        List<IndicatorResult> results = new ArrayList<>();
        asked.forEach(id -> results.addAll(byStandard.get(id)));
        ParametersInfo parameters = new ParametersInfo(parameterHash.digest(), List.copyOf(layers));
        return new EvaluationReport(EvaluationReport.SCHEMA_VERSION, ruleSet, parameters,
                new Hashing().update(Json.canonicalBytes(district)).digest(), date,
                new DistrictInfo(district.code(), district.name(), district.provinceCode(), district.cityCode(),
                        district.schoolYear()),
                asked, null, results, EvaluationReport.count(results));
    }

    @Override
    public List<Indicator> indicators() {
        return indicators;
    }

    @Override
    public List<String> standards() {
        return reported;
    }

    @Override
    public RuleSetInfo ruleSet() {
        return ruleSet;
    }

    @Override
    public List<RuleProblem> lint() {
        return lint;
    }

    @Override
    public Explanations explanations() {
        return explanations;
    }
}
