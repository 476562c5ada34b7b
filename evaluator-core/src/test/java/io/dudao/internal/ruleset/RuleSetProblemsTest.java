package io.dudao.internal.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dudao.api.Evaluator;
import io.dudao.api.RuleProblem;
import io.dudao.api.RulesException;
import io.dudao.internal.engine.RuleSetFixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken rule set is reported whole: every problem, with its file and line. */
class RuleSetProblemsTest {

    private static List<RuleProblem> problems(Path rules, String code) {
        try {
            Evaluator.builder().rulesDirectory(rules).build();
        } catch (RulesException e) {
            assertThat(e.code()).isEqualTo(code);
            return e.problems();
        }
        throw new AssertionError("the rule set built");
    }

    @Test
    void drlSyntaxError_namesFileAndLine(@TempDir Path dir) {
        Path rules = RuleSetFixtures.copy("basic", dir);
        RuleSetFixtures.edit(rules.resolve("T1/T1-A-area.drl"), "$t : Threshold( indicator == \"T1-A\", stage == $m.stage, value > $v )",
                "$t : Threshold( indicator == \"T1-A\", stage == $m.stage, value > $v ");
        List<RuleProblem> p = problems(rules, "rules.invalid");
        assertThat(p).isNotEmpty();
        assertThat(p).allSatisfy(x -> assertThat(x.file()).isEqualTo("T1/T1-A-area.drl"));
        assertThat(p.get(0).line()).isBetween(24, 30);
    }

    @Test
    void unknownTypeInRule_namesFileAndLine(@TempDir Path dir) {
        Path rules = RuleSetFixtures.copy("basic", dir);
        RuleSetFixtures.edit(rules.resolve("T1/T1-A-area.drl"), "$p : SchoolPart( )", "$p : SchoolPartz( )");
        List<RuleProblem> p = problems(rules, "rules.invalid");
        assertThat(p).anySatisfy(x -> {
            assertThat(x.file()).isEqualTo("T1/T1-A-area.drl");
            assertThat(x.line()).isPositive();
        });
    }

    @Test
    void ruleFileInTheWrongPackage_isNamed(@TempDir Path dir) {
        Path rules = RuleSetFixtures.copy("basic", dir);
        RuleSetFixtures.edit(rules.resolve("T1/T1-A-area.drl"), "package dudao.rules.t1;", "package other;");
        assertThat(problems(rules, "rules.invalid")).containsExactly(new RuleProblem("T1/T1-A-area.drl", 1, 1,
                "declares package other, but rules of standard T1 belong to package dudao.rules.t1"));
    }

    @Test
    void catalogProblems_areAllReportedWithLines(@TempDir Path dir) {
        Path rules = RuleSetFixtures.copy("basic", dir);
        Path catalog = rules.resolve("T1/catalog.yaml");
        RuleSetFixtures.edit(catalog, "    operator: GE", "    operator: GREATER");
        RuleSetFixtures.edit(catalog, "    status: SEC", "    status: MAYBE\n    colour: red");
        List<RuleProblem> p = problems(rules, "rules.invalid");
        assertThat(p).extracting(RuleProblem::toString).anySatisfy(s -> assertThat(s)
                .startsWith("T1/catalog.yaml:12:").contains("'GREATER' is not one of"));
        assertThat(p).extracting(RuleProblem::toString).anySatisfy(s -> assertThat(s)
                .contains("status must be one of").contains("MAYBE"));
        assertThat(p).extracting(RuleProblem::toString).anySatisfy(s -> assertThat(s)
                .contains("unknown key 'colour'"));
    }

    @Test
    void thresholdWithTheWrongDirection_isAParameterProblem(@TempDir Path dir) {
        Path rules = RuleSetFixtures.copy("basic", dir);
        RuleSetFixtures.edit(rules.resolve("T1/parameters.yaml"), "direction: MIN", "direction: MAX");
        assertThat(problems(rules, "parameters.invalid")).extracting(RuleProblem::toString).containsExactly(
                "T1/parameters.yaml:4:1: T1-A.threshold has direction MAX, but indicator T1-A compares with GE: expected MIN");
    }

    @Test
    void missingThresholdAndUnknownIndicator_areParameterProblems(@TempDir Path dir) {
        Path rules = RuleSetFixtures.copy("basic", dir);
        RuleSetFixtures.edit(rules.resolve("T1/parameters.yaml"), "key: T1-A.threshold", "key: T1-B.threshold");
        assertThat(problems(rules, "parameters.invalid")).extracting(RuleProblem::message).containsExactly(
                "threshold T1-B.threshold names indicator T1-B, which is not in the catalog",
                "indicator T1-A compares with a threshold but the file has no parameter T1-A.threshold");
    }

    @Test
    void yamlSyntaxError_namesTheLine(@TempDir Path dir) {
        Path rules = RuleSetFixtures.copy("basic", dir);
        RuleSetFixtures.edit(rules.resolve("T1/parameters.yaml"), "    value: {PRIMARY: 4.5, JUNIOR: 5.8}",
                "    value: {PRIMARY: 4.5, JUNIOR: 5.8");
        List<RuleProblem> p = problems(rules, "parameters.invalid");
        assertThat(p).hasSize(1);
        assertThat(p.get(0).file()).isEqualTo("T1/parameters.yaml");
        assertThat(p.get(0).line()).isBetween(5, 7);
    }

    @Test
    void standardNotInTheRuleSet_isNamedWithTheAvailableOnes() {
        assertThatThrownBy(() -> Evaluator.builder().rulesDirectory(RuleSetFixtures.path("basic")).standards("QB2017").build())
                .isInstanceOf(RulesException.class)
                .hasMessageContaining("standard QB2017 is not in rule set test-basic (it has [T1])");
    }

    @Test
    void builder_rejectsASecondRuleSourceNamingTheFirst() {
        assertThatThrownBy(() -> Evaluator.builder().bundledRules().rulesDirectory(RuleSetFixtures.path("basic")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("rules already come from the bundled rules");
    }

    @Test
    void errorOnlyTheExecutableModelReports_isMappedToTheFileAndRule(@TempDir Path dir) throws java.io.IOException {
        Path rules = RuleSetFixtures.copy("basic", dir);
        // Arithmetic on a field of the pattern and a bound variable compiles as DRL but not in the executable model.
        java.nio.file.Files.writeString(rules.resolve("T1/T1-D-district.drl"), """
                package dudao.rules.t1;
                import io.dudao.rulemodel.*;

                rule "T1-D fine"
                    @indicator("T1-D")
                when
                    DistrictFact( )
                then
                end

                rule "T1-D arithmetic"
                    @indicator("T1-D")
                when
                    Param( key == "T1.min", $min : integer )
                    $t : Tally( fail <= applicable - $min )
                then
                end
                """);
        List<RuleProblem> p = problems(rules, "rules.invalid");
        assertThat(p).hasSize(1);
        assertThat(p.get(0).file()).isEqualTo("T1/T1-D-district.drl");
        assertThat(p.get(0).line()).isEqualTo(11);
        assertThat(p.get(0).message()).startsWith("rule \"T1-D arithmetic\" does not compile with the executable model: ");
    }
}
