package io.dudao.internal.text.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WrapTest {

    private static final Locale ZH = Locale.forLanguageTag("zh-CN");

    @Test
    void lines_breakEnglishAtSpaces() {
        List<String> lines = Wrap.lines("Sports ground and hall area per student: 5.27 m² per student", 20,
                Locale.ENGLISH);

        assertThat(lines).containsExactly("Sports ground and", "hall area per", "student: 5.27 m² per", "student");
    }

    @Test
    void lines_breakChineseBetweenCharactersWithinTheDisplayWidth() {
        List<String> lines = Wrap.lines("桐岭县实验小学生均体育运动场馆面积低于标准", 10, ZH);

        assertThat(lines).containsExactly("桐岭县实验", "小学生均体", "育运动场馆", "面积低于标", "准");
        assertThat(lines).allSatisfy(l -> assertThat(DisplayWidth.of(l)).isLessThanOrEqualTo(10));
    }

    @Test
    void lines_neverStartALineWithClosingPunctuation() {
        List<String> lines = Wrap.lines("资源配置未达标，要求至少六项达到标准。其余各项不低于标准", 8, ZH);

        assertThat(lines).noneMatch(l -> l.startsWith("，") || l.startsWith("。"));
        assertThat(String.join("", lines)).isEqualTo("资源配置未达标，要求至少六项达到标准。其余各项不低于标准");
    }

    @Test
    void lines_keepANumberWithItsUnit() {
        List<String> lines = Wrap.lines("低于标准标准0.9人。", 12, ZH);

        assertThat(lines).containsExactly("低于标准标准", "0.9人。");
    }

    @Test
    void lines_keepAChineseNameWholeInEnglishText() {
        List<String> lines = Wrap.lines("Resource allocation at 桐岭县城关第一小学 (primary)", 30, Locale.ENGLISH);

        assertThat(lines).containsExactly("Resource allocation at", "桐岭县城关第一小学 (primary)");
    }

    @Test
    void lines_breakALongRunOfChineseInEnglishText() {
        String run = "某".repeat(30);

        List<String> lines = Wrap.lines("at " + run + " (primary)", 50, Locale.ENGLISH);

        assertThat(lines).allSatisfy(l -> assertThat(DisplayWidth.of(l)).isLessThanOrEqualTo(50));
        assertThat(lines.get(0)).startsWith("at 某");
        assertThat(String.join(" ", lines).replace(" ", "")).isEqualTo("at" + run + "(primary)");
    }

    @Test
    void lines_cutAPieceWiderThanTheLine() {
        List<String> lines = Wrap.lines("hash 0123456789abcdef0123456", 10, Locale.ENGLISH);

        assertThat(lines).containsExactly("hash", "0123456789", "abcdef0123", "456");
    }

    @Test
    void lines_takeAFirstWidthAndAWidthForTheRest() {
        List<String> lines = Wrap.lines("one two three four five", 7, 13, Locale.ENGLISH);

        assertThat(lines).containsExactly("one two", "three four", "five");
    }

    @Test
    void lines_keepLineBreaksAndDropTrailingSpaces() {
        assertThat(Wrap.lines("a  \n\nb", 10, Locale.ENGLISH)).containsExactly("a", "", "b");
        assertThat(Wrap.lines("", 10, Locale.ENGLISH)).containsExactly("");
    }
}
