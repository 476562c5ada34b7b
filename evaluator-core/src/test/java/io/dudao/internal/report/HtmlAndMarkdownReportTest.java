package io.dudao.internal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dudao.api.DistrictInfo;
import io.dudao.api.EvaluationReport;
import io.dudao.api.Indicator;
import io.dudao.api.IndicatorResult;
import io.dudao.api.Missing;
import io.dudao.api.Operator;
import io.dudao.api.ParametersInfo;
import io.dudao.api.ProvinceSummary;
import io.dudao.api.ReportHtml;
import io.dudao.api.ReportMarkdown;
import io.dudao.api.ResultRef;
import io.dudao.api.RuleSetInfo;
import io.dudao.api.SubjectKind;
import io.dudao.api.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The HTML and Markdown reports over a made-up rule set of two standards, neither of them a real one: the
 * pages take their columns, charts, dimensions and decisions from the catalog and the results alone, escape
 * whatever the data holds, and say so when a standard has no single decision.
 */
class HtmlAndMarkdownReportTest {

    private static final List<Verdict> ALL = List.of(Verdict.values());
    private static final String EVIL = "<script>alert('x')</script> & \"|*_";

    // standard X: two school indicators, their school roll-up, a stage indicator, the dimension roll-up, and a
    // decision over two dimensions
    private static final Indicator XA = ind("X-A", "X", "SPACE", SubjectKind.SCHOOL_PART, Operator.GE, "甲", "Alpha");
    private static final Indicator XB = ind("X-B", "X", "SPACE", SubjectKind.SCHOOL_PART, Operator.LE, "乙", "Beta");
    private static final Indicator XS = ind("X-S", "X", "SPACE", SubjectKind.SCHOOL_PART, null, "学校达标", "School met");
    private static final Indicator XV = ind("X-V", "X", "SPACE", SubjectKind.DISTRICT_STAGE, Operator.LE, "差异", "Spread");
    private static final Indicator XD = ind("X-D", "X", "SPACE", SubjectKind.DISTRICT, null, "空间(县域)", "Space (district)");
    private static final Indicator XG = ind("X-G", "X", "MONEY", SubjectKind.DISTRICT, Operator.GE, "经费", "Funding");
    private static final Indicator XGD = ind("X-GD", "X", "MONEY", SubjectKind.DISTRICT, null, "经费(县域)", "Funding (district)");
    private static final Indicator XC = ind("X-C", "X", "DECISION", SubjectKind.DISTRICT, null, "认定", "Certification");
    // standard Y: two roll-ups that nothing joins, so no single decision
    private static final Indicator Y1 = ind("Y-1", "Y", "ONE", SubjectKind.DISTRICT, null, "一", "One");
    private static final Indicator Y2 = ind("Y-2", "Y", "TWO", SubjectKind.DISTRICT, null, "二", "Two");
    private static final List<Indicator> CATALOG = List.of(XA, XB, XS, XV, XD, XG, XGD, XC, Y1, Y2);

    private static Indicator ind(String id, String std, String dim, SubjectKind kind, Operator op, String zh, String en) {
        return new Indicator(id, std, Map.of("zh", zh, "en", en), dim, kind, Map.of("zh", "米", "en", "m"), op,
                kind == SubjectKind.DISTRICT_STAGE ? 3 : 2, ALL, "clause " + id, "OFF", List.of(),
                dim.equals("SPACE") ? Map.of("zh", "空间", "en", "Space") : Map.of());
    }

    private static IndicatorResult r(Indicator i, String subject, Verdict v, String value, String threshold,
                                     Map<String, Object> args, List<ResultRef> children, List<Missing> missing) {
        return new IndicatorResult(i.id(), subject, v, null, null, value == null ? null : new BigDecimal(value),
                value == null ? null : new BigDecimal(value), threshold == null ? null : new BigDecimal(threshold),
                threshold == null ? null : i.operator(), threshold == null ? null : "national", i.clause(), List.of(),
                children, List.of(), missing, null, i.id() + "." + v, args,
                i.id() + " " + v + " for " + args.getOrDefault("school", subject));
    }

