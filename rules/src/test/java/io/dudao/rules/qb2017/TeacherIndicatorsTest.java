package io.dudao.rules.qb2017;

import static io.dudao.rules.Fixtures.evaluate;
import static io.dudao.rules.Fixtures.junior;
import static io.dudao.rules.Fixtures.primary;
import static io.dudao.rules.Fixtures.school;
import static io.dudao.rules.qb2017.Results.assertJudged;
import static io.dudao.rules.qb2017.Results.assertMissing;
import static org.assertj.core.api.Assertions.assertThat;

import io.dudao.api.EvaluationReport;
import io.dudao.api.IndicatorResult;
import io.dudao.api.Operator;
import io.dudao.api.Verdict;
import io.dudao.facts.SchoolType;
import io.dudao.facts.Stage;
import org.junit.jupiter.api.Test;

/**
 * QB2017-R1 (qualified teachers), R2 (backbone teachers) and R3 (PE and arts teachers), each per 100
 * students of the school part: 100 × teachers ÷ students against 4.2 / 5.3, 1 / 1 and 0.9 / 0.9
 * (primary / junior). Every case starts from a school that meets everything and changes one count.
 */
class TeacherIndicatorsTest {

    // ---- R1 每百名学生拥有高于规定学历教师数 ---------------------------------------------------------

    @Test
    void r1_passesWhenQualifiedTeachersAbovePrimaryThreshold() {
        // 100 × 30 / 500 = 6.0 ≥ 4.2
        EvaluationReport r = evaluate(school("S1").students(500).qualified(30));

        IndicatorResult res = assertJudged(r, "QB2017-R1", primary("S1"), Verdict.PASS, "6", "4.2");
        assertThat(res.operator()).isEqualTo(Operator.GE);
        assertThat(res.value()).isEqualByComparingTo("6.00");
        assertThat(res.thresholdSource()).isEqualTo("national");
        assertThat(res.rules()).isNotEmpty();
    }

    @Test
    void r1_failsWhenQualifiedTeachersBelowPrimaryThreshold() {
        // 100 × 20 / 500 = 4.0 < 4.2
        EvaluationReport r = evaluate(school("S1").students(500).qualified(20));

        assertJudged(r, "QB2017-R1", primary("S1"), Verdict.FAIL, "4", "4.2");
    }

    @Test
    void r1_passesExactlyOnPrimaryThreshold() {
        // 100 × 21 / 500 = 4.2 exactly
        EvaluationReport r = evaluate(school("S1").students(500).qualified(21));

        assertJudged(r, "QB2017-R1", primary("S1"), Verdict.PASS, "4.2", "4.2");
    }

    @Test
    void r1_insufficientDataNamingTheFieldWhenQualifiedCountMissing() {
        EvaluationReport r = evaluate(school("S1").students(500).qualified(null));

        IndicatorResult res = assertMissing(r, "QB2017-R1", primary("S1"), "teachers.primary.aboveRequiredQualification");
        assertThat(res.reason()).isEqualTo("missing-input");
        assertThat(res.threshold()).isEqualByComparingTo("4.2");
    }

    @Test
    void r1_juniorPartPassesExactlyOnJuniorThreshold() {
        // junior school: 100 × 53 / 1000 = 5.3 exactly
        EvaluationReport r = evaluate(school("S1").type(SchoolType.JUNIOR).students(1000).qualified(Stage.JUNIOR, 53));

        assertJudged(r, "QB2017-R1", junior("S1"), Verdict.PASS, "5.3", "5.3");
    }

    @Test
    void r1_juniorPartFailsBelowJuniorThresholdThoughAbovePrimaryOne() {
        // 100 × 52 / 1000 = 5.2: would meet the primary 4.2, misses the junior 5.3
        EvaluationReport r = evaluate(school("S1").type(SchoolType.JUNIOR).students(1000).qualified(Stage.JUNIOR, 52));

        assertJudged(r, "QB2017-R1", junior("S1"), Verdict.FAIL, "5.2", "5.3");
    }

    @Test
    void r1_juniorMissingNamesTheJuniorTeacherField() {
        EvaluationReport r = evaluate(school("S1").type(SchoolType.JUNIOR).students(500).qualified(Stage.JUNIOR, null));

        assertMissing(r, "QB2017-R1", junior("S1"), "teachers.junior.aboveRequiredQualification");
    }

    // ---- R2 每百名学生拥有县级以上骨干教师数 ---------------------------------------------------------

    @Test
    void r2_passesWhenBackboneTeachersAboveThreshold() {
        // 100 × 10 / 500 = 2.0 ≥ 1
        EvaluationReport r = evaluate(school("S1").students(500).backbone(10));

        assertJudged(r, "QB2017-R2", primary("S1"), Verdict.PASS, "2", "1");
    }

