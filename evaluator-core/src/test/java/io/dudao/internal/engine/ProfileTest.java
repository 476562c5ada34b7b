package io.dudao.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dudao.api.EvaluationListener;
import io.dudao.api.EvaluationReport;
import io.dudao.api.Evaluator;
import io.dudao.api.IndicatorResult;
import io.dudao.api.ReportJson;
import io.dudao.api.RuleProblem;
import io.dudao.api.RulesException;
import io.dudao.api.Verdict;
import io.dudao.facts.District;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Profiles: a standard that includes others ({@code includes:}) and lists their indicators as refs. The
 * fixture {@code rulesets/profile}: T1 (an area indicator per school part), P1 (includes T1, ref P1-A → T1-A,
 * roll-up P1-ALL over P1-A) and P2 (includes T1 and P1, refs P2-A → T1-A and P2-P1 → P1-ALL, roll-up P2-ALL).
 */
class ProfileTest {

    private static final class Holder {
        static final Evaluator ALL = Evaluator.builder().rulesDirectory(RuleSetFixtures.path("profile")).build();
    }

    /** One school part meets T1-A (9 m² per student), one misses it (3 m²). */
    private static District district() {
        return RuleSetFixtures.district(RuleSetFixtures.primary("S1", "900", 100),
                RuleSetFixtures.primary("S2", "300", 100));
    }

    private static IndicatorResult result(EvaluationReport r, String indicator, String subject) {
        return r.results().stream().filter(x -> x.indicator().equals(indicator) && x.subject().equals(subject))
                .findFirst().orElseThrow(() -> new AssertionError("no result " + indicator + " " + subject));
    }

