package io.dudao.internal.scenario;

import io.dudao.api.DudaoException;
import io.dudao.api.EvaluationListener;
import io.dudao.api.EvaluationReport;
import io.dudao.api.Evaluator;
import io.dudao.api.Explanations;
import io.dudao.api.FactsException;
import io.dudao.api.Verdict;
import io.dudao.api.scenario.Check;
import io.dudao.api.scenario.Coverage;
import io.dudao.api.scenario.RuleSelection;
import io.dudao.api.scenario.ScenarioResult;
import io.dudao.api.scenario.ScenarioResult.Status;
import io.dudao.facts.District;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs scenarios and measures their coverage; the implementation of
 * {@link io.dudao.api.scenario.ScenarioRunner}.
 *
 * <p>Design note. A scenario goes through fixed steps, and the first that cannot complete decides the
 * result: read the file (ERROR with line), stop if pending (PENDING), obtain the evaluator from the cache
 * (ERROR when the rules do not compile), build the facts (ERROR for bad changes; invalid facts are
 * compared with {@code expectError} or are an ERROR), evaluate (errors likewise), then compare every
 * expectation (FAIL when any differs). Explanations are rendered in zh-CN for the stored report, so that
 * mismatches show them, and in each locale an expectation names.
 */
public final class ScenarioEngine {

    static final String BOUNDARY = "boundary";
    static final String MISSING_DATA = "missing-data";

    private final EvaluatorCache evaluators;
    private final RuleFirings firings = new EngineRuleFirings();

    public ScenarioEngine(Function<RuleSelection, Evaluator> compiler) {
        this.evaluators = new EvaluatorCache(compiler);
    }

    /** Runs one scenario file; problems of the scenario become its result, never an exception. */
    public ScenarioResult run(Path file) {
        String fileName = String.valueOf(file.getFileName());
        String text;
        try {
            text = decode(Files.readAllBytes(file));
        } catch (IOException e) {
            return error(file, fileName, null, null, List.of(new Problem(0, 0, "cannot read the scenario: " + e)));
        }
        ScenarioParser.Parsed parsed = ScenarioParser.parse(file, text);
        if (parsed.scenario() == null) {
            return error(file, parsed.name() == null ? fileName : parsed.name(), null, null, parsed.problems());
        }
        Scenario s = parsed.scenario();
        if (s.pending() != null) {
            return new ScenarioResult(file, s.name(), Status.PENDING, 0, s.pending(), s.tags(), s.rules(), List.of(), null);
        }
        Evaluator evaluator;
        try {
            evaluator = evaluators.get(s.rules());
        } catch (RuntimeException e) {
            return error(file, s.name(), s.tags(), s.rules(), List.of(new Problem(0, 0,
                    "the rules (" + s.rules().describe() + ") cannot be used: " + describe(e))));
        }
        FactsBuilder facts = new FactsBuilder(file);
        EvaluationReport report;
        java.util.Set<String> fired = new java.util.TreeSet<>();
        try {
            District district = facts.build(s.facts(), s.changes());
            if (district == null) {
                return error(file, s.name(), s.tags(), s.rules(), facts.problems());
            }
            report = evaluator.evaluate(district, s.asOf(), new EvaluationListener() {
                @Override
                public void ruleFired(String standard, String rule) {
                    fired.add(rule);
                }
            });
        } catch (DudaoException e) {
            if (s.expectedError() != null) {
                return expectedError(file, s, e);
            }
            int line = e instanceof FactsException ? s.facts().line() : 0;
            return error(file, s.name(), s.tags(), s.rules(), List.of(new Problem(line, 0,
                    (e instanceof FactsException ? "the facts are invalid: " : "evaluation failed: ") + describe(e))));
        }
        if (s.expectedError() != null) {
            Scenario.ExpectedError x = s.expectedError();
            return new ScenarioResult(file, s.name(), Status.FAIL, x.line(), "expected error " + expected(x)
                    + ", but the facts are valid and were evaluated", s.tags(), s.rules(), List.of(), report);
        }
        Map<String, Comparison.Rendered> rendered = new HashMap<>();
        Function<String, Comparison.Rendered> inLocale = tag -> rendered.computeIfAbsent(tag,
                t -> render(evaluator, report, t));
        Comparison.Rendered zh = inLocale.apply(Explanations.DEFAULT_LOCALE.toLanguageTag());
        EvaluationReport shown = zh.report() != null ? zh.report() : report;
        List<Check> checks = new Comparison(evaluator.indicators(), shown, inLocale).checks(s.expectations());
        List<Check> failed = checks.stream().filter(c -> !c.passed()).toList();
        if (failed.isEmpty()) {
            return new ScenarioResult(file, s.name(), Status.PASS, 0, null, s.tags(), s.rules(), checks, shown, fired);
        }
        return new ScenarioResult(file, s.name(), Status.FAIL, failed.get(0).line(), failed.size() + " of "
                + checks.size() + " expectation" + (checks.size() == 1 ? "" : "s") + " not met", s.tags(), s.rules(),
                checks, shown, fired);
    }