    private static EvaluationReport report(String locale) {
        List<IndicatorResult> rs = new ArrayList<>();
        Map<String, Object> s1 = Map.of("school", EVIL);
        Map<String, Object> s2 = Map.of("school", "第二小学");
        rs.add(r(XA, "school:S1/PRIMARY", Verdict.FAIL, "1.5", "2", s1, List.of(), List.of()));
        rs.add(r(XA, "school:S2/PRIMARY", Verdict.PASS, "2.5", "2", s2, List.of(), List.of()));
        rs.add(r(XB, "school:S1/PRIMARY", Verdict.PASS, "3", "4", s1, List.of(), List.of()));
        rs.add(r(XB, "school:S2/PRIMARY", Verdict.INSUFFICIENT_DATA, null, null, s2, List.of(),
                List.of(new Missing("school:S2", "areaB"))));
        rs.add(r(XS, "school:S1/PRIMARY", Verdict.FAIL, null, null, Map.of("school", EVIL, "passed", 1, "failed", 1),
                List.of(new ResultRef("X-A", "school:S1/PRIMARY", Verdict.FAIL)), List.of()));
        rs.add(r(XS, "school:S2/PRIMARY", Verdict.INSUFFICIENT_DATA, null, null, s2, List.of(), List.of()));
        rs.add(r(XV, "district:9/PRIMARY", Verdict.FAIL, "0.612", "0.5",
                Map.of("lowest", List.of(Map.of("school", EVIL, "value", new BigDecimal("1.5"),
                        "belowMean", new BigDecimal("0.25")))), List.of(), List.of()));
        rs.add(r(XD, "district:9", Verdict.FAIL, null, null, Map.of(),
                List.of(new ResultRef("X-V", "district:9/PRIMARY", Verdict.FAIL),
                        new ResultRef("X-S", "school:S1/PRIMARY", Verdict.FAIL)), List.of()));
        rs.add(r(XG, "district:9", Verdict.PASS, "120", "100", Map.of(), List.of(), List.of()));
        rs.add(r(XGD, "district:9", Verdict.PASS, null, null, Map.of(),
                List.of(new ResultRef("X-G", "district:9", Verdict.PASS)), List.of()));
        rs.add(r(XC, "district:9", Verdict.FAIL, null, null, Map.of(),
                List.of(new ResultRef("X-D", "district:9", Verdict.FAIL),
                        new ResultRef("X-GD", "district:9", Verdict.PASS)), List.of()));
        rs.add(r(Y1, "district:9", Verdict.PASS, null, null, Map.of(), List.of(), List.of()));
        rs.add(r(Y2, "district:9", Verdict.FAIL, null, null, Map.of(), List.of(), List.of()));
        return new EvaluationReport("1", new RuleSetInfo("test", "1", "sha256:r"), new ParametersInfo("sha256:p",
                List.of("national", "province:33")), "sha256:f", LocalDate.of(2024, 9, 1),
                new DistrictInfo("9", "九县 & <b>", "33", "3301", "2024-2025"), List.of("X", "Y"), locale, rs,
                EvaluationReport.count(rs));
    }

    @Test
    void model_takesColumnsChartsDimensionsAndDecisionsFromTheCatalog() {
        ReportModel m = new ReportModel(report("en"), CATALOG);

        assertThat(m.matrices()).singleElement().satisfies(x -> {
            assertThat(x.standard()).isEqualTo("X");
            assertThat(x.columns()).extracting(ReportModel.Column::id).containsExactly("X-A", "X-B", "X-S");
            assertThat(x.rows()).extracting(ReportModel.MatrixRow::school).containsExactly(EVIL, "第二小学");
            assertThat(x.rows().get(0).cells()).extracting(ReportModel.Cell::text).containsExactly("1.50", "3.00", "1/2");
            assertThat(x.rows().get(1).cells()).extracting(ReportModel.Cell::cls)
                    .containsExactly("pass", "insufficient", "insufficient");
        });
        assertThat(m.charts()).singleElement().satisfies(c -> {
            assertThat(c.indicator().id()).isEqualTo("X-V");
            assertThat(c.bars()).singleElement().satisfies(b -> {
                assertThat(b.valueText()).isEqualTo("0.612");
                assertThat(b.limitText()).isEqualTo("limit ≤ 0.50");
                assertThat(b.lowest()).containsExactly(EVIL + " 1.5 (25% below the mean)");
            });
        });
        assertThat(m.dimensions()).extracting(d -> d.key() + " " + d.name() + " " + d.verdict()).containsExactly(
                "X/SPACE Space FAIL", "X/MONEY Funding (district) PASS", "X/DECISION Certification FAIL",
                "Y/ONE One PASS", "Y/TWO Two FAIL");
        assertThat(m.decisions()).extracting(d -> d.standard() + " " + d.verdict() + " " + d.indicator())
                .containsExactly("X FAIL X-C", "Y null null");
        assertThat(m.missingInputs()).extracting(x -> x.subject() + " " + x.field() + " " + x.indicators())
                .containsExactly("第二小学 areaB B");
    }

