package io.dudao.rules.qb2017;

import static io.dudao.rules.Fixtures.R;
import static io.dudao.rules.Fixtures.districtSubject;
import static io.dudao.rules.Fixtures.evaluate;
import static io.dudao.rules.Fixtures.junior;
import static io.dudao.rules.Fixtures.primary;
import static io.dudao.rules.Fixtures.school;
import static io.dudao.rules.Fixtures.stage;
import static io.dudao.rules.qb2017.Results.assertCloseTo;
import static io.dudao.rules.qb2017.Results.assertJudged;
import static io.dudao.rules.qb2017.Results.assertMissing;
import static io.dudao.rules.qb2017.Results.assertVerdict;
import static io.dudao.rules.qb2017.Results.div;
import static io.dudao.rules.qb2017.Results.result;
import static io.dudao.rules.qb2017.Results.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.dudao.api.EvaluationReport;
import io.dudao.api.Verdict;
import io.dudao.facts.SchoolType;
import io.dudao.facts.Stage;
import org.junit.jupiter.api.Test;

/**
 * The stage split of multi-stage schools (STANDARDS §2.2): a part's share of the school's teaching area,
 * indoor sports area, sports field, equipment value and multimedia classrooms is
 * w_s·N_s / Σ_t w_t·N_t with weights PRIMARY 1, JUNIOR 1.1, SENIOR 1.32 over all stages of the school,
 * senior included. Teachers are reported per stage and never split. So with W = Σ w_t·N_t, a part's
 * per-student value of a split asset X is w_s·X / W.
 */
class StageSplitTest {

    @Test
    void nineYear_r4R5R6R7PerPartEqualTheHandComputedSplit() {
        // A = 300 primary, B = 200 junior: W = 300 + 1.1·200 = 520.
        // primary share 300/520, junior share 220/520; per student: primary X/520, junior 1.1·X/520.
        EvaluationReport r = evaluate(school("S1").type(SchoolType.NINE_YEAR).enrolment(300, 200, null)
                .areaTeachingAux("4000").areaIndoorSports("500").areaSportsField("7000")
                .equipmentValue("1700000").multimediaClassrooms("21"));

        // R4: net area 4000 − 500 = 3500 → primary 3500/520 = 6.7307692307…, junior 3850/520 = 7.4038461538…
        assertCloseTo(result(r, "QB2017-R4", primary("S1")).exactValue(), div("3500", "520"));
        assertCloseTo(result(r, "QB2017-R4", junior("S1")).exactValue(), div("3850", "520"));
        // R5: 500 + 7000 = 7500 → primary 7500/520 = 14.423076923…, junior 8250/520 = 15.865384615…
        assertCloseTo(result(r, "QB2017-R5", primary("S1")).exactValue(), div("7500", "520"));
        assertCloseTo(result(r, "QB2017-R5", junior("S1")).exactValue(), div("8250", "520"));
        // R6: 1 700 000 → primary 1700000/520 = 3269.2307692…, junior 1870000/520 = 3596.1538461…
        assertCloseTo(result(r, "QB2017-R6", primary("S1")).exactValue(), div("1700000", "520"));
        assertCloseTo(result(r, "QB2017-R6", junior("S1")).exactValue(), div("1870000", "520"));
        // R7: 100 × 21 rooms → primary 2100/520 = 4.0384615384…, junior 2310/520 = 4.4423076923…
        assertCloseTo(result(r, "QB2017-R7", primary("S1")).exactValue(), div("2100", "520"));
        assertCloseTo(result(r, "QB2017-R7", junior("S1")).exactValue(), div("2310", "520"));

        for (String indicator : R) {
            assertVerdict(r, indicator, primary("S1"), Verdict.PASS);
            assertVerdict(r, indicator, junior("S1"), Verdict.PASS);
        }
        // the display value is the exact one rounded to 2 decimals
        assertThat(result(r, "QB2017-R6", primary("S1")).value()).isEqualByComparingTo("3269.23");
    }

    @Test
    void nineYear_juniorWeightDecidesTheJuniorVerdict() {
        // A = 300, B = 200, W = 520. Net area 2800: junior 1.1·2800/520 = 5.9230769… ≥ 5.8 PASS, whereas a split
        // by head count alone (2800/500 = 5.6) would FAIL; primary 2800/520 = 5.3846153… PASS.
        // Net area 2600: junior 1.1·2600/520 = 5.5 < 5.8 FAIL, primary 5.0 PASS.
        EvaluationReport enough = evaluate(school("S1").type(SchoolType.NINE_YEAR).enrolment(300, 200, null)
                .teachingAreaNet("2800"));
        EvaluationReport short_ = evaluate(school("S1").type(SchoolType.NINE_YEAR).enrolment(300, 200, null)
                .teachingAreaNet("2600"));

        assertCloseTo(result(enough, "QB2017-R4", junior("S1")).exactValue(), div("3080", "520"));
        assertCloseTo(result(enough, "QB2017-R4", primary("S1")).exactValue(), div("2800", "520"));
        assertVerdict(enough, "QB2017-R4", junior("S1"), Verdict.PASS);
        assertVerdict(enough, "QB2017-R4", primary("S1"), Verdict.PASS);

        assertCloseTo(result(short_, "QB2017-R4", junior("S1")).exactValue(), div("2860", "520"));
        assertCloseTo(result(short_, "QB2017-R4", primary("S1")).exactValue(), div("2600", "520"));
        assertVerdict(short_, "QB2017-R4", junior("S1"), Verdict.FAIL);
        assertVerdict(short_, "QB2017-R4", primary("S1"), Verdict.PASS);
    }

