package io.dudao.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.dudao.api.Evaluator;
import io.dudao.api.RuleProblem;
import io.dudao.api.RulesException;
import io.dudao.internal.engine.RuleSetFixtures;
import io.dudao.internal.ruleset.RuleSetLoader;
import io.dudao.internal.ruleset.RuleSetSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Building an evaluator checks the templates: one per verdict an indicator can produce in each locale,
 * placeholders that resolve, no orphans; every problem with the properties file and line.
 */
class TemplateChecksTest {

    private static final String ZH = "T1/messages_zh_CN.properties";
    private static final String EN = "T1/messages_en.properties";

    /** The problems of the templates of rule set {@code rules}, without compiling its rules. */
    private static List<RuleProblem> problems(Path rules) {
        List<RuleProblem> problems = new ArrayList<>();
        DefaultExplanations.build(RuleSetLoader.load(RuleSetSource.directory(rules)).standards(), problems);
        return problems;
    }

    private static Path basic(Path dir) {
        return RuleSetFixtures.copy("basic", dir);
    }

    @Test
    void theFixtureTemplates_haveNoProblem() {
        assertThat(problems(RuleSetFixtures.path("basic"))).isEmpty();
    }

    @Test
    void missingTemplate_isNamedWithFileAndTheLineOfItsIndicator(@TempDir Path dir) {
        Path rules = basic(dir);
        RuleSetFixtures.edit(rules.resolve(EN), "T1-A.FAIL={{indicatorName}} at {{subjectName}} is {{value}} {{unit}}, below the standard of {{threshold}}.\n", "");
        assertThat(problems(rules)).extracting(RuleProblem::toString).containsExactly(
                EN + ":2:1: no template T1-A.FAIL: T1-A needs one for each verdict it can produce (its catalog entry lists FAIL)");
    }

    @Test
    void missingInsufficientDataTemplate_isRequiredEvenWhenTheCatalogDoesNotListIt(@TempDir Path dir) throws IOException {
        Path rules = basic(dir);
        RuleSetFixtures.edit(rules.resolve("T1/catalog.yaml"), "verdicts: [PASS, FAIL, INSUFFICIENT_DATA]", "verdicts: [PASS, FAIL]");
        assertThat(problems(rules)).isEmpty();
        Path zh = rules.resolve(ZH);
        Files.writeString(zh, Files.readString(zh).replaceAll("(?m)^T1-A\\.INSUFFICIENT_DATA=.*\\\\\n.*\n", ""));
        assertThat(problems(rules)).extracting(RuleProblem::toString).containsExactly(ZH + ":2:1: no template "
                + "T1-A.INSUFFICIENT_DATA: T1-A needs one for each verdict it can produce (the completeness guard gives"
                + " INSUFFICIENT_DATA when no rule decides it)");
    }

    @Test
    void unknownPlaceholder_isNamedWithLineAndColumn_andWhatCanBeUsed(@TempDir Path dir) {
        Path rules = basic(dir);
        RuleSetFixtures.edit(rules.resolve(ZH), "低于标准{{threshold}}", "低于标准{{treshold}}");
        List<RuleProblem> p = problems(rules);
        assertThat(p).hasSize(1);
        assertThat(p.get(0).file()).isEqualTo(ZH);
        assertThat(p.get(0).line()).isEqualTo(3);
        assertThat(p.get(0).column()).isEqualTo("T1-A.FAIL={{subjectName}}{{indicatorName}}为{{value}}{{unit}}，低于标准".length() + 1);
        assertThat(p.get(0).message()).startsWith("T1-A.FAIL: {{treshold}} is not an argument of a FAIL result of T1-A"
                + " (a school part judged against a threshold); it can use ").contains("threshold, ");
    }

