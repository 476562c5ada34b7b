package io.dudao.api;

import static io.dudao.internal.engine.RuleSetFixtures.district;
import static io.dudao.internal.engine.RuleSetFixtures.primary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dudao.facts.District;
import io.dudao.internal.engine.RuleSetFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Explanations are rendered per report, in zh-CN or en, from the rule set's templates. */
class ExplanationsTest {

    private static final Evaluator BASIC = Evaluator.builder().rulesDirectory(RuleSetFixtures.path("basic")).build();
    private static final Locale ZH = Locale.forLanguageTag("zh-CN");
    /** A passes (4.5 = 4.5), B fails, C lacks its area, D has no students; T1-D has no rule (no outcome). */
    private static final District COUNTY = district(primary("A", "2250", 500), primary("B", "1900", 444),
            primary("C", null, 10), primary("D", "1000", 0));
    private static final EvaluationReport REPORT = BASIC.evaluate(COUNTY);
    private static ExecutorService pool;

    @AfterAll
    static void stop() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    private static String explanation(EvaluationReport r, String indicator, String subject) {
        return r.result(indicator, subject).explanation();
    }

    @Test
    void render_inChinese_givesTheMeasureValueThresholdAndUnit() {
        EvaluationReport zh = BASIC.explanations().render(REPORT, ZH);
        assertThat(zh.locale()).isEqualTo("zh-CN");
        assertThat(explanation(zh, "T1-A", "school:A/PRIMARY")).isEqualTo("学校A(小学)生均面积为4.50平方米/生，达到标准4.5平方米/生。");
        assertThat(explanation(zh, "T1-A", "school:B/PRIMARY")).isEqualTo("学校B(小学)生均面积为4.28平方米/生，低于标准4.5平方米/生。");
    }

    @Test
    void render_inEnglish_givesTheSameFactsInEnglish() {
        EvaluationReport en = BASIC.explanations().render(REPORT, Locale.ENGLISH);
        assertThat(en.locale()).isEqualTo("en");
        assertThat(explanation(en, "T1-A", "school:B/PRIMARY"))
                .isEqualTo("Area per student at 学校B (primary) is 4.28 m² per student, below the standard of 4.5.");
    }

    @Test
    void render_insufficientData_namesTheMissingFieldsAndProblems() {
        EvaluationReport zh = BASIC.explanations().render(REPORT);
        assertThat(explanation(zh, "T1-A", "school:C/PRIMARY")).isEqualTo("学校C(小学)生均面积无法判定（数据不全）：未填报教学及辅助用房面积。");
        assertThat(explanation(zh, "T1-A", "school:D/PRIMARY")).isEqualTo("学校D(小学)生均面积无法判定（数据不全）：在校生数(小学)为0。");
        assertThat(explanation(zh, "T1-D", "district:100001")).isEqualTo("测试县县域无法判定（规则未给出结论）。");
        EvaluationReport en = BASIC.explanations().render(REPORT, Locale.forLanguageTag("en-GB"));
        assertThat(explanation(en, "T1-A", "school:C/PRIMARY"))
                .isEqualTo("Area per student at 学校C (primary) cannot be decided (data missing): teaching and auxiliary floor area not reported.");
        assertThat(explanation(en, "T1-A", "school:D/PRIMARY"))
                .isEqualTo("Area per student at 学校D (primary) cannot be decided (data missing): primary enrolment is 0.");
    }

    @Test
    void render_isPerReport_andLeavesTheReportItRendersUntouched() {
        EvaluationReport zh = BASIC.explanations().render(REPORT, ZH);
        EvaluationReport en = BASIC.explanations().render(zh, Locale.ENGLISH);
        assertThat(REPORT.locale()).isNull();
        assertThat(REPORT.results()).allSatisfy(r -> assertThat(r.explanation()).isNull());
        assertThat(zh.results()).allSatisfy(r -> assertThat(r.explanation()).isNotBlank());
        assertThat(en.results()).allSatisfy(r -> assertThat(r.explanation()).isNotBlank().doesNotContain("学校A(小学)"));
        assertThat(en.results()).extracting(IndicatorResult::messageKey)
                .containsExactlyElementsOf(REPORT.results().stream().map(IndicatorResult::messageKey).toList());
        assertThat(en.summary()).isEqualTo(REPORT.summary());
    }

