package io.dudao.internal.text.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dudao.api.DistrictInfo;
import io.dudao.api.EvaluationReport;
import io.dudao.api.Indicator;
import io.dudao.api.IndicatorResult;
import io.dudao.api.Operator;
import io.dudao.api.ParametersInfo;
import io.dudao.api.ReportText;
import io.dudao.api.RuleSetInfo;
import io.dudao.api.SubjectKind;
import io.dudao.api.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The text report over a small hand-made catalog and report, through the public {@link ReportText}: its
 * sections, words, widths and order do not depend on any bundled standard.
 */
class TextReportTest {

    private static final List<Verdict> ALL = List.of(Verdict.values());
    private static final Indicator A = new Indicator("T-A", "T", Map.of("zh", "生均甲面积", "en", "Area A per student"),
            "D1", SubjectKind.SCHOOL_PART, Map.of("zh", "平方米/生", "en", "m² per student"), Operator.GE, 2, ALL,
            "第1项", "OFF", List.of());
    private static final Indicator CV = new Indicator("T-CV", "T", Map.of("zh", "生均甲面积校际差异系数",
            "en", "Coefficient of variation of area A"), "D1", SubjectKind.DISTRICT_STAGE, Map.of(), Operator.LE, 3,
            ALL, "第2项", "OFF", List.of());
    private static final Indicator D = new Indicator("T-D", "T", Map.of("zh", "甲维度(县域)", "en", "Dimension A (district)"),
            "D1", SubjectKind.DISTRICT, Map.of(), null, 2, ALL, "甲维度", "OFF", List.of());
    private static final List<Indicator> CATALOG = List.of(A, CV, D);

    private static final String LONG_SCHOOL = "桐岭县龙潭乡某某某某某某某某某某某某某某某某某某某某某某某某某某某某某村九年一贯制学校";

    private static IndicatorResult result(Indicator i, String subject, Verdict v, String value, String threshold,
                                          Map<String, Object> arguments, String reason, String explanation) {
        return new IndicatorResult(i.id(), subject, v, null, null, value == null ? null : new BigDecimal(value),
                value == null ? null : new BigDecimal(value), threshold == null ? null : new BigDecimal(threshold),
                threshold == null ? null : i.operator(), threshold == null ? null : "national", i.clause(), List.of(),
                List.of(), List.of(), List.of(), reason, i.id() + "." + v, arguments, explanation);
    }

    private static Map<String, Object> school(String name) {
        return Map.of("school", name);
    }

    /** A rendered report: S1 passes, S2 fails, S3 lacks data, S4 and S5 are out of scope, the roll-up fails. */
    private static EvaluationReport report(String locale, String schoolName, String longText) {
        List<IndicatorResult> rs = new ArrayList<>();
        rs.add(result(A, "school:S1/PRIMARY", Verdict.PASS, "5.67", "4.2", school(schoolName), null,
                schoolName + "(小学)生均甲面积为5.67平方米，达到标准4.2平方米。"));
        rs.add(result(A, "school:S2/JUNIOR", Verdict.FAIL, "3.10", "4.5", school("桐岭县城西初级中学"), null,
                "桐岭县城西初级中学(初中)生均甲面积为3.10平方米，低于标准4.5平方米。" + longText));
        rs.add(result(A, "school:S3/PRIMARY", Verdict.INSUFFICIENT_DATA, null, null, school("桐岭县上坪乡中心小学"),
                "missing-input", "桐岭县上坪乡中心小学(小学)生均甲面积无法判定（缺少有效数据）：未填报在校生数(小学)。"));
        rs.add(result(A, "school:S4/PRIMARY", Verdict.NOT_APPLICABLE, null, null, school("桐岭县特殊教育学校"),
                "special-school", "桐岭县特殊教育学校(小学)不参加生均甲面积评估：特殊教育学校不纳入评估。"));
        rs.add(result(CV, "district:330998/PRIMARY", Verdict.PASS, "0.085", "0.5", Map.of(), null,
                "桐岭县小学阶段生均甲面积校际差异系数为0.085，不高于标准0.50。"));
        rs.add(result(CV, "district:330998/JUNIOR", Verdict.NOT_APPLICABLE, null, null, Map.of(), "empty-stage",
                "桐岭县初中阶段生均甲面积校际差异系数不适用：本县该学段没有纳入评估的学校。"));
        Map<String, Object> rollUp = new LinkedHashMap<>();
        rollUp.put("passed", 2);
        rollUp.put("failed", 1);
        rollUp.put("undecided", 1);
        rs.add(result(D, "district:330998", Verdict.FAIL, null, null, rollUp, null,
                "桐岭县甲维度未达到要求：4项评估结果中1项未达标。"));
        return new EvaluationReport("1", new RuleSetInfo("test-rules", "2026.1", "sha256:" + "a".repeat(64)),
                new ParametersInfo("sha256:" + "b".repeat(64), List.of("national", "33")), "sha256:" + "c".repeat(64),
                LocalDate.of(2024, 9, 1), new DistrictInfo("330998", "桐岭县", "33", "3309", "2024-2025"), List.of("T"),
                locale, rs, EvaluationReport.count(rs));
    }

