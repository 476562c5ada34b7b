package io.dudao.internal.text.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TableTest {

    private static final Locale ZH = Locale.forLanguageTag("zh-CN");

    /** The display column at which {@code cell} starts in {@code line}. */
    private static int column(String line, String cell) {
        return DisplayWidth.of(line.substring(0, line.indexOf(cell)));
    }

    @Test
    void render_alignsColumnsByDisplayWidthWithChineseText() {
        List<String> lines = new Table(ZH)
                .column("学校", Table.Align.LEFT, true)
                .column("学段", Table.Align.LEFT, false)
                .column("数值", Table.Align.RIGHT, false)
                .row("桐岭县柳溪镇九年一贯制学校", "初中", "6.51")
                .row("桐岭中学", "primary", "12345.67")
                .render("", 100);

        assertThat(lines).hasSize(4);
        assertThat(column(lines.get(2), "初中")).isEqualTo(column(lines.get(3), "primary")).isEqualTo(28);
        assertThat(DisplayWidth.of(lines.get(2))).isEqualTo(DisplayWidth.of(lines.get(3)));
        assertThat(lines.get(1)).isEqualTo("-".repeat(26) + "  " + "-".repeat(7) + "  " + "-".repeat(8));
    }

    @Test
    void render_wrapsTheFlexibleColumnToTheWidth() {
        String name = "桐岭县某某乡某某村某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某小学";
        List<String> lines = new Table(ZH)
                .column("指标", Table.Align.LEFT, false)
                .column("学校", Table.Align.LEFT, true)
                .column("结论", Table.Align.LEFT, false)
                .row("R1", name, "通过")
                .render("  ", 40);

        assertThat(lines).allSatisfy(l -> assertThat(DisplayWidth.of(l)).isLessThanOrEqualTo(40));
        assertThat(lines.get(2)).startsWith("  R1    桐岭县").endsWith("通过");
        assertThat(String.join("", lines.subList(2, lines.size())).replaceAll("[ R1通过]", "")).isEqualTo(name);
    }

    @Test
    void render_wrapsAWideHeaderAtItsSpacesBeforeWrappingCells() {
        List<String> lines = new Table(Locale.ENGLISH)
                .column("Indicator", Table.Align.LEFT, true)
                .column("INSUFFICIENT DATA", Table.Align.RIGHT, false)
                .row("Teaching equipment value per student", "0")
                .render("", 52);

        assertThat(lines.get(0)).endsWith("INSUFFICIENT");
        assertThat(lines.get(1)).endsWith("DATA");
        assertThat(lines.get(3)).startsWith("Teaching equipment value per student").endsWith("0");
    }

    @Test
    void render_leavesNoTrailingSpacesAndKeepsGaps() {
        List<String> lines = new Table(Locale.ENGLISH)
                .column("a", Table.Align.LEFT, false)
                .column("b", Table.Align.LEFT, false)
                .row("x", null)
                .gap()
                .row("yyy", "z")
                .render("", 100);

        assertThat(lines).containsExactly("a    b", "---  -", "x", "", "yyy  z");
    }
}
