package io.dudao.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.dudao.api.Verdict;
import io.dudao.facts.District;
import io.dudao.facts.Enrolment;
import io.dudao.facts.Location;
import io.dudao.facts.Ownership;
import io.dudao.facts.School;
import io.dudao.facts.SchoolType;
import io.dudao.facts.StageTeachers;
import io.dudao.facts.Teachers;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The reference on cases computed by hand. */
class ReferenceEvaluatorTest {

    private static final ReferenceEvaluator REF = ReferenceEvaluator.national();

    /**
     * A primary school of {@code n} students exactly on every primary threshold: 4.2, 1 and 0.9 teachers per
     * 100, 4.5 m² net teaching area, 7.5 m² sports area, 2000 元 equipment and 2.3 rooms per 100 (n a
     * multiple of 1000 keeps every count whole).
     */
    private static School onThreshold(String id, int n) {
        return new School(id, "学校" + id, SchoolType.PRIMARY, Ownership.PUBLIC, Location.URBAN, false, false,
                new Enrolment(n, null, null),
                new Teachers(new StageTeachers(n / 10, 42 * n / 1000, n / 100, 5 * n / 1000, 2 * n / 1000,
                        2 * n / 1000, 0, 0), null),
                dec(4.5 * n + n / 2.0), dec(n / 2.0), dec(7 * n), dec(2000L * n), dec(23 * n / 1000), null, null, false,
                Map.of());
    }

    private static BigDecimal dec(double v) {
        return BigDecimal.valueOf(v);
    }

    private static District district(School... schools) {
        return new District("330999", "测试县", "33", "3309", "2024-2025", List.of(schools), Map.of());
    }

    private static ReferenceResult result(List<ReferenceResult> results, String indicator, String subject) {
        return results.stream().filter(r -> r.indicator().equals(indicator) && r.subject().equals(subject))
                .findFirst().orElseThrow(() -> new AssertionError("no " + indicator + " " + subject));
    }

    private static School with(School s, Integer qualified, BigDecimal equipment) {
        StageTeachers t = s.teachers().primary();
        return new School(s.id(), s.name(), s.type(), s.ownership(), s.location(), s.special(), s.vocational(),
                s.enrolment(), new Teachers(new StageTeachers(t.fullTime(), qualified, t.backboneCountyPlus(), t.pe(),
                t.music(), t.fineArt(), t.arts(), t.visitingPeArts()), null), s.areaTeachingAux(), s.areaIndoorSports(),
                s.areaSportsField(), equipment, s.multimediaClassrooms(), null, null, false, Map.of());
    }

