package io.dudao.rules.qb2017;

import static io.dudao.rules.Fixtures.R;
import static io.dudao.rules.Fixtures.evaluate;
import static io.dudao.rules.Fixtures.junior;
import static io.dudao.rules.Fixtures.primary;
import static io.dudao.rules.Fixtures.school;
import static io.dudao.rules.qb2017.Results.assertJudged;
import static io.dudao.rules.qb2017.Results.assertMissing;
import static io.dudao.rules.qb2017.Results.assertVerdict;
import static org.assertj.core.api.Assertions.assertThat;

import io.dudao.api.EvaluationReport;
import io.dudao.api.IndicatorResult;
import io.dudao.api.Missing;
import io.dudao.api.Verdict;
import io.dudao.facts.SchoolType;
import org.junit.jupiter.api.Test;

/**
 * QB2017-R4 (teaching and auxiliary floor space per student, indoor sports taken out), R5 (sports ground
 * and hall area per student), R6 (equipment value per student) and R7 (multimedia classrooms per 100
 * students), for single-stage schools (no split); plus zero enrolment.
 */
class SpaceAndEquipmentIndicatorsTest {

    // ---- R4 生均教学及辅助用房面积 = (教学及辅助用房 − 室内体育用房) / 学生 ------------------------------------

    @Test
    void r4_passesWhenFloorSpaceAbovePrimaryThreshold() {
        // (4000 − 500) / 500 = 7 ≥ 4.5
        EvaluationReport r = evaluate(school("S1").students(500).areaTeachingAux("4000").areaIndoorSports("500"));

        assertJudged(r, "QB2017-R4", primary("S1"), Verdict.PASS, "7", "4.5");
    }

    @Test
    void r4_failsWhenFloorSpaceBelowPrimaryThreshold() {
        // (2600 − 400) / 500 = 4.4 < 4.5: the indoor sports area is taken out (2600 / 500 = 5.2 would pass)
        EvaluationReport r = evaluate(school("S1").students(500).areaTeachingAux("2600").areaIndoorSports("400"));

        assertJudged(r, "QB2017-R4", primary("S1"), Verdict.FAIL, "4.4", "4.5");
    }

    @Test
    void r4_passesExactlyOnPrimaryThreshold() {
        // (2400 − 150) / 500 = 4.5
        EvaluationReport r = evaluate(school("S1").students(500).areaTeachingAux("2400").areaIndoorSports("150"));

        assertJudged(r, "QB2017-R4", primary("S1"), Verdict.PASS, "4.5", "4.5");
    }

    @Test
    void r4_passesOnThresholdWhereBinaryFloatingPointWouldMissIt() {
        // (4096.19 − 1846.19) / 500 = 2250 / 500 = 4.5 exactly; in double,
        // (4096.19 - 1846.19) / 500 == 4.499999999999999 (checked in jshell), which would FAIL.
        assertThat((4096.19 - 1846.19) / 500).isLessThan(4.5);

        EvaluationReport r = evaluate(school("S1").students(500).areaTeachingAux("4096.19").areaIndoorSports("1846.19"));

        assertJudged(r, "QB2017-R4", primary("S1"), Verdict.PASS, "4.5", "4.5");
    }

    @Test
    void r4_insufficientDataNamingTheFieldWhenTeachingAreaMissing() {
        EvaluationReport r = evaluate(school("S1").students(500).areaTeachingAux(null));

        IndicatorResult res = assertMissing(r, "QB2017-R4", primary("S1"), "areaTeachingAux");
        assertThat(res.missing()).containsExactly(new Missing(primary("S1"), "areaTeachingAux"));
    }

    @Test
    void r4_insufficientDataWhenIndoorSportsAreaMissing() {
        // unknown is not zero: without the indoor sports area the net teaching area is unknown
        EvaluationReport r = evaluate(school("S1").students(500).areaIndoorSports(null));

        assertMissing(r, "QB2017-R4", primary("S1"), "areaIndoorSports");
        assertMissing(r, "QB2017-R5", primary("S1"), "areaIndoorSports");
    }

