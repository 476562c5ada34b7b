package io.dudao.internal.text.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayWidthTest {

    @Test
    void of_countsAsciiAsOneColumnEach() {
        assertThat(DisplayWidth.of("R1 PASS 5.67")).isEqualTo(12);
    }

    @Test
    void of_countsChineseCharactersAsTwoColumns() {
        assertThat(DisplayWidth.of("桐岭县实验小学")).isEqualTo(14);
        assertThat(DisplayWidth.of("小学R1")).isEqualTo(6);
    }

    @Test
    void of_countsFullwidthPunctuationAsTwoColumns() {
        assertThat(DisplayWidth.of("，。：；（）、")).isEqualTo(14);
        assertThat(DisplayWidth.of("〔2017〕")).isEqualTo(8);
        assertThat(DisplayWidth.of("ＡＢ￥")).isEqualTo(6);
    }

    @Test
    void of_countsKanaHangulAndSupplementaryIdeographsAsTwoColumns() {
        assertThat(DisplayWidth.of("かな")).isEqualTo(4);
        assertThat(DisplayWidth.of("학교")).isEqualTo(4);
        assertThat(DisplayWidth.of(new String(Character.toChars(0x20BB7)))).isEqualTo(2);   // 𠮷, extension B
        assertThat(DisplayWidth.of("\uD83C\uDFEB")).isEqualTo(2);                           // 🏫 school emoji
    }

    @Test
    void of_countsCombiningMarksAndFormatCharactersAsNone() {
        assertThat(DisplayWidth.of("e\u0301")).isEqualTo(1);
        assertThat(DisplayWidth.of("a\u200Bb\u200Dc\uFEFF")).isEqualTo(3);
        assertThat(DisplayWidth.of("\t\n")).isZero();
    }

    @Test
    void of_countsAmbiguousCharactersAsOneColumn() {
        assertThat(DisplayWidth.of("≥²—…·")).isEqualTo(5);
    }

    @Test
    void of_givesZeroForNullAndEmptyText() {
        assertThat(DisplayWidth.of((String) null)).isZero();
        assertThat(DisplayWidth.of("")).isZero();
    }

    @Test
    void padRight_padsToTheDisplayWidth() {
        assertThat(DisplayWidth.padRight("小学", 6)).isEqualTo("小学  ");
        assertThat(DisplayWidth.padRight("primary", 6)).isEqualTo("primary");
    }

    @Test
    void padLeft_padsToTheDisplayWidth() {
        assertThat(DisplayWidth.padLeft("通过", 7)).isEqualTo("   通过");
        assertThat(DisplayWidth.padLeft("5.67", 6)).isEqualTo("  5.67");
    }
}
