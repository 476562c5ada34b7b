package io.dudao.rulemodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class QuantityTest {

    @Test
    void per100_isExactWhereAPersonComputesExactly() {
        Quantity q = Quantity.of(21).per100(Quantity.of(500));
        assertThat(q.value()).isEqualByComparingTo("4.2");
    }

    @Test
    void splitShareThenPerStudent_isExactWhereBinaryFloatingPointIsNot() {
        // A nine-year school with 100 primary and 187 junior students and 611400 元 of equipment:
        // primary share = 100 / (100 + 1.1 × 187) = 100 / 305.7, so R6 = 611400 × share ÷ 100 = 2000 exactly.
        double naive = 611400.0 * (100 / (100 + 1.1 * 187)) / 100;
        assertThat(naive).isLessThan(2000);
        Quantity share = Quantity.of(100).per(Quantity.of(100).plus(Quantity.of(new BigDecimal("1.1")).times(187)));
        Quantity r6 = Quantity.of(611400).times(share).per(Quantity.of(100));
        assertThat(r6.value()).isEqualByComparingTo("2000");
    }

    @Test
    void subtraction_isExact() {
        Quantity q = Quantity.of(new BigDecimal("2250.3")).minus(Quantity.of(new BigDecimal("0.3")))
                .per(Quantity.of(500));
        assertThat(q.value()).isEqualByComparingTo("4.5");
    }

    @Test
    void unknownOperand_makesResultUnknownAndNamesEveryMissingInput() {
        Quantity q = Quantity.missing("teachers.primary.pe").plus(Quantity.missing("teachers.primary.music"))
                .per100(Quantity.missing("enrolment.primary"));
        assertThat(q.known()).isFalse();
        assertThat(q.missing()).containsExactly("enrolment.primary", "teachers.primary.music", "teachers.primary.pe");
    }

    @Test
    void zeroDenominator_isUnknownNamingTheField() {
        Quantity q = Quantity.of(10).per(Quantity.of(BigDecimal.ZERO, "enrolment.primary"));
        assertThat(q.known()).isFalse();
        assertThat(q.problems()).containsExactly("enrolment.primary = 0");
    }
}
