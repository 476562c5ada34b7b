package io.dudao.rulemodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.dudao.facts.Stage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CvResultTest {

    private static Measure m(String id, String value, int students) {
        return new Measure("X", "school:" + id + "/PRIMARY", Stage.PRIMARY, id, id,
                value == null ? null : new BigDecimal(value),
                value == null ? List.of(new MissingField("school:" + id + "/PRIMARY", "areaTeachingAux")) : List.of(),
                BigDecimal.valueOf(students), null, null);
    }

    @Test
    void compute_matchesHandComputedWeightedCv() {
        // X = 2, 4, 6 with P = 100, 300, 600: P = 1000, mean = (200 + 1200 + 3600)/1000 = 5
        // S² = 0.1·9 + 0.3·1 + 0.6·1 = 1.8, S = 1.3416407864998738, CV = 0.26832815729997476
        CvResult r = CvResult.compute(List.of(m("A", "2", 100), m("B", "4", 300), m("C", "6", 600)));
        assertThat(r.status()).isEqualTo(CvResult.Status.OK);
        assertThat(r.mean()).isEqualByComparingTo("5");
        assertThat(r.cv().doubleValue()).isCloseTo(Math.sqrt(1.8) / 5, within(1e-15));
    }

    @Test
    void compute_weightsByEnrolment_differingFromTheUnweightedCvInTheSecondDecimal() {
        // A big school with a high value and two small ones with low values.
        List<Measure> ms = List.of(m("A", "10", 1000), m("B", "6", 100), m("C", "5", 100));
        double weightedMean = (10 * 1000 + 6 * 100 + 5 * 100) / 1200.0;
        double s2 = (1000 * Math.pow(10 - weightedMean, 2) + 100 * Math.pow(6 - weightedMean, 2)
                + 100 * Math.pow(5 - weightedMean, 2)) / 1200.0;
        double weighted = Math.sqrt(s2) / weightedMean;
        double plainMean = 7;
        double plain = Math.sqrt((9 + 1 + 4) / 3.0) / plainMean;
        CvResult r = CvResult.compute(ms);
        assertThat(r.cv().doubleValue()).isCloseTo(weighted, within(1e-12));
        assertThat(Math.abs(weighted - plain)).isGreaterThan(0.1);
    }

    @Test
    void compute_singleSchool_isZero() {
        assertThat(CvResult.compute(List.of(m("A", "3.7", 400))).cv()).isEqualByComparingTo("0");
    }

    @Test
    void compute_emptyStage_isEmpty() {
        CvResult r = CvResult.compute(List.of());
        assertThat(r.status()).isEqualTo(CvResult.Status.EMPTY);
        assertThat(r.cv()).isNull();
    }

    @Test
    void compute_zeroEnrolment_isUnknown() {
        CvResult r = CvResult.compute(List.of(m("A", "3", 0), m("B", "4", 0)));
        assertThat(r.status()).isEqualTo(CvResult.Status.ZERO_ENROLMENT);
        assertThat(r.cv()).isNull();
    }

    @Test
    void compute_zeroMean_isUnknown() {
        CvResult r = CvResult.compute(List.of(m("A", "0", 10), m("B", "0", 20)));
        assertThat(r.status()).isEqualTo(CvResult.Status.ZERO_MEAN);
        assertThat(r.cv()).isNull();
    }

    @Test
    void compute_aSchoolLackingItsValue_givesNoPartialCvAndNamesTheSchool() {
        CvResult r = CvResult.compute(List.of(m("A", "3", 10), m("B", null, 20), m("C", "5", 30)));
        assertThat(r.status()).isEqualTo(CvResult.Status.MISSING_VALUES);
        assertThat(r.cv()).isNull();
        assertThat(r.missing()).containsExactly(new MissingField("school:B/PRIMARY", "areaTeachingAux"));
    }

    @Test
    void compute_doesNotDependOnInputOrder() {
        List<Measure> ms = new ArrayList<>();
        Random rnd = new Random(7);
        for (int i = 0; i < 40; i++) {
            ms.add(m("S" + i, BigDecimal.valueOf(rnd.nextInt(100000), 3).toPlainString(), 50 + rnd.nextInt(2000)));
        }
        BigDecimal first = CvResult.compute(ms).cv();
        for (int k = 0; k < 5; k++) {
            Collections.shuffle(ms, rnd);
            assertThat(CvResult.compute(ms).cv()).isEqualTo(first);
        }
    }

    @Test
    void furthestBelowMean_ordersByRelativeShortfallThenSubject() {
        CvResult r = CvResult.compute(List.of(m("A", "2", 100), m("B", "2", 100), m("C", "4", 100), m("D", "9", 100)));
        assertThat(r.furthestBelowMean(3)).extracting(Measure::schoolId).containsExactly("A", "B", "C");
    }
}