    @Test
    void html_escapesEverythingTheDataHolds_andLoadsNothing() {
        String html = ReportHtml.render(report("zh-CN"), CATALOG);

        assertThat(html).doesNotContain("<script>").doesNotContain("<b>").doesNotContain("src=").doesNotContain("href=")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;|*_")
                .contains("九县 &amp; &lt;b&gt;督导评估报告")
                .contains("规则集未给出该标准的总体结论")
                .contains("data-indicator=\"X-V\"").contains("<th class=\"num\" title=\"学校达标\">S</th>")
                .contains("@page { size: A4;").contains("default-src 'none'");
        assertThat(ReportHtml.render(report("zh-CN"), CATALOG)).isEqualTo(html);
    }

    @Test
    void markdown_escapesTableCellsAndText_andListsTheProblemsToRectify() {
        String md = ReportMarkdown.render(report("en"), CATALOG);

        assertThat(md).startsWith("# Self-evaluation report: 九县 & \\<b\\> (2024-2025)\n")
                .contains("X: decision: **FAIL** (by X-C).")
                .contains("Y: decision: The rule set gives no overall decision for this standard (see its dimensions).")
                .contains("| 1 | A | \\<script\\>alert('x')\\</script\\> & \"\\|\\*\\_ | primary | X-A FAIL for "
                        + "\\<script\\>alert('x')\\</script\\> & \"\\|\\*\\_ | 1.50 | ≥ 2 |")
                .contains("| 第二小学 | `areaB` | B |")
                .contains("| X | primary | 0.612 | ≤ 0.50 | FAIL |".replace("| X |", "| V |"));
        // every table row has as many cells as its head
        for (String block : md.split("\n\n")) {
            List<String> rows = block.lines().filter(l -> l.startsWith("|")).toList();
            if (!rows.isEmpty()) {
                long cells = cells(rows.get(0));
                assertThat(rows).allSatisfy(row -> assertThat(cells(row)).as(row).isEqualTo(cells));
            }
        }
    }

    @Test
    void reports_ofAnUnrenderedReport_orWithAnIndicatorOutsideTheCatalog_areRefused() {
        assertThatThrownBy(() -> ReportHtml.render(report(null), CATALOG)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not rendered");
        assertThatThrownBy(() -> ReportMarkdown.render(report("en"), List.of(XA))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("X-B, which the catalog does not list");
    }

    @Test
    void provinceSummary_rowTakesTheDecisionsAndDimensionVerdictsFromTheRollUps() {
        ProvinceSummary.Row row = ProvinceSummary.row(report("en"), CATALOG);
        ProvinceSummary s = ProvinceSummary.of(CATALOG, List.of("X", "Y"),
                List.of(row, ProvinceSummary.Row.error("1", "facts.invalid: \"bad\", really")));

        assertThat(row.decisions()).containsEntry("X", Verdict.FAIL).containsEntry("Y", null);
        assertThat(row.dimensions()).containsEntry("X/SPACE", Verdict.FAIL).containsEntry("X/MONEY", Verdict.PASS);
        assertThat(row.failingIndicators()).isEqualTo(6);
        assertThat(s.toCsv(Locale.ENGLISH)).isEqualTo("""
                Code,Name,X: decision,Y: decision,X Space,X Funding (district),X Certification,Y One,Y Two,\
                Failing indicators,Could not be evaluated
                1,,,,,,,,,,"facts.invalid: ""bad"", really"
                9,九县 & <b>,FAIL,,FAIL,PASS,FAIL,PASS,FAIL,6,
                """);
        assertThat(s.toHtml(Locale.ENGLISH)).contains("<td class=\"\">九县 &amp; &lt;b&gt;</td>");
    }

    private static long cells(String row) {
        return row.replace("\\|", "").chars().filter(c -> c == '|').count();
    }
}