    @Test
    void placeholderOfAnotherVerdict_doesNotResolve(@TempDir Path dir) {
        Path rules = basic(dir);
        // an undecided result has no value
        RuleSetFixtures.edit(rules.resolve(EN), "{{subjectName}} cannot be decided ({{reasonText}})",
                "{{subjectName}} cannot be decided ({{value}})");
        assertThat(problems(rules)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(EN);
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).contains("{{value}} is not an argument of an INSUFFICIENT_DATA result of T1-A");
        });
    }

    @Test
    void aValueSomeResultsLack_mustBeInsideItsSection(@TempDir Path dir) {
        Path rules = basic(dir);
        RuleSetFixtures.edit(rules.resolve(ZH), "达到标准{{threshold}}{{unit}}。", "达到标准{{threshold}}{{unit}}（{{noteText}}）。");
        assertThat(problems(rules)).extracting(RuleProblem::message).containsExactly("T1-A.PASS: {{noteText}} may be "
                + "absent in a PASS result of T1-A (a school part judged against a threshold); write it inside "
                + "{{#noteText}}…{{/noteText}}");
        RuleSetFixtures.edit(rules.resolve(ZH), "（{{noteText}}）", "{{#noteText}}（{{noteText}}）{{/noteText}}");
        assertThat(problems(rules)).isEmpty();
    }

    @Test
    void listItemNames_resolveOnlyInsideTheList(@TempDir Path dir) {
        Path rules = basic(dir);
        RuleSetFixtures.edit(rules.resolve(ZH), "{{#missing}}{{#first}}：{{/first}}{{sep}}{{#fields}}{{sep}}{{text}}{{/fields}}{{/missing}}",
                "{{label}}{{missing}}");
        assertThat(problems(rules)).extracting(RuleProblem::message).containsExactly(
                "T1-A.INSUFFICIENT_DATA: {{label}} is not an argument of an INSUFFICIENT_DATA result of T1-A (a school part"
                        + " judged against a threshold); it can use " + String.join(", ", new java.util.TreeSet<>(
                        Vocabulary.of(indicatorA(rules), io.dudao.api.Verdict.INSUFFICIENT_DATA, RuleArguments.scan(
                                RuleSetLoader.load(RuleSetSource.directory(rules)).standards().get(0))).keySet())),
                "T1-A.INSUFFICIENT_DATA: {{missing}} may be absent in an INSUFFICIENT_DATA result of T1-A (a school"
                        + " part judged against a threshold); write it inside {{#missing}}…{{/missing}}",
                "T1-A.INSUFFICIENT_DATA: {{missing}} is a list; write its items with {{#missing}}{{sep}}…{{/missing}}");
    }

    private static io.dudao.api.Indicator indicatorA(Path rules) {
        return RuleSetLoader.load(RuleSetSource.directory(rules)).standards().get(0).indicators().get(0);
    }

    @Test
    void orphanTemplates_areNamed(@TempDir Path dir) throws IOException {
        Path rules = basic(dir);
        Files.writeString(rules.resolve(EN), Files.readString(rules.resolve(EN))
                + "T1-A.NOT_APPLICABLE=never\nT1-X.PASS=no such indicator\nT1-A.MAYBE=no such verdict\ncommon.colour.red=red\n"
                + "hello=world\n");
        assertThat(problems(rules)).extracting(RuleProblem::toString).containsExactly(
                EN + ":38:1: key T1-A.NOT_APPLICABLE: T1-A cannot produce NOT_APPLICABLE (its catalog verdicts are"
                        + " [PASS, FAIL, INSUFFICIENT_DATA]); remove the template or add the verdict to the catalog",
                EN + ":39:1: key T1-X.PASS names no indicator of T1's catalog; keys are <indicator>.<VERDICT> (e.g."
                        + " T1-A.FAIL) or common.*",
                EN + ":40:1: key T1-A.MAYBE: 'MAYBE' is not a verdict [PASS, FAIL, NOT_APPLICABLE, INSUFFICIENT_DATA]",
                EN + ":41:1: key common.colour.red: unknown shared key; common.* has stage, verdict, reason, note, field,"
                        + " list, number and format",
                EN + ":42:1: key hello names no indicator of T1's catalog; keys are <indicator>.<VERDICT> (e.g."
                        + " T1-A.FAIL) or common.*");
    }

    @Test
    void sharedTextTheRendererNeeds_isRequired_andLocalesHaveTheSameKeys(@TempDir Path dir) {
        Path rules = basic(dir);
        RuleSetFixtures.edit(rules.resolve(ZH), "common.reason.no-outcome=规则未给出结论\n", "");
        RuleSetFixtures.edit(rules.resolve(ZH), "common.format.zeroField={{label}}为0\n", "");
        RuleSetFixtures.edit(rules.resolve(EN), "common.field.areaTeachingAux=teaching and auxiliary floor area\n", "");
        assertThat(problems(rules)).extracting(RuleProblem::toString).containsExactlyInAnyOrder(
                ZH + ":18:1: no shared text common.reason.no-outcome: every bundle needs it",
                ZH + ":32:1: no shared template common.format.zeroField: every bundle needs it",
                EN + ":26:1: no common.field.areaTeachingAux, which " + ZH + " has on line 25: every locale has the same keys");
    }

    @Test
    void missingBundle_isNamed(@TempDir Path dir) throws IOException {
        Path rules = basic(dir);
        Files.delete(rules.resolve(EN));
        Files.writeString(rules.resolve("T1/messages_fr.properties"), "T1-A.PASS=réussi\n");
        assertThat(problems(rules)).extracting(RuleProblem::toString).containsExactly(
                "T1/messages_fr.properties:0:0: explanations are written in zh-CN (default), en only (files"
                        + " [messages_en.properties, messages_zh_CN.properties]); remove or rename messages_fr.properties",
                EN + ":0:0: standard T1 has no messages_en.properties: every standard explains its results in zh-CN"
                        + " (default), en");
    }

    @Test
    void syntaxErrors_partialsAndDuplicates_areNamedWithTheirLine(@TempDir Path dir) {
        Path rules = basic(dir);
        RuleSetFixtures.edit(rules.resolve(EN), "T1-D.PASS={{indicatorName}} of {{districtName}} is met",
                "T1-D.PASS={{#passed}}{{indicatorName}} of {{districtName}} is met");
        RuleSetFixtures.edit(rules.resolve(EN), "T1-D.NOT_APPLICABLE={{indicatorName}}", "T1-D.NOT_APPLICABLE={{> other}}{{indicatorName}}");
        RuleSetFixtures.edit(rules.resolve(EN), "common.stage.JUNIOR=junior secondary", "common.stage.JUNIOR=junior secondary\ncommon.stage.JUNIOR=junior");
        assertThat(problems(rules)).extracting(RuleProblem::toString).containsExactly(
                EN + ":14:1: key common.stage.JUNIOR appears twice (first on line 13)",
                EN + ":7:1: T1-D.PASS: template syntax: Failed to close 'passed' tag",
                EN + ":10:1: T1-D.NOT_APPLICABLE: template syntax: partials ({{> name}}) are not supported");
    }

    @Test
    void argumentsARuleAdds_canBeUsedWhereThatRuleProducesTheVerdict(@TempDir Path dir) throws IOException {
        Path rules = basic(dir);
        Files.writeString(rules.resolve("T1/T1-D-district.drl"), """
                package dudao.rules.t1;
                import io.dudao.api.Verdict;
                import io.dudao.rulemodel.*;
                import accumulate io.dudao.internal.rules.TallyFunction tally;
                rule "T1-D tally"
                    @indicator("T1-D")
                when
                    $d : DistrictFact( )
                    $t : Tally( ) from accumulate( $o : Outcome( indicator == "T1-A" ), tally( $o ) )
                then
                    insert( $t.as( "T1-D", $d.subject() ) );
                end
                rule "T1-D pass" // a comment: .with( "ignored", 1 )
                    @indicator("T1-D")
                when
                    $t : Tally( indicator == "T1-D", fail == 0 )
                then
                    insert( Outcome.rolledUp( $t, Verdict.PASS ).with( "minimum", 3 ) );
                end
                """);
        RuleSetFixtures.edit(rules.resolve(ZH), "T1-D.PASS={{districtName}}{{indicatorName}}达标：", "T1-D.PASS={{districtName}}{{indicatorName}}达标（至少{{minimum}}项）：");
        RuleSetFixtures.edit(rules.resolve(ZH), "T1-D.FAIL={{districtName}}{{indicatorName}}未达标：", "T1-D.FAIL={{districtName}}{{indicatorName}}未达标（{{minimum}}{{ignored}}）：");
        assertThat(problems(rules)).extracting(RuleProblem::message).containsExactly(
                "T1-D.FAIL: {{minimum}} is not an argument of a FAIL result of T1-D (a roll-up of child results); it can use "
                        + "applicable, clause, districtCode, districtName, failed, failedPercent, indicator, indicatorName, "
                        + "missed, missedByIndicator, missedCount, notApplicable, notApplicablePercent, passed, passedPercent, "
                        + "subject, subjectName, undecided, undecidedChildren, undecidedChildrenCount, undecidedPercent, "
                        + "unit, verdict, verdictName",
                "T1-D.FAIL: {{ignored}} is not an argument of a FAIL result of T1-D (a roll-up of child results); it can use "
                        + "applicable, clause, districtCode, districtName, failed, failedPercent, indicator, indicatorName, "
                        + "missed, missedByIndicator, missedCount, notApplicable, notApplicablePercent, passed, passedPercent, "
                        + "subject, subjectName, undecided, undecidedChildren, undecidedChildrenCount, undecidedPercent, "
                        + "unit, verdict, verdictName");
    }

    @Test
    void buildingAnEvaluator_reportsTemplateProblemsAsRulesInvalid_withTheRuleProblemsToo(@TempDir Path dir) {
        Path rules = basic(dir);
        RuleSetFixtures.edit(rules.resolve(ZH), "低于标准{{threshold}}", "低于标准{{limit}}");
        RuleSetFixtures.edit(rules.resolve("T1/T1-A-area.drl"), "$p : SchoolPart( )", "$p : SchoolPartz( )");
        try {
            Evaluator.builder().rulesDirectory(rules).build();
            throw new AssertionError("the rule set built");
        } catch (RulesException e) {
            assertThat(e.code()).isEqualTo("rules.invalid");
            assertThat(e.problems()).extracting(RuleProblem::file).contains("T1/T1-A-area.drl", ZH);
            assertThat(e.getMessage()).contains(ZH + ":3:").contains("{{limit}}");
        }
    }
}
