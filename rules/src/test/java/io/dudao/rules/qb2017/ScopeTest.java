package io.dudao.rules.qb2017;

import static io.dudao.rules.Fixtures.CV;
import static io.dudao.rules.Fixtures.R;
import static io.dudao.rules.Fixtures.districtSubject;
import static io.dudao.rules.Fixtures.evaluate;
import static io.dudao.rules.Fixtures.junior;
import static io.dudao.rules.Fixtures.primary;
import static io.dudao.rules.Fixtures.school;
import static io.dudao.rules.Fixtures.stage;
import static io.dudao.rules.qb2017.Results.assertVerdict;
import static io.dudao.rules.qb2017.Results.result;
import static org.assertj.core.api.Assertions.assertThat;

import io.dudao.api.EvaluationReport;
import io.dudao.api.IndicatorResult;
import io.dudao.api.Verdict;
import io.dudao.facts.SchoolType;
import io.dudao.facts.Stage;
import io.dudao.rules.Fixtures.SchoolBuilder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Scope of the school-level indicators (STANDARDS §2.3): every compulsory school, private ones included,
 * except special-education schools, vocational schools and teaching points with fewer than 50 students.
 * An excluded part gets NOT_APPLICABLE with a reason for R1–R7 and RA and is left out of every CV.
 */
class ScopeTest {

    /** A school that misses nearly everything, so that counting it anywhere would show. */
    private static SchoolBuilder poor(String id) {
        return school(id).students(60).qualified(0).backbone(0).peArts(0, 0, 0, 0)
                .areaTeachingAux("60").areaIndoorSports("0").areaSportsField("60").equipmentValue("6000")
                .multimediaClassrooms("0");
    }

    private static void assertExcluded(EvaluationReport r, String subject, String reason) {
        List<String> all = new ArrayList<>(R);
        all.add("QB2017-RA");
        for (String indicator : all) {
            IndicatorResult res = assertVerdict(r, indicator, subject, Verdict.NOT_APPLICABLE);
            assertThat(res.reason()).as(indicator).isEqualTo(reason);
            assertThat(res.exactValue()).as(indicator).isNull();
        }
    }

    /** Every primary CV counts a single school, and is therefore 0 and passes. */
    private static void assertCvsOverOneSchool(EvaluationReport r) {
        for (String cv : CV) {
            IndicatorResult res = assertVerdict(r, cv, stage(Stage.PRIMARY), Verdict.PASS);
            assertThat(res.arguments()).as(cv).containsEntry("schools", 1);
            assertThat(res.exactValue()).as(cv).isEqualByComparingTo("0");
        }
    }

    @Test
    void specialSchool_isNotApplicableWithReasonAndLeftOutOfTheCvs() {
        EvaluationReport r = evaluate(school("S1"), poor("S2").special());

        assertExcluded(r, primary("S2"), "special-school");
        assertCvsOverOneSchool(r);
        assertVerdict(r, "QB2017-RD", districtSubject(), Verdict.PASS);
    }

    @Test
    void vocationalSchool_isNotApplicableWithReasonAndLeftOutOfTheCvs() {
        EvaluationReport r = evaluate(school("S1"), poor("S2").vocational());

        assertExcluded(r, primary("S2"), "vocational-school");
        assertCvsOverOneSchool(r);
        assertVerdict(r, "QB2017-RD", districtSubject(), Verdict.PASS);
    }

    @Test
    void specialVocationalSchool_getsOneOutcomePerIndicatorWithTheSpecialReason() {
        EvaluationReport r = evaluate(school("S1"), poor("S2").special().vocational());

        assertExcluded(r, primary("S2"), "special-school");
    }

    @Test
    void specialNineYearSchool_isExcludedInBothParts() {
        EvaluationReport r = evaluate(school("S1"), school("S2").type(SchoolType.NINE_YEAR).special());

        assertExcluded(r, primary("S2"), "special-school");
        assertExcluded(r, junior("S2"), "special-school");
        // the junior stage has no school in scope left
        assertVerdict(r, "QB2017-CV1", stage(Stage.JUNIOR), Verdict.NOT_APPLICABLE);
    }

    @Test
    void teachingPointWith49Students_isNotApplicableWithReasonAndLeftOutOfTheCvs() {
        EvaluationReport r = evaluate(school("S1"), poor("S2").type(SchoolType.TEACHING_POINT).students(49));

        assertExcluded(r, primary("S2"), "small-teaching-point");
        assertCvsOverOneSchool(r);
        assertVerdict(r, "QB2017-RD", districtSubject(), Verdict.PASS);
    }

    @Test
    void teachingPointWithExactly50Students_isInScope() {
        // 50 students, at the cut: evaluated like any school (the defaults meet every indicator) and counted in the CVs
        EvaluationReport r = evaluate(school("S1"), school("S2").type(SchoolType.TEACHING_POINT).students(50));

        for (String indicator : R) {
            assertThat(result(r, indicator, primary("S2")).verdict()).as(indicator)
                    .isIn(Verdict.PASS, Verdict.FAIL);
        }
        assertVerdict(r, "QB2017-RA", primary("S2"), Verdict.PASS);
        assertThat(result(r, "QB2017-CV4", stage(Stage.PRIMARY)).arguments()).containsEntry("schools", 2);
    }

    @Test
    void teachingPointWithExactly50StudentsThatMissesIndicators_failsLikeAnySchool() {
        EvaluationReport r = evaluate(school("S1"), poor("S2").type(SchoolType.TEACHING_POINT).students(50));

        assertVerdict(r, "QB2017-R1", primary("S2"), Verdict.FAIL);
        assertVerdict(r, "QB2017-RA", primary("S2"), Verdict.FAIL);
        assertVerdict(r, "QB2017-RD", districtSubject(), Verdict.FAIL);
        assertThat(result(r, "QB2017-RD", districtSubject()).failing()).contains(primary("S2"));
    }

    @Test
    void privateSchool_isInScopeAndCountedInTheCvs() {
        EvaluationReport r = evaluate(school("S1"), poor("S2").privateSchool());

        assertVerdict(r, "QB2017-R1", primary("S2"), Verdict.FAIL);
        assertVerdict(r, "QB2017-RA", primary("S2"), Verdict.FAIL);
        IndicatorResult cv = result(r, "QB2017-CV4", stage(Stage.PRIMARY));
        assertThat(cv.arguments()).containsEntry("schools", 2);
        assertThat(cv.exactValue()).isPositive();
        assertThat(result(r, "QB2017-RD", districtSubject()).failing()).contains(primary("S2"));
    }

    @Test
    void districtWithOnlyExcludedSchools_hasNothingToJudge() {
        EvaluationReport r = evaluate(poor("S1").special(), poor("S2").type(SchoolType.TEACHING_POINT).students(20));

        for (String cv : CV) {
            assertVerdict(r, cv, stage(Stage.PRIMARY), Verdict.NOT_APPLICABLE);
            assertVerdict(r, cv, stage(Stage.JUNIOR), Verdict.NOT_APPLICABLE);
        }
        assertVerdict(r, "QB2017-RD", districtSubject(), Verdict.NOT_APPLICABLE);
    }
}