    private static EvaluationReport report(String locale) {
        return report(locale, "桐岭县实验小学", "");
    }

    @Test
    void render_putsHeaderSummaryFailuresMissingDataNotApplicableRestAndFootInOrder() {
        String text = ReportText.render(report("zh-CN"), CATALOG);

        assertThat(text).startsWith("桐岭县督导评估报告\n" + "=".repeat(100) + "\n");
        assertThat(text).containsSubsequence("县（区）    桐岭县（330998）", "学年        2024-2025",
                "评估基准日  2024-09-01", "评估标准    T", "规则集      test-rules 2026.1",
                "一、分维度结论", "二、未通过（2 项）", "三、数据不足（1 项）", "四、不适用（2 项）",
                "五、其余结果（通过 2 项，不适用 2 项）", "参数与校验");
    }

    @Test
    void render_givesEachDimensionItsRollUpVerdictAndCounts() {
        String text = ReportText.render(report("zh-CN"), CATALOG);

        assertThat(text).containsPattern("\n甲维度\\(县域\\) +未通过 +2 +2 +2 +1\n");
        assertThat(text).containsPattern("\n  A +生均甲面积 +1 +1 +1 +1\n");
        assertThat(text).containsPattern("\n  D +甲维度\\(县域\\) +0 +1 +0 +0\n");
    }

    @Test
    void render_groupsExplanationsByIndicatorInCatalogOrder() {
        String text = ReportText.render(report("zh-CN"), CATALOG);

        assertThat(text).containsSubsequence("二、未通过",
                "T-A 生均甲面积：1 项未通过", "  - 桐岭县城西初级中学(初中)生均甲面积为3.10平方米，低于标准4.5平方米。",
                "T-D 甲维度(县域)：1 项未通过", "  - 桐岭县甲维度未达到要求",
                "三、数据不足", "T-A 生均甲面积：1 项数据不足", "  - 桐岭县上坪乡中心小学(小学)生均甲面积无法判定");
    }

    @Test
    void render_listsWhatDoesNotApplyOncePerSubjectAndReasonWithItsIndicators() {
        String text = ReportText.render(report("zh-CN"), CATALOG);

        assertThat(text).containsSubsequence("四、不适用",
                "  - 桐岭县特殊教育学校(小学)不参加生均甲面积评估：特殊教育学校不纳入评估。", "    涉及指标：A",
                "  - 桐岭县初中阶段生均甲面积校际差异系数不适用", "    涉及指标：CV", "五、其余结果");
    }

    @Test
    void render_tabulatesTheRestWithValueAndStandard() {
        String text = ReportText.render(report("zh-CN"), CATALOG);

        assertThat(text).containsPattern("\nA +桐岭县实验小学 +小学 +通过 +5\\.67 +≥ 4\\.2\n");
        assertThat(text).containsPattern("\nA +桐岭县特殊教育学校 +小学 +不适用\n");
        assertThat(text).containsPattern("\nCV +桐岭县 +小学 +通过 +0\\.085 +≤ 0\\.50\n");
        assertThat(text).doesNotContainPattern("\nA +桐岭县城西初级中学");
    }

    @Test
    void render_endsWithTheParameterLayersAndChecksums() {
        String text = ReportText.render(report("en"), CATALOG);

        assertThat(text).endsWith("Parameters and checksums\n" + "-".repeat(100) + "\n"
                + "Parameter layers  national, 33\n"
                + "Parameters hash   sha256:" + "b".repeat(64) + "\n"
                + "Rule set hash     sha256:" + "a".repeat(64) + "\n"
                + "Facts hash        sha256:" + "c".repeat(64) + "\n");
    }