    @Test
    void r2_failsWhenBackboneTeachersBelowThreshold() {
        // 100 × 4 / 500 = 0.8 < 1
        EvaluationReport r = evaluate(school("S1").students(500).backbone(4));

        assertJudged(r, "QB2017-R2", primary("S1"), Verdict.FAIL, "0.8", "1");
    }

    @Test
    void r2_passesExactlyOnThreshold() {
        // 100 × 5 / 500 = 1 exactly
        EvaluationReport r = evaluate(school("S1").students(500).backbone(5));

        assertJudged(r, "QB2017-R2", primary("S1"), Verdict.PASS, "1", "1");
    }

    @Test
    void r2_insufficientDataNamingTheFieldWhenBackboneCountMissing() {
        EvaluationReport r = evaluate(school("S1").students(500).backbone(null));

        assertMissing(r, "QB2017-R2", primary("S1"), "teachers.primary.backboneCountyPlus");
    }

    @Test
    void r2_juniorPartUsesJuniorThreshold() {
        // junior school: 100 × 5 / 500 = 1 exactly, junior threshold also 1
        EvaluationReport r = evaluate(school("S1").type(SchoolType.JUNIOR).students(500).backbone(Stage.JUNIOR, 5));

        assertJudged(r, "QB2017-R2", junior("S1"), Verdict.PASS, "1", "1");
    }

    // ---- R3 每百名学生拥有体育、艺术(美术、音乐)专任教师数 -----------------------------------------------

    @Test
    void r3_passesWhenPeAndArtsTeachersAboveThreshold() {
        // 100 × (6 + 3 + 3 + 1) / 1000 = 1.3 ≥ 0.9
        EvaluationReport r = evaluate(school("S1").students(1000).peArts(6, 3, 3, 1));

        assertJudged(r, "QB2017-R3", primary("S1"), Verdict.PASS, "1.3", "0.9");
    }

    @Test
    void r3_failsWhenPeAndArtsTeachersBelowThreshold() {
        // 100 × (3 + 2 + 2 + 1) / 1000 = 0.8 < 0.9
        EvaluationReport r = evaluate(school("S1").students(1000).peArts(3, 2, 2, 1));

        assertJudged(r, "QB2017-R3", primary("S1"), Verdict.FAIL, "0.8", "0.9");
    }

    @Test
    void r3_passesExactlyOnThresholdCountingAllFourSubjects() {
        // 100 × (3 + 2 + 2 + 2) / 1000 = 0.9 exactly: music, fine art and general arts all count
        EvaluationReport r = evaluate(school("S1").students(1000).peArts(3, 2, 2, 2));

        assertJudged(r, "QB2017-R3", primary("S1"), Verdict.PASS, "0.9", "0.9");
    }

    @Test
    void r3_insufficientDataNamingTheFieldWhenPeCountMissing() {
        EvaluationReport r = evaluate(school("S1").students(1000).peArts(null, 2, 2, 2));

        IndicatorResult res = assertMissing(r, "QB2017-R3", primary("S1"), "teachers.primary.pe");
        assertThat(res.missing()).hasSize(1);
    }

    @Test
    void r3_insufficientDataNamingEveryMissingSubjectCount() {
        EvaluationReport r = evaluate(school("S1").students(1000).peArts(5, null, 2, null));

        IndicatorResult res = assertMissing(r, "QB2017-R3", primary("S1"), "teachers.primary.music");
        assertThat(res.missing()).extracting(m -> m.field())
                .containsExactlyInAnyOrder("teachers.primary.music", "teachers.primary.arts");
    }

    @Test
    void r3_juniorPartUsesJuniorThreshold() {
        // junior school: 100 × (2 + 1 + 1 + 0) / 500 = 0.8 < 0.9
        EvaluationReport r = evaluate(school("S1").type(SchoolType.JUNIOR).students(500)
                .peArts(Stage.JUNIOR, 2, 1, 1, 0));

        assertJudged(r, "QB2017-R3", junior("S1"), Verdict.FAIL, "0.8", "0.9");
    }

    // ---- all three ------------------------------------------------------------------------------

    @Test
    void teacherIndicators_insufficientDataWhenTheStageReportsNoTeachersAtAll() {
        EvaluationReport r = evaluate(school("S1").students(500).noTeachers(Stage.PRIMARY));

        assertMissing(r, "QB2017-R1", primary("S1"), "teachers.primary.aboveRequiredQualification");
        assertMissing(r, "QB2017-R2", primary("S1"), "teachers.primary.backboneCountyPlus");
        assertMissing(r, "QB2017-R3", primary("S1"), "teachers.primary.pe");
        // missing data is never PASS, also one level up
        assertThat(r.result("QB2017-RA", primary("S1")).verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
    }
}