    @Test
    void completeMiddle_juniorShareIsWeightedAgainstSeniorStudents() {
        // B = 600 junior, C = 400 senior: junior share = 1.1B / (1.1B + 1.32C) = 660 / 1188 = 5/9
        // (= B / (B + 1.2C) = 600 / 1080, the form in the standard). Per junior student: 1.1·X / 1188.
        EvaluationReport r = evaluate(school("S1").type(SchoolType.COMPLETE_MIDDLE).enrolment(null, 600, 400)
                .areaTeachingAux("7500").areaIndoorSports("500").equipmentValue("3000000").multimediaClassrooms("30"));

        // R4: 7000 · 5/9 / 600 = 7700/1188 = 6.4814814814…
        assertCloseTo(result(r, "QB2017-R4", junior("S1")).exactValue(), div("7700", "1188"));
        assertCloseTo(result(r, "QB2017-R4", junior("S1")).exactValue(), div("7000", "1080"));
        // R6: 3 000 000 · 5/9 / 600 = 3300000/1188 = 2777.7777777…
        assertCloseTo(result(r, "QB2017-R6", junior("S1")).exactValue(), div("3300000", "1188"));
        // R7: 100 × 30 · 5/9 / 600 = 3300/1188 = 2.7777777…
        assertCloseTo(result(r, "QB2017-R7", junior("S1")).exactValue(), div("3300", "1188"));
        assertVerdict(r, "QB2017-RA", junior("S1"), Verdict.PASS);

        // a complete middle school has only a junior part: the senior stage is not evaluated
        assertThat(subjectsOf(r, "QB2017-R1")).containsExactly(junior("S1"));
        assertThat(subjectsOf(r, "QB2017-RA")).containsExactly(junior("S1"));
    }

    @Test
    void twelveYear_sharesOverAllThreeStages() {
        // A = 600, B = 400, C = 300: W = 600 + 1.1·400 + 1.32·300 = 600 + 440 + 396 = 1436.
        EvaluationReport r = evaluate(school("S1").type(SchoolType.TWELVE_YEAR).enrolment(600, 400, 300)
                .areaTeachingAux("10000").areaIndoorSports("1000").equipmentValue("5000000"));

        // R6: primary 5 000 000 / 1436 = 3481.8941504…, junior 5 500 000 / 1436 = 3830.0835654…
        assertCloseTo(result(r, "QB2017-R6", primary("S1")).exactValue(), div("5000000", "1436"));
        assertCloseTo(result(r, "QB2017-R6", junior("S1")).exactValue(), div("5500000", "1436"));
        // R4: net 9000 → primary 9000/1436 = 6.2674094707…, junior 9900/1436 = 6.8941504178…
        assertCloseTo(result(r, "QB2017-R4", primary("S1")).exactValue(), div("9000", "1436"));
        assertCloseTo(result(r, "QB2017-R4", junior("S1")).exactValue(), div("9900", "1436"));

        assertThat(subjectsOf(r, "QB2017-RA")).containsExactlyInAnyOrder(primary("S1"), junior("S1"));
    }

    @Test
    void nineYearCampusWithOnlyPrimaryStudents_hasOnlyAPrimaryPartWithTheWholeSchoolsAssets() {
        // junior enrolment 0: a plain primary school, share 1 → 1 200 000 / 500 = 2400
        EvaluationReport r = evaluate(school("S1").type(SchoolType.NINE_YEAR).enrolment(500, 0, null)
                .equipmentValue("1200000"));

        assertJudged(r, "QB2017-R6", primary("S1"), Verdict.PASS, "2400", "2000");
        for (String indicator : R) {
            assertThat(r.result(indicator, junior("S1"))).as(indicator + " junior").isNull();
            assertThat(subjectsOf(r, indicator)).as(indicator).containsExactly(primary("S1"));
        }
        assertThat(subjectsOf(r, "QB2017-RA")).containsExactly(primary("S1"));
        // no junior school part anywhere: the junior CVs have an empty stage
        assertVerdict(r, "QB2017-CV6", stage(Stage.JUNIOR), Verdict.NOT_APPLICABLE);
    }