    @Test
    void render_writesVerdictWordsInTheReportsLanguage() {
        String zh = ReportText.render(report("zh-CN"), CATALOG);
        String en = ReportText.render(report("en"), CATALOG);

        assertThat(zh).contains("通过", "未通过", "不适用", "数据不足").doesNotContain("PASS", "INSUFFICIENT DATA");
        assertThat(en).startsWith("Education supervision report: 桐岭县\n")
                .contains("1. Summary by dimension", "2. Failures (2)", "3. Insufficient data (1)",
                        "4. Not applicable (2)", "5. Other results (2 PASS, 2 N/A)", "T-A Area A per student: 1 failed")
                .containsPattern("\nDimension A \\(district\\) +FAIL +2 +2 +2 +1\n")
                .containsPattern("\nA +桐岭县实验小学 +primary +PASS +5\\.67 +≥ 4\\.2\n")
                .containsPattern("\nA +桐岭县特殊教育学校 +primary +N/A\n")
                .contains("INSUFFICIENT DATA");
    }

    @Test
    void render_keepsEveryLineWithin100ColumnsWithLongChineseNamesAndText() {
        String longText = "未达标的指标：" + "每百名学生拥有体育、艺术(美术、音乐)专任教师数为0.00人/百名学生（标准0.9，为标准的0%）；".repeat(6);
        for (String locale : List.of("zh-CN", "en")) {
            String text = ReportText.render(report(locale, LONG_SCHOOL, longText), CATALOG);

            assertThat(text.lines()).allSatisfy(l -> assertThat(DisplayWidth.of(l)).as(l).isLessThanOrEqualTo(100));
            assertThat(text.replace("\n", "").replace(" ", "")).contains(longText.replace(" ", ""));
        }
        assertThat(ReportText.render(report("zh-CN", LONG_SCHOOL, longText), CATALOG))
                .contains("  - 桐岭县城西初级中学(初中)生均甲面积为3.10平方米，低于标准4.5平方米。未达标");
    }

    @Test
    void render_alignsTableColumnsByDisplayWidth() {
        String text = ReportText.render(report("zh-CN"), CATALOG);
        List<String> rows = text.lines().filter(l -> l.matches("(A|CV) .*")).toList();

        assertThat(rows).hasSize(4);
        List<Integer> verdictColumns = rows.stream()
                .map(l -> DisplayWidth.of(l.substring(0, l.matches(".* 通过 .*") ? l.indexOf(" 通过 ") : l.indexOf(" 不适用"))))
                .toList();
        assertThat(verdictColumns).containsOnly(verdictColumns.get(0));
    }

    @Test
    void render_showsARollUpsValueAsPartsMetOfThoseThatApply() {
        EvaluationReport r = report("zh-CN");
        List<IndicatorResult> rs = new ArrayList<>(r.results());
        IndicatorResult d = rs.remove(rs.size() - 1);
        rs.add(new IndicatorResult(d.indicator(), d.subject(), Verdict.PASS, null, null, null, null, null, null, null,
                d.clause(), List.of(), List.of(), List.of(), List.of(), null, "T-D.PASS", d.arguments(), "达到要求。"));
        EvaluationReport passing = new EvaluationReport(r.schemaVersion(), r.ruleSet(), r.parameters(), r.factsHash(),
                r.asOf(), r.district(), r.standards(), r.locale(), rs, EvaluationReport.count(rs));

        assertThat(ReportText.render(passing, CATALOG)).containsPattern("\nD +桐岭县 +通过 +2/4\n");
    }

    @Test
    void render_isDeterministicWithUnixLineEndsAndNoTrailingSpaces() {
        String first = ReportText.render(report("zh-CN"), CATALOG);
        String second = ReportText.render(report("zh-CN"), CATALOG);

        assertThat(second).isEqualTo(first);
        assertThat(first).endsWith("\n").doesNotContain("\r").doesNotContain(" \n").doesNotEndWith("\n\n");
    }

    @Test
    void render_saysNoneForAnEmptySection() {
        EvaluationReport r = report("en");
        List<IndicatorResult> rs = r.results().stream().filter(x -> x.verdict() != Verdict.INSUFFICIENT_DATA).toList();
        EvaluationReport complete = new EvaluationReport(r.schemaVersion(), r.ruleSet(), r.parameters(), r.factsHash(),
                r.asOf(), r.district(), r.standards(), r.locale(), rs, EvaluationReport.count(rs));

        assertThat(ReportText.render(complete, CATALOG)).contains("3. Insufficient data (0)\n" + "-".repeat(100) + "\nNone.\n");
    }

    @Test
    void render_rejectsAReportWhoseExplanationsAreNotRendered() {
        assertThatThrownBy(() -> ReportText.render(report(null), CATALOG))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not rendered").hasMessageContaining("explanations().render");
    }

    @Test
    void render_rejectsAResultOfAnIndicatorMissingFromTheCatalog() {
        assertThatThrownBy(() -> ReportText.render(report("zh-CN"), List.of(A, D)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("T-CV");
    }
}
