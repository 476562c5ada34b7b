package io.dudao.rules.qb2017;

import static io.dudao.rules.Fixtures.R;
import static io.dudao.rules.Fixtures.evaluate;
import static io.dudao.rules.Fixtures.junior;
import static io.dudao.rules.Fixtures.primary;
import static io.dudao.rules.Fixtures.school;
import static io.dudao.rules.qb2017.Results.assertJudged;
import static io.dudao.rules.qb2017.Results.assertVerdict;
import static org.assertj.core.api.Assertions.assertThat;

import io.dudao.api.EvaluationReport;
import io.dudao.api.IndicatorResult;
import io.dudao.api.Missing;
import io.dudao.api.ResultRef;
import io.dudao.api.Verdict;
import io.dudao.facts.SchoolType;
import io.dudao.facts.Stage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * QB2017-RA, a school part's resource allocation: at least 6 of R1–R7 met and every missed one at 85% or
 * more of its threshold. With unknowns (DESIGN "Roll-ups with unknowns"): FAIL when the known results
 * settle it, INSUFFICIENT_DATA when an unknown could still decide it.
 *
 * <p>The base school (500 primary students) meets all seven; R6 (equipment, threshold 2000 元 per student,
 * 85% = 1700) and R4 (net floor space, threshold 4.5 m², 85% = 3.825) are the ones moved.
 */
class SchoolRollUpTest {

    private static IndicatorResult ra(EvaluationReport r) {
        return r.result("QB2017-RA", primary("S1"));
    }

    @Test
    void ra_passesWhenAllSevenMet() {
        EvaluationReport r = evaluate(school("S1"));

        IndicatorResult ra = assertVerdict(r, "QB2017-RA", primary("S1"), Verdict.PASS);
        assertThat(ra.children()).extracting(ResultRef::indicator).containsExactlyElementsOf(R);
        assertThat(ra.children()).extracting(ResultRef::verdict).containsOnly(Verdict.PASS);
        assertThat(ra.arguments()).containsEntry("passed", 7).containsEntry("failed", 0);
    }

    @Test
    void ra_failsWhenSixMetAndTheSeventhAt84PercentOfItsThreshold() {
        // R6 = 840 000 / 500 = 1680 = 84% of 2000 < the 85% floor (1700)
        EvaluationReport r = evaluate(school("S1").equipmentValue("840000"));

        assertJudged(r, "QB2017-R6", primary("S1"), Verdict.FAIL, "1680", "2000");
        IndicatorResult ra = assertVerdict(r, "QB2017-RA", primary("S1"), Verdict.FAIL);
        assertThat(ra.arguments()).containsEntry("belowFloor", List.of("QB2017-R6"));
    }

    @Test
    void ra_passesWhenSixMetAndTheSeventhAtExactly85PercentOfItsThreshold() {
        // R6 = 850 000 / 500 = 1700 = 85% of 2000: missed, but on the floor
        EvaluationReport r = evaluate(school("S1").equipmentValue("850000"));

        assertJudged(r, "QB2017-R6", primary("S1"), Verdict.FAIL, "1700", "2000");
        IndicatorResult ra = assertVerdict(r, "QB2017-RA", primary("S1"), Verdict.PASS);
        assertThat(ra.arguments()).containsEntry("passed", 6).containsEntry("failed", 1);
    }

    @Test
    void ra_floorIsComparedExactlyForNonRoundThresholds() {
        // R1 85% floor = 0.85 × 4.2 = 3.57: 100 × 357 / 10 000 = 3.57 is on it, 3.56 is below
        EvaluationReport on = evaluate(school("S1").students(10000).qualified(357));
        EvaluationReport below = evaluate(school("S1").students(10000).qualified(356));

        assertJudged(on, "QB2017-R1", primary("S1"), Verdict.FAIL, "3.57", "4.2");
        assertVerdict(on, "QB2017-RA", primary("S1"), Verdict.PASS);
        assertVerdict(below, "QB2017-RA", primary("S1"), Verdict.FAIL);
    }

    @Test
    void ra_juniorFloorIs85PercentOfTheJuniorThreshold() {
        // junior R4 floor = 0.85 × 5.8 = 4.93: 2465 / 500 = 4.93 passes, 2464.5 / 500 = 4.929 fails
        EvaluationReport on = evaluate(school("S1").type(SchoolType.JUNIOR).students(500).teachingAreaNet("2465"));
        EvaluationReport below = evaluate(school("S1").type(SchoolType.JUNIOR).students(500).teachingAreaNet("2464.5"));

        assertJudged(on, "QB2017-R4", junior("S1"), Verdict.FAIL, "4.93", "5.8");
        assertVerdict(on, "QB2017-RA", junior("S1"), Verdict.PASS);
        assertVerdict(below, "QB2017-RA", junior("S1"), Verdict.FAIL);
    }