    private static Comparison.Rendered render(Evaluator evaluator, EvaluationReport report, String tag) {
        try {
            return new Comparison.Rendered(evaluator.explanations().render(report, Explanations.locale(tag)), null);
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return new Comparison.Rendered(null, e.getMessage());
        }
    }

    private static ScenarioResult expectedError(Path file, Scenario s, DudaoException e) {
        Scenario.ExpectedError x = s.expectedError();
        List<String> absent = x.messageContains().stream().filter(part -> !e.getMessage().contains(part)).toList();
        if (x.code().equals(e.code()) && absent.isEmpty()) {
            return new ScenarioResult(file, s.name(), Status.PASS, 0, null, s.tags(), s.rules(), List.of(), null);
        }
        return new ScenarioResult(file, s.name(), Status.FAIL, x.line(), "expected error " + expected(x)
                + ", actual " + describe(e), s.tags(), s.rules(), List.of(), null);
    }

    private static String expected(Scenario.ExpectedError x) {
        return x.code() + (x.messageContains().isEmpty() ? "" : " with a message containing "
                + x.messageContains().stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(" and ")));
    }

    private static String describe(RuntimeException e) {
        return e instanceof DudaoException d ? d.code() + ": " + d.getMessage() : e.toString();
    }

    private static ScenarioResult error(Path file, String name, List<String> tags, RuleSelection rules,
                                        List<Problem> problems) {
        String message = problems.stream()
                .map(p -> file + (p.line() > 0 ? ":" + p.line() + (p.column() > 0 ? ":" + p.column() : "") : "") + ": "
                        + p.message())
                .collect(Collectors.joining("\n"));
        return new ScenarioResult(file, name, Status.ERROR, problems.get(0).line(), message, tags, rules, List.of(), null);
    }

    /** UTF-8 text without a leading byte-order mark; malformed UTF-8 is an error, not replacement characters. */
    private static String decode(byte[] bytes) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** What {@code results} cover; see {@link io.dudao.api.scenario.ScenarioRunner#coverage(List)}. */
    public Coverage coverage(List<ScenarioResult> results) {
        Map<String, Counts> indicators = new LinkedHashMap<>();
        Set<String> rules = new LinkedHashSet<>();
        Set<RuleSelection> selections = new LinkedHashSet<>();
        results.stream().map(ScenarioResult::rules).filter(r -> r != null)
                .forEach(selections::add);
        for (RuleSelection selection : selections) {
            Evaluator evaluator;
            try {
                evaluator = evaluators.get(selection);
            } catch (RuntimeException e) {
                continue; // the scenarios that name these rules are errors already
            }
            evaluator.indicators().forEach(i -> indicators.putIfAbsent(i.id(), new Counts()));
            rules.addAll(firings.rules(selection, evaluator));
        }
        Set<String> fired = new LinkedHashSet<>();
        for (ScenarioResult r : results) {
            fired.addAll(firings.fired(r));
            Map<String, Set<Verdict>> met = new LinkedHashMap<>();
            for (Check c : r.checks()) {
                if (c.passed()) {
                    met.computeIfAbsent(c.indicator(), k -> EnumSet.noneOf(Verdict.class)).add(c.expected());
                }
            }
            met.forEach((indicator, verdicts) -> {
                Counts counts = indicators.get(indicator);
                if (counts != null) {
                    counts.add(verdicts, r.tags());
                }
            });
        }
        List<Coverage.IndicatorCoverage> list = new ArrayList<>();
        indicators.forEach((id, c) -> list.add(new Coverage.IndicatorCoverage(id, c.pass, c.fail, c.notApplicable,
                c.missingData, c.boundary)));
        return new Coverage(list, List.copyOf(rules), rules.stream().filter(n -> !fired.contains(n)).toList());
    }

    /** Scenario counts of one indicator. */
    private static final class Counts {
        int pass;
        int fail;
        int notApplicable;
        int missingData;
        int boundary;

        void add(Set<Verdict> verdicts, List<String> tags) {
            pass += verdicts.contains(Verdict.PASS) ? 1 : 0;
            fail += verdicts.contains(Verdict.FAIL) ? 1 : 0;
            notApplicable += verdicts.contains(Verdict.NOT_APPLICABLE) ? 1 : 0;
            missingData += verdicts.contains(Verdict.INSUFFICIENT_DATA) || tags.contains(MISSING_DATA) ? 1 : 0;
            boundary += tags.contains(BOUNDARY) ? 1 : 0;
        }
    }
}
