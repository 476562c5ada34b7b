package io.dudao.internal.text.report;

import io.dudao.api.Verdict;
import java.util.Locale;
import java.util.Map;

/**
 * The words of the text report itself, per locale: headings, column heads, verdict words, stage names.
 * The explanations come from each standard's templates; these only frame them. Immutable.
 */
enum Labels {

    ZH(Locale.forLanguageTag("zh-CN"), Map.ofEntries(
            Map.entry("grouping", ""),
            Map.entry("list", "、"),
            Map.entry("title", "%s督导评估报告"),
            Map.entry("districtValue", "%s（%s）"),
            Map.entry("district", "县（区）"),
            Map.entry("schoolYear", "学年"),
            Map.entry("asOf", "评估基准日"),
            Map.entry("standards", "评估标准"),
            Map.entry("ruleSet", "规则集"),
            Map.entry("summary", "一、分维度结论"),
            Map.entry("failures", "二、未通过（%d 项）"),
            Map.entry("insufficient", "三、数据不足（%d 项）"),
            Map.entry("notApplicable", "四、不适用（%d 项）"),
            Map.entry("rest", "五、其余结果（通过 %d 项，不适用 %d 项）"),
            Map.entry("foot", "参数与校验"),
            Map.entry("none", "无。"),
            Map.entry("dimension", "维度"),
            Map.entry("result", "结论"),
            Map.entry("indicator", "指标"),
            Map.entry("byIndicator", "%s各指标结果："),
            Map.entry("total", "合计"),
            Map.entry("failedGroup", "%s %s：%d 项未通过"),
            Map.entry("insufficientGroup", "%s %s：%d 项数据不足"),
            Map.entry("indicatorsOf", "涉及指标：%s"),
            Map.entry("subject", "学校 / 县区"),
            Map.entry("stage", "学段"),
            Map.entry("value", "数值"),
            Map.entry("threshold", "标准"),
            Map.entry("layers", "参数层"),
            Map.entry("parametersHash", "参数哈希"),
            Map.entry("ruleSetHash", "规则集哈希"),
            Map.entry("factsHash", "事实数据哈希"),
            Map.entry("PASS", "通过"),
            Map.entry("FAIL", "未通过"),
            Map.entry("NOT_APPLICABLE", "不适用"),
            Map.entry("INSUFFICIENT_DATA", "数据不足"),
            Map.entry("PRIMARY", "小学"),
            Map.entry("JUNIOR", "初中"),
            Map.entry("SENIOR", "高中"))),

    EN(Locale.ENGLISH, Map.ofEntries(
            Map.entry("grouping", ","),
            Map.entry("list", ", "),
            Map.entry("title", "Education supervision report: %s"),
            Map.entry("districtValue", "%s (%s)"),
            Map.entry("district", "District"),
            Map.entry("schoolYear", "School year"),
            Map.entry("asOf", "As of"),
            Map.entry("standards", "Standards"),
            Map.entry("ruleSet", "Rule set"),
            Map.entry("summary", "1. Summary by dimension"),
            Map.entry("failures", "2. Failures (%d)"),
            Map.entry("insufficient", "3. Insufficient data (%d)"),
            Map.entry("notApplicable", "4. Not applicable (%d)"),
            Map.entry("rest", "5. Other results (%d PASS, %d N/A)"),
            Map.entry("foot", "Parameters and checksums"),
            Map.entry("none", "None."),
            Map.entry("dimension", "Dimension"),
            Map.entry("result", "Result"),
            Map.entry("indicator", "Indicator"),
            Map.entry("byIndicator", "%s, by indicator:"),
            Map.entry("total", "Total"),
            Map.entry("failedGroup", "%s %s: %d failed"),
            Map.entry("insufficientGroup", "%s %s: %d with insufficient data"),
            Map.entry("indicatorsOf", "Indicators: %s"),
            Map.entry("subject", "School / district"),
            Map.entry("stage", "Stage"),
            Map.entry("value", "Value"),
            Map.entry("threshold", "Standard"),
            Map.entry("layers", "Parameter layers"),
            Map.entry("parametersHash", "Parameters hash"),
            Map.entry("ruleSetHash", "Rule set hash"),
            Map.entry("factsHash", "Facts hash"),
            Map.entry("PASS", "PASS"),
            Map.entry("FAIL", "FAIL"),
            Map.entry("NOT_APPLICABLE", "N/A"),
            Map.entry("INSUFFICIENT_DATA", "INSUFFICIENT DATA"),
            Map.entry("PRIMARY", "primary"),
            Map.entry("JUNIOR", "junior secondary"),
            Map.entry("SENIOR", "senior secondary")));

    private final Locale locale;
    private final Map<String, String> texts;

    Labels(Locale locale, Map<String, String> texts) {
        this.locale = locale;
        this.texts = texts;
    }

    /**
     * The labels for a rendered report's locale tag: Chinese for {@code zh…}, English for {@code en…}.
     *
     * @throws IllegalArgumentException when the report was not rendered, or in another language
     */
    static Labels of(String tag) {
        if (tag == null) {
            throw new IllegalArgumentException("the report's explanations are not rendered: render it with "
                    + "evaluator.explanations().render(report, locale) first");
        }
        return switch (Locale.forLanguageTag(tag).getLanguage()) {
            case "zh" -> ZH;
            case "en" -> EN;
            default -> throw new IllegalArgumentException("no text report for locale " + tag + "; supported: zh-CN, en");
        };
    }

    Locale locale() {
        return locale;
    }

    /** The text of {@code key}, formatted with {@code args} when it has placeholders. */
    String get(String key, Object... args) {
        String t = texts.get(key);
        if (t == null) {
            throw new IllegalStateException("no label " + key + " in " + this);
        }
        return args.length == 0 ? t : String.format(Locale.ROOT, t, args);
    }

    /** The verdict word: 通过 / 未通过 / 不适用 / 数据不足, PASS / FAIL / N/A / INSUFFICIENT DATA. */
    String verdict(Verdict v) {
        return get(v.name());
    }

    /** The stage's name, or the stage id when it is none the report knows. */
    String stage(String id) {
        return switch (id) {
            case "PRIMARY", "JUNIOR", "SENIOR" -> get(id);
            default -> id;
        };
    }
}
