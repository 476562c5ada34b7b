package io.dudao.rules.pp2020;

import static io.dudao.rules.pp2020.PP2020Fixtures.evaluator;
import static io.dudao.rules.pp2020.PP2020Fixtures.result;
import static io.dudao.rules.pp2020.PP2020Fixtures.sample;
import static org.assertj.core.api.Assertions.assertThat;

import io.dudao.api.EvaluationReport;
import io.dudao.api.IndicatorResult;
import io.dudao.api.ReportJson;
import io.dudao.api.Verdict;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample county (柳溪县, examples/samples/pp2020-county.json) gives the decision its README describes, with
 * grades on the results; and what scenario files cannot state: the grade of each result, byte-identical JSON,
 * explanations in both locales, and a clean lint.
 */
class PP2020SampleCountyTest {

    private static final String D = "district:210999";
    private static EvaluationReport report;

    @BeforeAll
    static void evaluate() {
        report = evaluator().evaluate(sample());
    }

    @Test
    void sample_failsCertification_onThreeItems_withTwoBasicPasses() {
        IndicatorResult cert = result(report, "PP2020-CERT", D);

        assertThat(cert.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(cert.children()).filteredOn(c -> c.verdict() == Verdict.FAIL).extracting(c -> c.indicator())
                .containsExactly("PP2020-09", "PP2020-15", "PP2020-26");
        assertThat(cert.arguments().get("basicItems")).isEqualTo(List.of("PP2020-11", "PP2020-29"));
        assertThat(cert.arguments().get("maxBasicPass")).isEqualTo(7);
    }

    @Test
    void sample_gradesItsItems_basicPassIsPassWithGrade() {
        assertThat(result(report, "PP2020-11", D)).satisfies(r -> {
            assertThat(r.verdict()).isEqualTo(Verdict.PASS);
            assertThat(r.grade()).isEqualTo("基本合格");
        });
        assertThat(result(report, "PP2020-29", D)).satisfies(r -> {
            assertThat(r.verdict()).isEqualTo(Verdict.PASS);
            assertThat(r.grade()).isEqualTo("基本合格");
            assertThat(r.failing()).containsExactly("kindergarten:K07", "kindergarten:K08");
        });
        assertThat(result(report, "PP2020-26", D)).satisfies(r -> {
            assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(r.grade()).isEqualTo("不合格");
            assertThat(r.failing()).containsExactly("kindergarten:K12");
        });
        assertThat(result(report, "PP2020-01", D)).satisfies(r -> {
            assertThat(r.grade()).isEqualTo("合格");
            assertThat(r.exactValue()).isEqualByComparingTo("91.21621621621622");
        });
        assertThat(result(report, "PP2020-04", D).grade()).isEqualTo("合格");
        assertThat(result(report, "PP2020-15", D).grade()).isEqualTo("不合格");
        assertThat(report.results()).filteredOn(r -> r.indicator().matches("PP2020-[0-9]{2}"))
                .as("every 二级指标 of the sample is decided and graded").allSatisfy(r -> assertThat(r.grade()).isNotNull());
        assertThat(report.results()).filteredOn(r -> r.subject().startsWith("kindergarten:"))
                .as("kindergarten checks are not graded").allSatisfy(r -> assertThat(r.grade()).isNull());
    }

    @Test
    void sample_kindergartenChecks_nameTheKindergartens() {
        assertThat(report.results()).filteredOn(r -> r.indicator().equals("PP2020-26K"))
                .hasSize(12).filteredOn(r -> r.verdict() == Verdict.FAIL).extracting(IndicatorResult::subject)
                .containsExactly("kindergarten:K12");
        assertThat(result(report, "PP2020-31K", "kindergarten:K08").verdict()).isEqualTo(Verdict.FAIL);
        assertThat(result(report, "PP2020-31", D).verdict()).isEqualTo(Verdict.PASS);
        assertThat(result(report, "PP2020-27K", "kindergarten:K01").reason()).isEqualTo("planned-before-2017");
    }

    @Test
    void sample_givesByteIdenticalJson_andExplainsEveryResultInBothLocales() {
        String first = ReportJson.toJson(evaluator().evaluate(sample()));
        String second = ReportJson.toJson(evaluator().evaluate(sample()));
        assertThat(second).isEqualTo(first);

        for (Locale locale : List.of(Locale.forLanguageTag("zh-CN"), Locale.ENGLISH)) {
            EvaluationReport rendered = evaluator().explanations().render(report, locale);
            assertThat(rendered.results()).allSatisfy(r -> assertThat(r.explanation())
                    .as(r.indicator() + " " + r.subject()).isNotBlank().doesNotContain("{{").doesNotContain("kindergarten:"));
        }
        EvaluationReport zh = evaluator().explanations().render(report, Locale.forLanguageTag("zh-CN"));
        assertThat(result(zh, "PP2020-26", D).explanation())
                .isEqualTo("柳溪县12所幼儿园中1所园舍条件未达标（占8.3%，超过5%），不合格：柳溪县贝贝幼儿园。");
    }

    @Test
    void bundledPP2020_hasNoLintProblems() {
        assertThat(evaluator().lint()).isEmpty();
    }
}
