package io.dudao.api;

import io.dudao.facts.District;
import java.time.LocalDate;
import java.util.List;

/**
 * A compiled rule set, ready to evaluate districts. Building one compiles the rules (seconds);
 * evaluating is cheap. An evaluator is immutable and thread-safe: share one across threads and requests.
 *
 * <pre>{@code
 * Evaluator evaluator = Evaluator.builder().standards("QB2017").build();
 * EvaluationReport report = evaluator.evaluate(district);
 * EvaluationReport explained = evaluator.explanations().render(report);   // zh-CN; or render(report, Locale.ENGLISH)
 * }</pre>
 */
public interface Evaluator {

    /** A builder with the bundled national rule set and all its standards. */
    static EvaluatorBuilder builder() {
        return new EvaluatorBuilder();
    }

    /**
     * Evaluates one district as of its school year's default date.
     *
     * @throws FactsException               when the district cannot be evaluated (e.g. no school year)
     * @throws ConflictingOutcomesException when the rules give two outcomes for one indicator and subject
     */
    EvaluationReport evaluate(District district);

    /**
     * Evaluates one district as of {@code asOf}, which selects date-keyed parameters.
     *
     * @param asOf the as-of date, or {@code null} for the school year's default
     */
    EvaluationReport evaluate(District district, LocalDate asOf);

    /**
     * Evaluates one district as of {@code asOf}, telling {@code listener} what happens (rules firing).
     *
     * @param asOf     the as-of date, or {@code null} for the school year's default
     * @param listener hears the evaluation; {@link EvaluationListener#NONE} for nothing
     */
    EvaluationReport evaluate(District district, LocalDate asOf, EvaluationListener listener);

    /**
     * Evaluates one district under some of the standards this evaluator was built for: the report has the
     * results of {@code standards} only, in the evaluator's order. A standard that includes others (a profile,
     * such as {@code LXDD}) has them evaluated too, once each however many standards include them; their own
     * results appear only where they are asked for as well.
     *
     * @param asOf      the as-of date, or {@code null} for the school year's default
     * @param listener  hears the evaluation; {@link EvaluationListener#NONE} for nothing
     * @param standards ids among {@link #standards()}
     * @throws IllegalArgumentException when a standard is not one of {@link #standards()}
     */
    EvaluationReport evaluate(District district, LocalDate asOf, EvaluationListener listener, List<String> standards);

    /**
     * The standards among {@link #standards()} that apply to {@code district} by what its facts hold (each
     * catalog's {@code appliesWhen}: schools, kindergartens, preschool figures, finance), in order; a standard
     * that declares nothing applies always. What {@code dudao evaluate} runs when no standard is named.
     */
    List<String> applicableStandards(District district);

    /** The names of every rule of the standards evaluated, by standard in rule-set order, then by name. */
    List<String> ruleNames();

    /** The indicators evaluated (of {@link #standards()}, refs to included standards among them), in report order. */
    List<Indicator> indicators();

    /**
     * The standards evaluated and reported, in rule-set order. Standards they include (profiles) are compiled
     * and evaluated too, but reported only where they are listed here as well.
     */
    List<String> standards();

    /** The rule set this evaluator was built from. */
    RuleSetInfo ruleSet();

    /**
     * The explanations of this rule set: renders a report's results as text in zh-CN or en, from the
     * templates checked when this evaluator was built. Rendering is per report:
     * {@code evaluator.explanations().render(evaluator.evaluate(district), Locale.ENGLISH)}.
     */
    Explanations explanations();

    /**
     * What a policy author should fix although the rules compile: rules that name no indicator or one
     * outside the catalog, rules not named after their indicator, catalog indicators without a rule. Empty
     * when all is well. {@code dudao check} reports these with the compile problems.
     */
    List<RuleProblem> lint();
}
