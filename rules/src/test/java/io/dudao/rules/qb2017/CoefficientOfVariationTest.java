package io.dudao.rules.qb2017;

import static io.dudao.rules.Fixtures.CV;
import static io.dudao.rules.Fixtures.evaluate;
import static io.dudao.rules.Fixtures.primary;
import static io.dudao.rules.Fixtures.school;
import static io.dudao.rules.Fixtures.stage;
import static io.dudao.rules.qb2017.Results.assertCloseTo;
import static io.dudao.rules.qb2017.Results.assertVerdict;
import static io.dudao.rules.qb2017.Results.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.dudao.api.EvaluationReport;
import io.dudao.api.IndicatorResult;
import io.dudao.api.Missing;
import io.dudao.api.Verdict;
import io.dudao.facts.SchoolType;
import io.dudao.facts.Stage;
import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

/**
 * QB2017-CV1…CV7: per stage of the district, the enrolment-weighted coefficient of variation (STANDARDS
 * §2.1) of each indicator over the school parts in scope, P = Σ Pᵢ, X̄ = Σ Pᵢ·Xᵢ / P,
 * S = √(Σ (Pᵢ/P)·(Xᵢ − X̄)²), CV = S / X̄; at most 0.50 (primary) and 0.45 (junior).
 *
 * <p>Most cases vary R4 (net floor space per student, set through {@code teachingAreaNet} = Xᵢ·Pᵢ) and
 * read CV4.
 */
class CoefficientOfVariationTest {

    private static final MathContext MC = MathContext.DECIMAL128;