    @Test
    void render_defaultsToChinese() {
        assertThat(BASIC.explanations().render(REPORT)).isEqualTo(BASIC.explanations().render(REPORT, ZH));
        assertThat(Explanations.DEFAULT_LOCALE.toLanguageTag()).isEqualTo("zh-CN");
        assertThat(BASIC.explanations().supportedLocales()).extracting(Locale::toLanguageTag).containsExactly("zh-CN", "en");
    }

    @Test
    void render_unsupportedLocale_namesTheSupportedOnes() {
        assertThatThrownBy(() -> BASIC.explanations().render(REPORT, Locale.FRENCH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'fr'").hasMessageContaining("zh-CN (default), en");
        assertThatThrownBy(() -> BASIC.explanations().render(REPORT, Locale.forLanguageTag("zh-TW")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zh-TW");
        assertThatThrownBy(() -> Explanations.locale("de")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("supported: zh-CN (default), en");
    }

    @Test
    void locale_acceptsTheTagsACommandLineGives() {
        assertThat(Explanations.locale("zh-CN").toLanguageTag()).isEqualTo("zh-CN");
        assertThat(Explanations.locale("zh_CN").toLanguageTag()).isEqualTo("zh-CN");
        assertThat(Explanations.locale("zh").toLanguageTag()).isEqualTo("zh-CN");
        assertThat(Explanations.locale("en-US").toLanguageTag()).isEqualTo("en");
    }

    @Test
    void render_aReportOfAnotherRuleSet_isRefused() {
        IndicatorResult stray = REPORT.results().get(0);
        stray = new IndicatorResult("X-9", stray.subject(), stray.verdict(), null, null, null, null, null, null, null,
                null, List.of(), List.of(), List.of(), List.of(), null, "X-9.PASS", null, null);
        EvaluationReport other = new EvaluationReport(REPORT.schemaVersion(), REPORT.ruleSet(), REPORT.parameters(),
                REPORT.factsHash(), REPORT.asOf(), REPORT.district(), REPORT.standards(), null, List.of(stray),
                REPORT.summary());
        assertThatThrownBy(() -> BASIC.explanations().render(other))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("X-9");
    }

    @Test
    void render_isDeterministic_andTheJsonCarriesTheTextBesideKeyAndArguments() {
        String a = ReportJson.toJson(BASIC.explanations().render(BASIC.evaluate(COUNTY), ZH));
        String b = ReportJson.toJson(BASIC.explanations().render(BASIC.evaluate(COUNTY), ZH));
        assertThat(a).isEqualTo(b).contains("\"locale\" : \"zh-CN\"")
                .contains("\"explanation\" : \"学校B(小学)生均面积为4.28平方米/生，低于标准4.5平方米/生。\"");
        assertThat(a.indexOf("\"messageKey\" : \"T1-A.FAIL\"")).isLessThan(a.indexOf("低于标准"));
    }

    @Test
    void render_fromManyThreads_givesTheSameTextAsSequentially() throws Exception {
        List<District> districts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            districts.add(district(primary("A" + i, String.valueOf(2000 + i * 13), 400 + i),
                    primary("B" + i, i % 4 == 0 ? null : String.valueOf(1500 + i), 300)));
        }
        List<EvaluationReport> reports = districts.stream().map(BASIC::evaluate).toList();
        List<String> sequential = new ArrayList<>();
        for (EvaluationReport r : reports) {
            sequential.add(ReportJson.toJson(BASIC.explanations().render(r, i(sequential.size()))));
        }
        pool = Executors.newFixedThreadPool(8);
        List<Future<String>> futures = new ArrayList<>();
        for (int k = 0; k < reports.size(); k++) {
            EvaluationReport r = reports.get(k);
            Locale l = i(k);
            futures.add(pool.submit(() -> ReportJson.toJson(BASIC.explanations().render(r, l))));
        }
        for (int k = 0; k < reports.size(); k++) {
            assertThat(futures.get(k).get()).isEqualTo(sequential.get(k));
        }
    }

    private static Locale i(int k) {
        return k % 2 == 0 ? ZH : Locale.ENGLISH;
    }
}