    @Test
    void evaluate_listsTheIncludedResultsUnderTheRefIdsAndRollsThemUp() {
        EvaluationReport r = Holder.ALL.evaluate(district(), null, EvaluationListener.NONE, List.of("P1"));
        assertThat(r.standards()).containsExactly("P1");
        assertThat(r.results()).extracting(IndicatorResult::indicator)
                .containsExactly("P1-A", "P1-A", "P1-ALL");
        IndicatorResult s1 = result(r, "P1-A", "school:S1/PRIMARY");
        assertThat(s1.verdict()).isEqualTo(Verdict.PASS);
        assertThat(s1.value()).isEqualByComparingTo("9");
        assertThat(s1.messageKey()).isEqualTo("T1-A.PASS");
        assertThat(result(r, "P1-A", "school:S2/PRIMARY").verdict()).isEqualTo(Verdict.FAIL);
        IndicatorResult all = result(r, "P1-ALL", "district:100001");
        assertThat(all.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(all.failing()).containsExactly("school:S2/PRIMARY");
        assertThat(all.children()).extracting(c -> c.indicator() + " " + c.subject() + " " + c.verdict())
                .containsExactly("P1-A school:S1/PRIMARY PASS", "P1-A school:S2/PRIMARY FAIL");
    }

    @Test
    void render_explainsARefWithTheTemplateOfTheStandardThatDecidesIt() {
        EvaluationReport r = Holder.ALL.explanations().render(
                Holder.ALL.evaluate(district(), null, EvaluationListener.NONE, List.of("P1")), Locale.ENGLISH);
        assertThat(result(r, "P1-A", "school:S2/PRIMARY").explanation())
                .isEqualTo("Area per student at 学校S2 (primary) is 3.00 m² per student, below the standard of 4.5.");
    }

    @Test
    void evaluate_evaluatesAnIncludedStandardOnceThoughTwoStandardsIncludeIt() {
        List<String> fired = new ArrayList<>();
        EvaluationListener listener = new EvaluationListener() {
            @Override
            public void ruleFired(String standard, String rule) {
                fired.add(standard + ": " + rule);
            }
        };
        EvaluationReport r = Holder.ALL.evaluate(district(), null, listener, List.of("P1", "P2"));
        assertThat(fired).filteredOn(f -> f.equals("T1: T1-A derive")).hasSize(2);   // one per school part
        assertThat(fired).filteredOn(f -> f.startsWith("P1: P1-ALL tally")).hasSize(1);
        assertThat(r.standards()).containsExactly("P1", "P2");
        assertThat(result(r, "P2-P1", "district:100001").verdict()).isEqualTo(Verdict.FAIL);
        assertThat(result(r, "P2-ALL", "district:100001").verdict()).isEqualTo(Verdict.FAIL);
        assertThat(result(r, "P2-ALL", "district:100001").children()).extracting(c -> c.indicator())
                .containsExactly("P2-P1");
    }

    @Test
    void evaluate_givesByteIdenticalReportsForTheSameFacts() {
        String a = ReportJson.toJson(Holder.ALL.evaluate(district()));
        String b = ReportJson.toJson(Holder.ALL.evaluate(district()));
        assertThat(a).isEqualTo(b);
        assertThat(Holder.ALL.evaluate(district()).standards()).containsExactly("T1", "P1", "P2");
    }

    @Test
    void builder_withOnlyTheProfile_compilesWhatItIncludesButReportsOnlyTheProfile() {
        Evaluator p2 = Evaluator.builder().rulesDirectory(RuleSetFixtures.path("profile")).standards("P2").build();
        assertThat(p2.standards()).containsExactly("P2");
        EvaluationReport r = p2.evaluate(district());
        assertThat(r.results()).extracting(IndicatorResult::indicator).containsOnly("P2-A", "P2-P1", "P2-ALL");
        assertThatThrownBy(() -> p2.evaluate(district(), null, EvaluationListener.NONE, List.of("T1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("T1");
    }

    @Test
    void applicableStandards_followAppliesWhen() {
        assertThat(Holder.ALL.applicableStandards(district())).containsExactly("T1", "P1", "P2");
        // T1 needs schools; the profiles declare nothing, so they apply always
        assertThat(Holder.ALL.applicableStandards(RuleSetFixtures.district())).containsExactly("P1", "P2");
    }

    private static List<RuleProblem> problems(Path rules) {
        try {
            Evaluator.builder().rulesDirectory(rules).build();
        } catch (RulesException e) {
            assertThat(e.code()).isEqualTo("rules.invalid");
            return e.problems();
        }
        throw new AssertionError("the rule set built");
    }

    @Test
    void includeCycle_isACatalogErrorWithItsLine(@TempDir Path dir) {
        Path rules = RuleSetFixtures.copy("profile", dir);
        RuleSetFixtures.edit(rules.resolve("T1/catalog.yaml"), "appliesWhen: [schools]\n",
                "appliesWhen: [schools]\nincludes: [P2]\n");
        // reported where the cycle closes: P2 (line 3) includes T1, which includes P2
        assertThat(problems(rules)).contains(new RuleProblem("P2/catalog.yaml", 3, 1,
                "include cycle: T1 includes P2 includes T1"));
    }

    @Test
    void refToAnUnknownIndicator_andIncludeOfAnUnknownStandard_areNamedWithTheirLines(@TempDir Path dir) {
        Path rules = RuleSetFixtures.copy("profile", dir);
        RuleSetFixtures.edit(rules.resolve("P1/catalog.yaml"), "{ref: T1-A, id: P1-A", "{ref: T1-Z, id: P1-A");
        RuleSetFixtures.edit(rules.resolve("P2/catalog.yaml"), "includes: [T1, P1]", "includes: [T1, P1, T9]");
        List<RuleProblem> p = problems(rules);
        assertThat(p).anySatisfy(x -> {
            assertThat(x.file()).isEqualTo("P2/catalog.yaml");
            assertThat(x.line()).isEqualTo(3);
            assertThat(x.message()).isEqualTo("P2 includes T9, which is not a standard of this rule set "
                    + "(ruleset.yaml lists [T1, P1, P2])");
        });
        // refs are resolved once the includes are sound: fix the include, and the ref is reported
        RuleSetFixtures.edit(rules.resolve("P2/catalog.yaml"), "includes: [T1, P1, T9]", "includes: [T1, P1]");
        assertThat(problems(rules)).containsExactly(new RuleProblem("P1/catalog.yaml", 8, 1,
                "indicator P1-A refers to T1-Z, which is not an indicator of the standards P1 includes [T1]"));
    }

    @Test
    void ruleOfTheProfile_mayNotDecideARef(@TempDir Path dir) {
        Path rules = RuleSetFixtures.copy("profile", dir);
        RuleSetFixtures.edit(rules.resolve("P1/P1-ALL-overall.drl"), "rule \"P1-ALL pass\"",
                "rule \"P1-ALL extra\"\n    @indicator(\"P1-ALL\")\nwhen\n    $d : DistrictFact( )\nthen\n"
                        + "    insert( Outcome.notApplicable( \"P1-A\", \"school:S1/PRIMARY\", \"x\" ) );\nend\n\n"
                        + "rule \"P1-ALL pass\"");
        Evaluator e = Evaluator.builder().rulesDirectory(rules).standards("P1").build();
        assertThatThrownBy(() -> e.evaluate(district())).hasMessageContaining("P1-A")
                .hasMessageContaining("not in the catalog");
    }
}