    @Test
    void r4_juniorPartPassesExactlyOnJuniorThreshold() {
        // junior school: (3000 − 100) / 500 = 5.8
        EvaluationReport r = evaluate(school("S1").type(SchoolType.JUNIOR).students(500)
                .areaTeachingAux("3000").areaIndoorSports("100"));

        assertJudged(r, "QB2017-R4", junior("S1"), Verdict.PASS, "5.8", "5.8");
    }

    @Test
    void r4_juniorPartFailsBelowJuniorThresholdThoughAbovePrimaryOne() {
        // junior school: (2999.5 − 100) / 500 = 5.799 < 5.8 (it would meet the primary 4.5)
        EvaluationReport r = evaluate(school("S1").type(SchoolType.JUNIOR).students(500)
                .areaTeachingAux("2999.5").areaIndoorSports("100"));

        assertJudged(r, "QB2017-R4", junior("S1"), Verdict.FAIL, "5.799", "5.8");
    }

    // ---- R5 生均体育运动场馆面积 = (室内体育用房 + 体育场) / 学生 ----------------------------------------------

    @Test
    void r5_passesWhenSportsAreaAboveThreshold() {
        // (500 + 4000) / 500 = 9 ≥ 7.5
        EvaluationReport r = evaluate(school("S1").students(500).areaIndoorSports("500").areaSportsField("4000"));

        assertJudged(r, "QB2017-R5", primary("S1"), Verdict.PASS, "9", "7.5");
    }

    @Test
    void r5_failsWhenSportsAreaBelowThreshold() {
        // (250 + 3450) / 500 = 7.4 < 7.5
        EvaluationReport r = evaluate(school("S1").students(500).areaIndoorSports("250").areaSportsField("3450"));

        assertJudged(r, "QB2017-R5", primary("S1"), Verdict.FAIL, "7.4", "7.5");
    }

    @Test
    void r5_passesExactlyOnThresholdCountingIndoorAndOutdoor() {
        // (250 + 3500) / 500 = 7.5: the indoor sports area counts here (3500 / 500 = 7 alone would fail)
        EvaluationReport r = evaluate(school("S1").students(500).areaIndoorSports("250").areaSportsField("3500"));

        assertJudged(r, "QB2017-R5", primary("S1"), Verdict.PASS, "7.5", "7.5");
    }

    @Test
    void r5_insufficientDataNamingTheFieldWhenSportsFieldMissing() {
        EvaluationReport r = evaluate(school("S1").students(500).areaSportsField(null));

        assertMissing(r, "QB2017-R5", primary("S1"), "areaSportsField");
    }

    @Test
    void r5_juniorPartUsesJuniorThreshold() {
        // junior school: (300 + 4800) / 500 = 10.2
        EvaluationReport r = evaluate(school("S1").type(SchoolType.JUNIOR).students(500)
                .areaIndoorSports("300").areaSportsField("4800"));

        assertJudged(r, "QB2017-R5", junior("S1"), Verdict.PASS, "10.2", "10.2");
    }

    // ---- R6 生均教学仪器设备值 ------------------------------------------------------------------------

    @Test
    void r6_passesWhenEquipmentValueAbovePrimaryThreshold() {
        // 1 500 000 / 500 = 3000 ≥ 2000
        EvaluationReport r = evaluate(school("S1").students(500).equipmentValue("1500000"));

        assertJudged(r, "QB2017-R6", primary("S1"), Verdict.PASS, "3000", "2000");
    }

    @Test
    void r6_failsWhenEquipmentValueBelowPrimaryThreshold() {
        // 999 999.50 / 500 = 1999.999 < 2000
        EvaluationReport r = evaluate(school("S1").students(500).equipmentValue("999999.50"));

        IndicatorResult res = assertJudged(r, "QB2017-R6", primary("S1"), Verdict.FAIL, "1999.999", "2000");
        // the displayed value rounds to 2 decimals (2000.00), the verdict compares the exact one
        assertThat(res.value()).isEqualByComparingTo("2000.00");
    }

    @Test
    void r6_passesExactlyOnPrimaryThreshold() {
        // 1 000 000 / 500 = 2000
        EvaluationReport r = evaluate(school("S1").students(500).equipmentValue("1000000"));

        assertJudged(r, "QB2017-R6", primary("S1"), Verdict.PASS, "2000", "2000");
    }

