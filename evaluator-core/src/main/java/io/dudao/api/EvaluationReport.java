package io.dudao.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The result of evaluating one district: every (indicator, subject) outcome in catalog order, then
 * subject order, with what produced it. Contains no clock time: the same facts, rules and parameters
 * give an equal report and byte-identical JSON.
 *
 * @param schemaVersion report schema version
 * @param ruleSet       the rule set used
 * @param parameters    the parameters used
 * @param factsHash     {@code sha256:} of the district's facts in canonical form
 * @param asOf          the as-of date
 * @param district      the district
 * @param standards     the standards evaluated
 * @param locale        the locale explanations are rendered in, {@code null} when not rendered
 * @param results       the results
 * @param summary       result counts by verdict, every verdict present
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"schemaVersion", "ruleSet", "parameters", "factsHash", "asOf", "district", "standards", "locale",
        "summary", "results"})
public record EvaluationReport(
        String schemaVersion,
        RuleSetInfo ruleSet,
        ParametersInfo parameters,
        String factsHash,
        LocalDate asOf,
        DistrictInfo district,
        List<String> standards,
        String locale,
        List<IndicatorResult> results,
        Map<Verdict, Integer> summary) {

    /** The report schema version this library writes. */
    public static final String SCHEMA_VERSION = "1";

    public EvaluationReport {
        standards = List.copyOf(standards);
        results = List.copyOf(results);
        summary = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(summary));
    }

    /** Counts {@code results} by verdict, every verdict present, in enum order. */
    public static Map<Verdict, Integer> count(List<IndicatorResult> results) {
        Map<Verdict, Integer> m = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            m.put(v, 0);
        }
        results.forEach(r -> m.merge(r.verdict(), 1, Integer::sum));
        return new LinkedHashMap<>(m);
    }

    /** The results of {@code indicator}, in subject order. */
    public List<IndicatorResult> resultsOf(String indicator) {
        return results.stream().filter(r -> r.indicator().equals(indicator)).toList();
    }

    /** The result of {@code indicator} for {@code subject}, or {@code null}. */
    public IndicatorResult result(String indicator, String subject) {
        return results.stream().filter(r -> r.indicator().equals(indicator) && r.subject().equals(subject))
                .findFirst().orElse(null);
    }

    /** The results with {@code verdict}. */
    public List<IndicatorResult> withVerdict(Verdict verdict) {
        return results.stream().filter(r -> r.verdict() == verdict).toList();
    }

    /** A copy with each result transformed (e.g. explanations rendered) and the locale set. */
    public EvaluationReport mapResults(String locale, UnaryOperator<IndicatorResult> f) {
        return new EvaluationReport(schemaVersion, ruleSet, parameters, factsHash, asOf, district, standards, locale,
                results.stream().map(f).toList(), summary);
    }
}