    @Test
    void ra_insufficientDataWhenSixMetAndTheSeventhUnknown() {
        // R7 unknown: met → 7 met → PASS; missed below the floor → FAIL. Undecided.
        EvaluationReport r = evaluate(school("S1").multimediaClassrooms(null));

        IndicatorResult ra = assertVerdict(r, "QB2017-RA", primary("S1"), Verdict.INSUFFICIENT_DATA);
        assertThat(ra.missing()).contains(new Missing(primary("S1"), "multimediaClassrooms"));
        assertThat(ra.reason()).isEqualTo("undecided-children");
    }

    @Test
    void ra_failsWhenFiveMetAndTwoMissedEvenAboveTheFloor() {
        // R4 = 2200 / 500 = 4.4 (97.8% of 4.5), R6 = 950 000 / 500 = 1900 (95% of 2000): only 5 of 7 met
        EvaluationReport r = evaluate(school("S1").teachingAreaNet("2200").equipmentValue("950000"));

        assertJudged(r, "QB2017-R4", primary("S1"), Verdict.FAIL, "4.4", "4.5");
        assertJudged(r, "QB2017-R6", primary("S1"), Verdict.FAIL, "1900", "2000");
        IndicatorResult ra = assertVerdict(r, "QB2017-RA", primary("S1"), Verdict.FAIL);
        assertThat(ra.arguments()).containsEntry("belowFloor", List.of());
        assertThat(ra.arguments()).containsEntry("passed", 5).containsEntry("failed", 2);
    }

    @Test
    void ra_insufficientDataWhenFiveMetOneUnknownAndOneMissedAt90Percent() {
        // R6 = 900 000 / 500 = 1800 (90%), R7 unknown. If R7 is met: 6 met, R6 above the floor → PASS;
        // if R7 is missed: 5 met → FAIL. Undecided.
        EvaluationReport r = evaluate(school("S1").equipmentValue("900000").multimediaClassrooms(null));

        assertJudged(r, "QB2017-R6", primary("S1"), Verdict.FAIL, "1800", "2000");
        IndicatorResult ra = assertVerdict(r, "QB2017-RA", primary("S1"), Verdict.INSUFFICIENT_DATA);
        assertThat(ra.missing()).containsExactly(new Missing(primary("S1"), "multimediaClassrooms"));
    }

    @Test
    void ra_failsWhenTwoMissedAndOneUnknown() {
        // R4 4.4 and R6 1900 missed, R7 unknown: at most 5 can be met, whatever R7 is
        EvaluationReport r = evaluate(school("S1").teachingAreaNet("2200").equipmentValue("950000")
                .multimediaClassrooms(null));

        assertVerdict(r, "QB2017-R7", primary("S1"), Verdict.INSUFFICIENT_DATA);
        IndicatorResult ra = assertVerdict(r, "QB2017-RA", primary("S1"), Verdict.FAIL);
        assertThat(ra.missing()).isEmpty();
    }

    @Test
    void ra_failsWhenOneMissedBelowTheFloorAndOneUnknown() {
        // R6 = 800 000 / 500 = 1600 (80%) below the floor settles it, whatever the unknown R7 is
        EvaluationReport r = evaluate(school("S1").equipmentValue("800000").multimediaClassrooms(null));

        assertVerdict(r, "QB2017-RA", primary("S1"), Verdict.FAIL);
    }

    @Test
    void ra_isJudgedPerSchoolPart() {
        // nine-year school, junior teachers thin: the junior part misses R1 and R2, the primary part meets all
        EvaluationReport r = evaluate(school("S1").type(SchoolType.NINE_YEAR).enrolment(300, 200, null)
                .qualified(Stage.JUNIOR, 8).backbone(Stage.JUNIOR, 1));

        assertVerdict(r, "QB2017-RA", primary("S1"), Verdict.PASS);
        assertVerdict(r, "QB2017-RA", junior("S1"), Verdict.FAIL);
        assertThat(ra(r).children()).extracting(ResultRef::subject).containsOnly(primary("S1"));
    }
}