    @Test
    void r6_insufficientDataNamingTheFieldWhenEquipmentValueMissing() {
        EvaluationReport r = evaluate(school("S1").students(500).equipmentValue(null));

        assertMissing(r, "QB2017-R6", primary("S1"), "equipmentValue");
    }

    @Test
    void r6_juniorPartPassesExactlyOnJuniorThreshold() {
        // junior school: 1 250 000 / 500 = 2500
        EvaluationReport r = evaluate(school("S1").type(SchoolType.JUNIOR).students(500).equipmentValue("1250000"));

        assertJudged(r, "QB2017-R6", junior("S1"), Verdict.PASS, "2500", "2500");
    }

    @Test
    void r6_juniorPartFailsBelowJuniorThresholdThoughAbovePrimaryOne() {
        // junior school: 1 249 500 / 500 = 2499 < 2500
        EvaluationReport r = evaluate(school("S1").type(SchoolType.JUNIOR).students(500).equipmentValue("1249500"));

        assertJudged(r, "QB2017-R6", junior("S1"), Verdict.FAIL, "2499", "2500");
    }

    // ---- R7 每百名学生拥有网络多媒体教室数 --------------------------------------------------------------

    @Test
    void r7_passesWhenMultimediaClassroomsAboveThreshold() {
        // 100 × 30 / 1000 = 3 ≥ 2.3
        EvaluationReport r = evaluate(school("S1").students(1000).multimediaClassrooms("30"));

        assertJudged(r, "QB2017-R7", primary("S1"), Verdict.PASS, "3", "2.3");
    }

    @Test
    void r7_failsWhenMultimediaClassroomsBelowThreshold() {
        // 100 × 22 / 1000 = 2.2 < 2.3
        EvaluationReport r = evaluate(school("S1").students(1000).multimediaClassrooms("22"));

        assertJudged(r, "QB2017-R7", primary("S1"), Verdict.FAIL, "2.2", "2.3");
    }

    @Test
    void r7_passesExactlyOnThreshold() {
        // 100 × 23 / 1000 = 2.3
        EvaluationReport r = evaluate(school("S1").students(1000).multimediaClassrooms("23"));

        assertJudged(r, "QB2017-R7", primary("S1"), Verdict.PASS, "2.3", "2.3");
    }

    @Test
    void r7_insufficientDataNamingTheFieldWhenClassroomCountMissing() {
        EvaluationReport r = evaluate(school("S1").students(1000).multimediaClassrooms(null));

        assertMissing(r, "QB2017-R7", primary("S1"), "multimediaClassrooms");
    }

    @Test
    void r7_juniorPartUsesJuniorThreshold() {
        // junior school: 100 × 12 / 500 = 2.4 passes; 100 × 11.5 / 500 = 2.3 would pass the primary 2.3, not 2.4
        EvaluationReport onThreshold = evaluate(school("S1").type(SchoolType.JUNIOR).students(500)
                .multimediaClassrooms("12"));
        EvaluationReport below = evaluate(school("S1").type(SchoolType.JUNIOR).students(500)
                .multimediaClassrooms("11.5"));

        assertJudged(onThreshold, "QB2017-R7", junior("S1"), Verdict.PASS, "2.4", "2.4");
        assertJudged(below, "QB2017-R7", junior("S1"), Verdict.FAIL, "2.3", "2.4");
    }

    // ---- enrolment ------------------------------------------------------------------------------

    @Test
    void zeroEnrolmentOfSingleStageSchool_isInsufficientDataForEveryIndicatorNotPass() {
        EvaluationReport r = evaluate(school("S1").students(0));

        for (String indicator : R) {
            IndicatorResult res = assertVerdict(r, indicator, primary("S1"), Verdict.INSUFFICIENT_DATA);
            assertThat(res.missing()).as(indicator).contains(new Missing(primary("S1"), "enrolment.primary = 0"));
            assertThat(res.exactValue()).as(indicator).isNull();
        }
        assertVerdict(r, "QB2017-RA", primary("S1"), Verdict.INSUFFICIENT_DATA);
    }

    @Test
    void unknownEnrolment_isInsufficientDataNamingTheEnrolment() {
        EvaluationReport r = evaluate(school("S1").enrolment(null, null, null));

        for (String indicator : R) {
            assertMissing(r, indicator, primary("S1"), "enrolment.primary");
        }
    }
}