    @Test
    void valuesExactlyOnTheThresholdPass() {
        List<ReferenceResult> r = REF.evaluate(district(onThreshold("S1", 1000)));
        String[] expected = {"4.2", "1", "0.9", "4.5", "7.5", "2000", "2.3"};
        for (int k = 0; k < 7; k++) {
            ReferenceResult x = result(r, "QB2017-R" + (k + 1), "school:S1/PRIMARY");
            assertThat(x.verdict()).as(x.indicator()).isEqualTo(Verdict.PASS);
            assertThat(x.exactValue()).as(x.indicator()).isEqualByComparingTo(expected[k]);
        }
        assertThat(result(r, "QB2017-RA", "school:S1/PRIMARY").verdict()).isEqualTo(Verdict.PASS);
        // one school: every value equals the mean, CV 0
        assertThat(result(r, "QB2017-CV4", "district:330999/PRIMARY").exactValue()).isEqualByComparingTo("0");
        assertThat(result(r, "QB2017-CV4", "district:330999/JUNIOR").verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(result(r, "QB2017-RD", "district:330999").verdict()).isEqualTo(Verdict.PASS);
        // 16 indicators: 8 for the one part, 14 CVs, RD
        assertThat(r).hasSize(8 + 14 + 1);
    }

    @Test
    void ra_oneMissAtTheFloorPasses_belowTheFloorFails_twoMissesFail() {
        // equipment 1700 元 per student = 85% of 2000: a miss, exactly on the floor
        List<ReferenceResult> atFloor = REF.evaluate(district(with(onThreshold("S1", 1000), 42, dec(1_700_000))));
        assertThat(result(atFloor, "QB2017-R6", "school:S1/PRIMARY").verdict()).isEqualTo(Verdict.FAIL);
        assertThat(result(atFloor, "QB2017-RA", "school:S1/PRIMARY").verdict()).isEqualTo(Verdict.PASS);
        assertThat(result(atFloor, "QB2017-RD", "district:330999").verdict()).isEqualTo(Verdict.PASS);

        // 1699.99 per student: below the floor
        List<ReferenceResult> below = REF.evaluate(district(with(onThreshold("S1", 1000), 42, dec(1_699_990))));
        assertThat(result(below, "QB2017-R6", "school:S1/PRIMARY").exactValue()).isEqualByComparingTo("1699.99");
        assertThat(result(below, "QB2017-RA", "school:S1/PRIMARY").verdict()).isEqualTo(Verdict.FAIL);
        assertThat(result(below, "QB2017-RD", "district:330999").verdict()).isEqualTo(Verdict.FAIL);

        // two misses, both above the floor: 4.1 teachers per 100 and 1900 元
        List<ReferenceResult> two = REF.evaluate(district(with(onThreshold("S1", 1000), 41, dec(1_900_000))));
        assertThat(result(two, "QB2017-RA", "school:S1/PRIMARY").verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void ra_withUnknowns() {
        // six met, the seventh unknown: undecided
        List<ReferenceResult> six = REF.evaluate(district(with(onThreshold("S1", 1000), null, dec(2_000_000))));
        assertThat(result(six, "QB2017-R1", "school:S1/PRIMARY").verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
        assertThat(result(six, "QB2017-R1", "school:S1/PRIMARY").exactValue()).isNull();
        assertThat(result(six, "QB2017-RA", "school:S1/PRIMARY").verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
        assertThat(result(six, "QB2017-CV1", "district:330999/PRIMARY").verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
        assertThat(result(six, "QB2017-RD", "district:330999").verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);

        // one unknown and one below the floor: the floor settles it
        List<ReferenceResult> settled = REF.evaluate(district(with(onThreshold("S1", 1000), null, dec(1_000_000))));
        assertThat(result(settled, "QB2017-RA", "school:S1/PRIMARY").verdict()).isEqualTo(Verdict.FAIL);
        assertThat(result(settled, "QB2017-RD", "district:330999").verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void nineYearSchool_assetsSplitByWeightedEnrolment() {
        // A = 300, B = 200, W = 300 + 1.1·200 = 520: primary value X/520, junior 1.1·X/520 (STANDARDS §2.2)
        School s = new School("S1", "九年一贯制", SchoolType.NINE_YEAR, Ownership.PUBLIC, Location.TOWN, false, false,
                new Enrolment(300, 200, null),
                new Teachers(new StageTeachers(30, 20, 5, 3, 1, 1, 0, 0), new StageTeachers(25, 12, 3, 2, 1, 1, 0, 0)),
                dec(4000), dec(500), dec(7000), dec(1_700_000), dec(21), null, null, false, Map.of());
        List<ReferenceResult> r = REF.evaluate(district(s));
        MathContext mc = MathContext.DECIMAL64;
        assertThat(result(r, "QB2017-R4", "school:S1/PRIMARY").exactValue())
                .isEqualByComparingTo(new BigDecimal("3500").divide(new BigDecimal("520"), mc));
        assertThat(result(r, "QB2017-R4", "school:S1/JUNIOR").exactValue())
                .isEqualByComparingTo(new BigDecimal("3850").divide(new BigDecimal("520"), mc));
        assertThat(result(r, "QB2017-R6", "school:S1/JUNIOR").exactValue())
                .isEqualByComparingTo(new BigDecimal("1870000").divide(new BigDecimal("520"), mc));
        assertThat(result(r, "QB2017-R7", "school:S1/PRIMARY").exactValue())
                .isEqualByComparingTo(new BigDecimal("2100").divide(new BigDecimal("520"), mc));
        // teachers are not split: junior R1 = 100 × 12 / 200 = 6
        assertThat(result(r, "QB2017-R1", "school:S1/JUNIOR").exactValue()).isEqualByComparingTo("6");
        assertThat(result(r, "QB2017-R1", "school:S1/JUNIOR").verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void nineYearCampusOfOneStage_hasOnePart() {
        School s = new School("S1", "分校", SchoolType.NINE_YEAR, Ownership.PUBLIC, Location.RURAL, false, false,
                new Enrolment(0, 200, null), new Teachers(null, new StageTeachers(20, 12, 3, 2, 1, 1, 0, 0)),
                dec(1200), dec(0), dec(2100), dec(520_000), dec(5), null, null, false, Map.of());
        List<ReferenceResult> r = REF.evaluate(district(s));
        assertThat(r).extracting(ReferenceResult::subject).doesNotContain("school:S1/PRIMARY");
        // the junior part's share is 1.1·200 / (0 + 1.1·200) = 1: R4 = 1200 / 200 = 6
        assertThat(result(r, "QB2017-R4", "school:S1/JUNIOR").exactValue()).isEqualByComparingTo("6");
        assertThat(result(r, "QB2017-CV4", "district:330999/PRIMARY").verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    }

    @Test
    void completeMiddleSchoolWithSeniorStudentsOnly_hasNoPart() {
        School s = new School("C1", "完全中学", SchoolType.COMPLETE_MIDDLE, Ownership.PUBLIC, Location.RURAL, false, false,
                new Enrolment(null, 0, 800), new Teachers(null, new StageTeachers(0, 0, 0, 0, 0, 0, 0, 0)),
                dec(9000), dec(500), dec(12000), dec(4_000_000), dec(30), null, null, false, Map.of());
        List<ReferenceResult> r = REF.evaluate(district(s));
        assertThat(r).extracting(ReferenceResult::subject).doesNotContain("school:C1/JUNIOR");
        assertThat(result(r, "QB2017-CV1", "district:330999/JUNIOR").verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
        // with the senior enrolment unknown, the junior stage of 0 students is still no part
        School unknownSenior = new School("C2", "完全中学", SchoolType.COMPLETE_MIDDLE, Ownership.PUBLIC, Location.RURAL,
                false, false, new Enrolment(null, 0, null), null, dec(9000), dec(500), dec(12000), dec(4_000_000),
                dec(30), null, null, false, Map.of());
        assertThat(REF.evaluate(district(unknownSenior))).extracting(ReferenceResult::subject)
                .doesNotContain("school:C2/JUNIOR");
        // a primary school of 0 students has its part: INSUFFICIENT_DATA
        School empty = new School("P1", "小学", SchoolType.PRIMARY, Ownership.PUBLIC, Location.RURAL, false, false,
                new Enrolment(0, null, null), null, dec(100), dec(0), dec(100), dec(1000), dec(1), null, null, false, Map.of());
        assertThat(result(REF.evaluate(district(empty)), "QB2017-R4", "school:P1/PRIMARY").verdict())
                .isEqualTo(Verdict.INSUFFICIENT_DATA);
    }

    @Test
    void cv_enrolmentWeighted() {
        // equipment per student 2000 (1000 students) and 4000 (3000 students): X̄ = 14 000 000 / 4000 = 3500,
        // S = √(0.25·1500² + 0.75·500²) = √750000, CV = 866.0254037844386/3500 = 0.2474358296526967
        School a = with(onThreshold("A", 1000), 42, dec(2_000_000));
        School b = with(onThreshold("B", 3000), 126, dec(12_000_000));
        List<ReferenceResult> r = REF.evaluate(district(a, b));
        BigDecimal expected = new BigDecimal("750000").sqrt(MathContext.DECIMAL64)
                .divide(new BigDecimal("3500"), MathContext.DECIMAL64);
        ReferenceResult cv = result(r, "QB2017-CV6", "district:330999/PRIMARY");
        assertThat(cv.exactValue()).isEqualByComparingTo(expected);
        assertThat(cv.exactValue().doubleValue()).isCloseTo(0.2474358296526967, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(cv.verdict()).isEqualTo(Verdict.PASS);

        // 1000 against 4000 per student, 1000 students each: X̄ = 2500, S = 1500, CV = 0.6 > 0.50
        School c = with(onThreshold("C", 1000), 42, dec(1_000_000));
        School d = with(onThreshold("D", 1000), 42, dec(4_000_000));
        ReferenceResult wide = result(REF.evaluate(district(c, d)), "QB2017-CV6", "district:330999/PRIMARY");
        assertThat(wide.exactValue()).isEqualByComparingTo("0.6");
        assertThat(wide.verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void scope_specialVocationalAndSmallTeachingPointsAreLeftOut() {
        School special = special(onThreshold("SP", 1000));
        School point49 = teachingPoint("TP1", 49);
        School point50 = teachingPoint("TP2", 50);
        List<ReferenceResult> r = REF.evaluate(district(special, point49, point50));
        for (String subject : List.of("school:SP/PRIMARY", "school:TP1/PRIMARY")) {
            for (String ind : List.of("QB2017-R1", "QB2017-R4", "QB2017-RA")) {
                assertThat(result(r, ind, subject).verdict()).as(ind + " " + subject).isEqualTo(Verdict.NOT_APPLICABLE);
            }
        }
        assertThat(result(r, "QB2017-R1", "school:TP2/PRIMARY").verdict()).isNotEqualTo(Verdict.NOT_APPLICABLE);
        // the CV is over TP2 alone
        assertThat(result(r, "QB2017-CV1", "district:330999/PRIMARY").exactValue()).isEqualByComparingTo("0");

        // nothing in scope: every CV and RD not applicable
        List<ReferenceResult> none = REF.evaluate(district(special, point49));
        assertThat(result(none, "QB2017-CV1", "district:330999/PRIMARY").verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(result(none, "QB2017-RD", "district:330999").verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    }

    @Test
    void zeroOrUnknownEnrolment_isInsufficientData() {
        School zero = teachingPoint("TP", 0);
        School zeroNotExcluded = new School("Z", "停办", SchoolType.PRIMARY, Ownership.PUBLIC, Location.RURAL, false, false,
                new Enrolment(0, null, null), null, dec(100), dec(0), dec(100), dec(1000), dec(1), null, null, false, Map.of());
        List<ReferenceResult> r = REF.evaluate(district(zeroNotExcluded, zero));
        assertThat(result(r, "QB2017-R6", "school:Z/PRIMARY").verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
        assertThat(result(r, "QB2017-R6", "school:TP/PRIMARY").verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
        // all seven unknown: six could still be met
        assertThat(result(r, "QB2017-RA", "school:Z/PRIMARY").verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
    }

    private static School special(School s) {
        return new School(s.id(), s.name(), s.type(), s.ownership(), s.location(), true, false, s.enrolment(),
                s.teachers(), s.areaTeachingAux(), s.areaIndoorSports(), s.areaSportsField(), s.equipmentValue(),
                s.multimediaClassrooms(), null, null, false, Map.of());
    }

    private static School teachingPoint(String id, int n) {
        return new School(id, "教学点" + id, SchoolType.TEACHING_POINT, Ownership.PUBLIC, Location.RURAL, false, false,
                new Enrolment(n, null, null), new Teachers(new StageTeachers(4, 3, 1, 1, 0, 0, 0, 0), null),
                dec(6 * n), dec(0), dec(9 * n), dec(2500 * n), dec(2), null, null, false, Map.of());
    }

    @Test
    @SuppressWarnings("unchecked")
    void nationalParameters_matchTheBundledParameterFile() throws Exception {
        Map<String, Object> values = new java.util.HashMap<>();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("dudao/rules/QB2017/parameters.yaml")) {
            assertThat(in).as("QB2017/parameters.yaml on the class path").isNotNull();
            Map<String, Object> doc = new Yaml().load(in);
            for (Map<String, Object> p : (List<Map<String, Object>>) doc.get("parameters")) {
                values.put((String) p.get("key"), p.get("value"));
            }
        }
        ReferenceParameters n = ReferenceParameters.national();
        for (int k = 0; k < 7; k++) {
            Map<String, Object> r = (Map<String, Object>) values.get("QB2017-R" + (k + 1) + ".threshold");
            assertThat(n.resourceThresholds().get(k).primary()).isEqualByComparingTo(r.get("PRIMARY").toString());
            assertThat(n.resourceThresholds().get(k).junior()).isEqualByComparingTo(r.get("JUNIOR").toString());
            Map<String, Object> c = (Map<String, Object>) values.get("QB2017-CV" + (k + 1) + ".threshold");
            assertThat(n.cvThresholds().get(k).primary()).isEqualByComparingTo(c.get("PRIMARY").toString());
            assertThat(n.cvThresholds().get(k).junior()).isEqualByComparingTo(c.get("JUNIOR").toString());
        }
        assertThat(n.raMinMet()).isEqualTo(values.get("QB2017-RA.minMet"));
        assertThat(n.raFloorRatio()).isEqualByComparingTo(values.get("QB2017-RA.floorRatio").toString());
        assertThat(n.teachingPointMinStudents()).isEqualTo(values.get("QB2017.scope.teachingPointMinStudents"));
        assertThat(n.relaxations()).isEqualTo(values.get("QB2017.relaxations"));
        assertThat(n.r3RelaxationMinStudents()).isEqualTo(values.get("QB2017-R3.relaxation.minStudents"));
        assertThat(n.r3RelaxationMaxStudents()).isEqualTo(values.get("QB2017-R3.relaxation.maxStudents"));
        Map<String, Object> w = (Map<String, Object>) values.get("QB2017.split.weights");
        assertThat(n.weightPrimary()).isEqualByComparingTo(w.get("PRIMARY").toString());
        assertThat(n.weightJunior()).isEqualByComparingTo(w.get("JUNIOR").toString());
        assertThat(n.weightSenior()).isEqualByComparingTo(w.get("SENIOR").toString());
        assertThat(n.splitFields()).containsExactlyInAnyOrderElementsOf((List<String>) values.get("QB2017.split.fields"));
    }

    @Test
    void naturalOrder_agreesWithTheReportOrder() {
        List<String> sorted = new java.util.ArrayList<>(List.of("school:S10/PRIMARY", "school:S2/JUNIOR",
                "school:S2/PRIMARY", "school:S02/PRIMARY", "school:S1/PRIMARY", "school:T1/PRIMARY"));
        sorted.sort(NaturalOrder::compare);
        assertThat(sorted).containsExactly("school:S1/PRIMARY", "school:S2/JUNIOR", "school:S02/PRIMARY",
                "school:S2/PRIMARY", "school:S10/PRIMARY", "school:T1/PRIMARY");
        // the same sign as the engine's subject order on random ids: the CV sums depend on the order
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(1);
        String alphabet = "0012389ABPTJ/_";
        for (int i = 0; i < 20_000; i++) {
            String a = randomId(rnd, alphabet);
            String b = randomId(rnd, alphabet);
            assertThat(Integer.signum(NaturalOrder.compare(a, b)))
                    .as("%s vs %s", a, b).isEqualTo(Integer.signum(io.dudao.rulemodel.Subjects.NATURAL.compare(a, b)));
        }
    }

    private static String randomId(java.util.SplittableRandom rnd, String alphabet) {
        StringBuilder s = new StringBuilder("school:");
        int n = 1 + rnd.nextInt(8);
        for (int i = 0; i < n; i++) {
            s.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        return s.toString();
    }
}
