package io.dudao.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void fixed_roundsHalfUpToTheDecimalsGiven() {
        assertThat(Numbers.fixed(new BigDecimal("3.885"), 2, "")).isEqualTo("3.89");
        assertThat(Numbers.fixed(new BigDecimal("0.5"), 3, "")).isEqualTo("0.500");
        assertThat(Numbers.fixed(new BigDecimal("2169.5714"), 2, ",")).isEqualTo("2,169.57");
    }

    @Test
    void plain_dropsTrailingZerosButKeepsTheMinimum() {
        assertThat(Numbers.plain(new BigDecimal("4.20"), 0, "")).isEqualTo("4.2");
        assertThat(Numbers.plain(new BigDecimal("0.5"), 2, "")).isEqualTo("0.50");
        assertThat(Numbers.plain(new BigDecimal("2500"), 0, ",")).isEqualTo("2,500");
        assertThat(Numbers.plain(new BigDecimal("2E+3"), 0, "")).isEqualTo("2000");
    }

    @Test
    void percent_hasAtMostOneDecimal() {
        assertThat(Numbers.percent(new BigDecimal("0.85"))).isEqualTo("85%");
        assertThat(Numbers.percent(new BigDecimal("0.8346"))).isEqualTo("83.5%");
        assertThat(Numbers.percent(new BigDecimal("1.158"))).isEqualTo("115.8%");
        assertThat(Numbers.percent(BigDecimal.ONE)).isEqualTo("100%");
    }

    @Test
    void group_separatesThousandsOfTheIntegerPartOnly() {
        assertThat(Numbers.group("1234567.891", ",")).isEqualTo("1,234,567.891");
        assertThat(Numbers.group("-1234", ",")).isEqualTo("-1,234");
        assertThat(Numbers.group("123", ",")).isEqualTo("123");
        assertThat(Numbers.group("1234", "")).isEqualTo("1234");
    }
}