    /** A reference weighted CV in 34-digit decimal, written out independently of the engine. */
    private static BigDecimal weightedCv(long[] p, String[] x) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < p.length; i++) {
            total = total.add(BigDecimal.valueOf(p[i]));
            sum = sum.add(BigDecimal.valueOf(p[i]).multiply(new BigDecimal(x[i])));
        }
        BigDecimal mean = sum.divide(total, MC);
        BigDecimal var = BigDecimal.ZERO;
        for (int i = 0; i < p.length; i++) {
            BigDecimal d = new BigDecimal(x[i]).subtract(mean);
            var = var.add(BigDecimal.valueOf(p[i]).divide(total, MC).multiply(d.multiply(d), MC), MC);
        }
        return var.sqrt(MC).divide(mean, MC);
    }

    @Test
    void cv_threeSchoolStageEqualsTheHandComputedWeightedCv() {
        // P = 200, 300, 500 (P = 1000); X = 4, 6, 9 m² per student.
        // X̄ = (200·4 + 300·6 + 500·9) / 1000 = 7100 / 1000 = 7.1
        // Σ (Pᵢ/P)(Xᵢ − X̄)² = 0.2·(−3.1)² + 0.3·(−1.1)² + 0.5·(1.9)² = 1.922 + 0.363 + 1.805 = 4.09
        // CV = √4.09 / 7.1 = 2.02237484161567 / 7.1 = 0.284841526988122…
        EvaluationReport r = evaluate(
                school("S1").students(200).teachingAreaNet("800"),
                school("S2").students(300).teachingAreaNet("1800"),
                school("S3").students(500).teachingAreaNet("4500"));

        IndicatorResult cv = assertVerdict(r, "QB2017-CV4", stage(Stage.PRIMARY), Verdict.PASS);
        BigDecimal expected = new BigDecimal("4.09").sqrt(MC).divide(new BigDecimal("7.1"), MC);
        assertThat(cv.exactValue()).isCloseTo(expected, within(new BigDecimal("1e-12")));
        assertThat(expected).isCloseTo(new BigDecimal("0.284841526988122"), within(new BigDecimal("1e-15")));
        assertThat(cv.value()).isEqualByComparingTo("0.285");
        assertThat(cv.threshold()).isEqualByComparingTo("0.5");
        assertThat(cv.arguments()).containsEntry("schools", 3).containsEntry("mean", new BigDecimal("7.10"));
    }

    @Test
    void cv_isEnrolmentWeightedNotThePlainCvOfTheSchoolValues() {
        // R6: P = 400, 600; X = 2500, 3500 元 per student.
        // weighted:   X̄ = 0.4·2500 + 0.6·3500 = 3100; S² = 0.4·600² + 0.6·400² = 240 000; CV = 489.898/3100 = 0.158
        // unweighted: mean 3000, population sd 500, CV = 0.1667 (0.167); with n−1, 0.236. They differ in the 2nd decimal.
        EvaluationReport r = evaluate(
                school("S1").students(400).equipmentValue("1000000"),
                school("S2").students(600).equipmentValue("2100000"));

        IndicatorResult cv = assertVerdict(r, "QB2017-CV6", stage(Stage.PRIMARY), Verdict.PASS);
        BigDecimal expected = new BigDecimal("240000").sqrt(MC).divide(new BigDecimal("3100"), MC);
        assertThat(cv.exactValue()).isCloseTo(expected, within(new BigDecimal("1e-12")));
        assertThat(cv.value()).isEqualByComparingTo("0.158");
        assertThat(cv.value()).isNotEqualByComparingTo("0.167");
        assertThat(cv.arguments()).containsEntry("mean", new BigDecimal("3100.00"));
    }

    @Test
    void cv_multiStageSchoolsEnterEachStageWithTheirSplitPart() {
        // S1 primary 500 @ 3000 元/student; S2 nine-year 300 + 200 with 1 040 000 元: W = 300 + 220 = 520,
        // primary 1040000/520 = 2000, junior 1.1·1040000/520 = 2200; S3 junior 500 @ 3000.
        // primary CV6 over (500 @ 3000, 300 @ 2000): X̄ = 2625, S² = 0.625·375² + 0.375·625² = 234 375,
        //   CV = 484.1229…/2625 = 0.184427…
        // junior CV6 over (200 @ 2200, 500 @ 3000).
        EvaluationReport r = evaluate(
                school("S1").students(500).equipmentValue("1500000"),
                school("S2").type(SchoolType.NINE_YEAR).enrolment(300, 200, null).equipmentValue("1040000"),
                school("S3").type(SchoolType.JUNIOR).students(500).equipmentValue("1500000"));

        IndicatorResult p = result(r, "QB2017-CV6", stage(Stage.PRIMARY));
        assertCloseTo(p.exactValue(), new BigDecimal("234375").sqrt(MC).divide(new BigDecimal("2625"), MC));
        assertCloseTo(p.exactValue(), weightedCv(new long[] {500, 300}, new String[] {"3000", "2000"}));
        IndicatorResult j = result(r, "QB2017-CV6", stage(Stage.JUNIOR));
        assertCloseTo(j.exactValue(), weightedCv(new long[] {200, 500}, new String[] {"2200", "3000"}));
        assertThat(p.arguments()).containsEntry("schools", 2);
        assertThat(j.arguments()).containsEntry("schools", 2);
    }

    @Test
    void cv_singleSchoolIsZeroAndPasses() {
        EvaluationReport r = evaluate(school("S1"));

        for (String cv : CV) {
            IndicatorResult res = assertVerdict(r, cv, stage(Stage.PRIMARY), Verdict.PASS);
            assertThat(res.exactValue()).as(cv).isEqualByComparingTo("0");
        }
    }

    @Test
    void cv_stageWithNoSchoolsIsNotApplicable() {
        EvaluationReport r = evaluate(school("S1"), school("S2"));

        for (String cv : CV) {
            IndicatorResult res = assertVerdict(r, cv, stage(Stage.JUNIOR), Verdict.NOT_APPLICABLE);
            assertThat(res.reason()).as(cv).isEqualTo("empty-stage");
            assertThat(res.exactValue()).as(cv).isNull();
            assertVerdict(r, cv, stage(Stage.PRIMARY), Verdict.PASS);
        }
    }

    @Test
    void cv_insufficientDataNamingTheSchoolThatLacksTheValue() {
        EvaluationReport r = evaluate(school("S1"), school("S2").areaTeachingAux(null), school("S3"));

        IndicatorResult cv = assertVerdict(r, "QB2017-CV4", stage(Stage.PRIMARY), Verdict.INSUFFICIENT_DATA);
        assertThat(cv.missing()).containsExactly(new Missing(primary("S2"), "areaTeachingAux"));
        assertThat(cv.reason()).isEqualTo("cv-missing-values");
        assertThat(cv.exactValue()).as("never a partial CV").isNull();
        // the CVs that do not need the field are decided
        assertVerdict(r, "QB2017-CV1", stage(Stage.PRIMARY), Verdict.PASS);
        assertVerdict(r, "QB2017-CV5", stage(Stage.PRIMARY), Verdict.PASS);
    }

    @Test
    void cv_insufficientDataNamingEverySchoolThatLacksTheValue() {
        EvaluationReport r = evaluate(school("S1").equipmentValue(null), school("S2"), school("S3").equipmentValue(null));

        IndicatorResult cv = assertVerdict(r, "QB2017-CV6", stage(Stage.PRIMARY), Verdict.INSUFFICIENT_DATA);
        assertThat(cv.missing()).containsExactly(
                new Missing(primary("S1"), "equipmentValue"), new Missing(primary("S3"), "equipmentValue"));
    }

    @Test
    void cv_insufficientDataWhenASchoolHasZeroEnrolment() {
        EvaluationReport r = evaluate(school("S1"), school("S2").students(0));

        IndicatorResult cv = assertVerdict(r, "QB2017-CV4", stage(Stage.PRIMARY), Verdict.INSUFFICIENT_DATA);
        assertThat(cv.missing()).contains(new Missing(primary("S2"), "enrolment.primary = 0"));
    }

    @Test
    void cv_insufficientDataWhenTheMeanIsZero() {
        // no backbone teacher anywhere: X̄ = 0, the CV is undefined
        EvaluationReport r = evaluate(school("S1").backbone(0), school("S2").backbone(0));

        IndicatorResult cv = assertVerdict(r, "QB2017-CV2", stage(Stage.PRIMARY), Verdict.INSUFFICIENT_DATA);
        assertThat(cv.reason()).isEqualTo("cv-zero-mean");
        assertThat(cv.exactValue()).isNull();
    }

    @Test
    void cv_passesExactlyAtThePrimaryLimit() {
        // equal enrolment, X = m(1 − c), m(1 + c) with m = 6, c = 0.5 → 3 and 9: X̄ = 6, S = 3, CV = 0.5 exactly
        EvaluationReport r = evaluate(school("S1").students(500).teachingAreaNet("1500"),
                school("S2").students(500).teachingAreaNet("4500"));

        IndicatorResult cv = assertVerdict(r, "QB2017-CV4", stage(Stage.PRIMARY), Verdict.PASS);
        assertThat(cv.exactValue()).isEqualByComparingTo("0.5");
        assertThat(cv.threshold()).isEqualByComparingTo("0.50");
    }

    @Test
    void cv_failsJustAboveThePrimaryLimit() {
        // X = 2.99 and 9.01: X̄ = 6, S = 3.01, CV = 0.501666… > 0.50 (it rounds to 0.502)
        EvaluationReport r = evaluate(school("S1").students(500).teachingAreaNet("1495"),
                school("S2").students(500).teachingAreaNet("4505"));

        IndicatorResult cv = assertVerdict(r, "QB2017-CV4", stage(Stage.PRIMARY), Verdict.FAIL);
        assertCloseTo(cv.exactValue(), new BigDecimal("3.01").divide(new BigDecimal("6"), MC));
    }

    @Test
    void cv_failsWhenTheExcessIsHiddenByDisplayRounding() {
        // X = 2.9997 and 9.0003: CV = 3.0003 / 6 = 0.50005, displayed 0.500, compared exactly → FAIL
        EvaluationReport r = evaluate(school("S1").students(1000).teachingAreaNet("2999.7"),
                school("S2").students(1000).teachingAreaNet("9000.3"));

        IndicatorResult cv = assertVerdict(r, "QB2017-CV4", stage(Stage.PRIMARY), Verdict.FAIL);
        assertThat(cv.exactValue()).isEqualByComparingTo("0.50005");
        assertThat(cv.value()).isEqualByComparingTo("0.500");
    }

    @Test
    void cv_passesExactlyAtTheJuniorLimit() {
        // junior, equal enrolment, m = 10, c = 0.45 → X = 5.5 and 14.5: X̄ = 10, S = 4.5, CV = 0.45 exactly
        EvaluationReport r = evaluate(
                school("S1").type(SchoolType.JUNIOR).students(500).teachingAreaNet("2750"),
                school("S2").type(SchoolType.JUNIOR).students(500).teachingAreaNet("7250"));

        IndicatorResult cv = assertVerdict(r, "QB2017-CV4", stage(Stage.JUNIOR), Verdict.PASS);
        assertThat(cv.exactValue()).isEqualByComparingTo("0.45");
        assertThat(cv.threshold()).isEqualByComparingTo("0.45");
    }

    @Test
    void cv_failsJustAboveTheJuniorLimitThoughWithinThePrimaryOne() {
        // junior, X = 5.49 and 14.51: CV = 4.51 / 10 = 0.451 > 0.45 (a primary stage would pass at 0.50)
        EvaluationReport r = evaluate(
                school("S1").type(SchoolType.JUNIOR).students(500).teachingAreaNet("2745"),
                school("S2").type(SchoolType.JUNIOR).students(500).teachingAreaNet("7255"));

        IndicatorResult cv = assertVerdict(r, "QB2017-CV4", stage(Stage.JUNIOR), Verdict.FAIL);
        assertThat(cv.exactValue()).isEqualByComparingTo("0.451");
    }

    @Test
    void cv_ofEachIndicatorIsJudgedSeparately() {
        // only R4 differs between the schools (2.99 vs 9.01 m² per student: CV4 > 0.5); every other CV stays in the limit
        EvaluationReport r = evaluate(school("S1").students(500).teachingAreaNet("1495"),
                school("S2").students(500).teachingAreaNet("4505"));

        for (String cv : CV) {
            assertVerdict(r, cv, stage(Stage.PRIMARY), cv.equals("QB2017-CV4") ? Verdict.FAIL : Verdict.PASS);
        }
        assertThat(r.result("QB2017-CV4", stage(Stage.PRIMARY)).arguments()).containsKey("lowest");
    }
}