    @Test
    void nineYearCampusWithOnlyJuniorStudents_hasOnlyAJuniorPart() {
        // primary enrolment 0: a plain junior school, share 1 → 1 300 000 / 500 = 2600
        EvaluationReport r = evaluate(school("S1").type(SchoolType.NINE_YEAR).enrolment(0, 500, null)
                .equipmentValue("1300000"));

        assertJudged(r, "QB2017-R6", junior("S1"), Verdict.PASS, "2600", "2500");
        assertThat(subjectsOf(r, "QB2017-RA")).containsExactly(junior("S1"));
    }

    @Test
    void completeMiddleCampusWithOnlySeniorStudents_hasNoCompulsoryPartAndDoesNotBlockTheDistrict() {
        // §2.2: a campus with students of one stage only is treated as a plain school of that stage; a complete
        // middle school with junior 0 and senior 800 is a plain senior high school, outside compulsory education.
        EvaluationReport r = evaluate(school("S1"), school("S2").type(SchoolType.COMPLETE_MIDDLE).enrolment(null, 0, 800));

        assertThat(subjectsOf(r, "QB2017-RA")).containsExactly(primary("S1"));
        assertVerdict(r, "QB2017-CV1", stage(Stage.JUNIOR), Verdict.NOT_APPLICABLE);
        assertVerdict(r, "QB2017-RD", districtSubject(), Verdict.PASS);
    }

    @Test
    void nineYear_teacherCountsAreNotSplit() {
        // A = 300, B = 200. Each part uses its own stage's teachers, whole, not a share of the school's:
        // junior R1 = 100 × 11 / 200 = 5.5 (≥ 5.3); primary R1 = 100 × 60 / 300 = 20.
        // junior R2 = 100 × 1 / 200 = 0.5 FAIL although the primary stage has 30 backbone teachers.
        EvaluationReport r = evaluate(school("S1").type(SchoolType.NINE_YEAR).enrolment(300, 200, null)
                .qualified(Stage.PRIMARY, 60).qualified(Stage.JUNIOR, 11)
                .backbone(Stage.PRIMARY, 30).backbone(Stage.JUNIOR, 1));

        assertJudged(r, "QB2017-R1", junior("S1"), Verdict.PASS, "5.5", "5.3");
        assertJudged(r, "QB2017-R1", primary("S1"), Verdict.PASS, "20", "4.2");
        assertJudged(r, "QB2017-R2", junior("S1"), Verdict.FAIL, "0.5", "1");
        assertJudged(r, "QB2017-R2", primary("S1"), Verdict.PASS, "10", "1");
    }

    @Test
    void nineYear_missingJuniorTeachersLeaveOnlyTheJuniorPartUndecided() {
        EvaluationReport r = evaluate(school("S1").type(SchoolType.NINE_YEAR).enrolment(300, 200, null)
                .noTeachers(Stage.JUNIOR));

        assertMissing(r, "QB2017-R1", junior("S1"), "teachers.junior.aboveRequiredQualification");
        assertVerdict(r, "QB2017-R1", primary("S1"), Verdict.PASS);
    }

    @Test
    void nineYear_unknownEnrolmentOfOneStageLeavesTheSplitAssetsOfBothPartsUnknown() {
        // the share needs every stage's enrolment; the teachers-based R1 of the primary part does not
        EvaluationReport r = evaluate(school("S1").type(SchoolType.NINE_YEAR).enrolment(300, null, null));

        assertMissing(r, "QB2017-R6", primary("S1"), "enrolment.junior");
        assertMissing(r, "QB2017-R6", junior("S1"), "enrolment.junior");
        assertVerdict(r, "QB2017-R1", primary("S1"), Verdict.PASS);
    }

    @Test
    void nineYear_splitValueExactlyOnTheThresholdPasses() {
        // A = 174, B = 747: W = 174 + 1.1·747 = 995.7. Equipment 1 991 400 元:
        // primary R6 = 1991400 · (174/995.7) / 174 = 1991400 / 995.7 = 2000 exactly, as a person computes it.
        // DESIGN "Numbers": a value exactly on the threshold, as a person computes it from the counts, meets it.
        EvaluationReport r = evaluate(school("S1").type(SchoolType.NINE_YEAR).enrolment(174, 747, null)
                .equipmentValue("1991400"));

        // Rounding the share (174/995.7) to 16 digits before multiplying would give 1999.999999999999 → FAIL.
        assertJudged(r, "QB2017-R6", primary("S1"), Verdict.PASS, "2000", "2000");
    }

    @Test
    void nineYear_juniorSplitValueExactlyOnTheThresholdPasses() {
        // A = 132, B = 155: W = 132 + 170.5 = 302.5. Net teaching area 1595 m²:
        // junior R4 = 1.1 · 1595 / 302.5 = 1754.5 / 302.5 = 5.8 exactly (rounding the share first: 5.799999999999999).
        EvaluationReport r = evaluate(school("S1").type(SchoolType.NINE_YEAR).enrolment(132, 155, null)
                .teachingAreaNet("1595"));

        assertJudged(r, "QB2017-R4", junior("S1"), Verdict.PASS, "5.8", "5.8");
        assertCloseTo(result(r, "QB2017-R4", primary("S1")).exactValue(), div("1595", "302.5"));
    }
}
