package io.dudao.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.dudao.api.EvaluationReport;
import io.dudao.api.Evaluator;
import io.dudao.api.FactsReader;
import io.dudao.api.IndicatorResult;
import io.dudao.api.Missing;
import io.dudao.api.Verdict;
import io.dudao.facts.District;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The subjects beyond school parts and stages: whole schools and kindergartens judged by path-read
 * values, district figures, findings on evidence, and grades — through rules, the completeness guard and
 * both locales' explanations (fixture rule set {@code units}).
 */
class UnitSubjectsTest {

    private static final Evaluator UNITS = Evaluator.builder().rulesDirectory(RuleSetFixtures.path("units")).build();

    private static final String FACTS = """
            {"code": "100001", "name": "测试县", "schoolYear": "2024-2025",
             "government": {"teacherAvgPay": 98000, "civilServantAvgPay": 96500},
             "evidence": {"T2-E": {"accepted": false, "reference": "县政府〔2023〕12号", "note": "规划未批复"}},
             "schools": [
               {"id": "S1", "name": "一小", "type": "小学", "enrolment": {"primary": 900}, "classSizes": {"primary": [45, 44]}},
               {"id": "S2", "name": "二小", "type": "小学", "enrolment": {"primary": 800}, "classSizes": {"primary": [46, 40]}},
               {"id": "S3", "name": "三小", "type": "小学", "enrolment": {"primary": 700}},
               {"id": "S10", "name": "一中", "type": "初中", "enrolment": {"junior": 700}}],
             "kindergartens": [
               {"id": "K1", "name": "实验幼儿园", "type": "公办", "children": 150, "ftTeachers": 10},
               {"id": "K2", "name": "阳光幼儿园", "type": "普惠性民办", "children": 160, "ftTeachers": 10},
               {"id": "K3", "name": "蓝天幼儿园", "type": "其他民办", "children": 90}]}
            """;

    private static IndicatorResult result(EvaluationReport r, String indicator, String subject) {
        return r.resultsOf(indicator).stream().filter(x -> x.subject().equals(subject)).findFirst().orElseThrow();
    }

    @Test
    void wholeSchoolsAreJudgedEachWithTheirName() {
        District d = FactsReader.parse(FACTS, "t.json").get(0);
        EvaluationReport r = UNITS.explanations().render(UNITS.evaluate(d), Locale.forLanguageTag("zh-CN"));
        assertThat(r.resultsOf("T2-S")).extracting(IndicatorResult::subject)
                .containsExactly("school:S1", "school:S2", "school:S3", "school:S10");
        assertThat(result(r, "T2-S", "school:S1").verdict()).isEqualTo(Verdict.PASS);
        IndicatorResult s2 = result(r, "T2-S", "school:S2");
        assertThat(s2.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(s2.explanation()).isEqualTo("二小小学最大班额46人，超过45人。");
        IndicatorResult s3 = result(r, "T2-S", "school:S3");
        assertThat(s3.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
        assertThat(s3.missing()).containsExactly(new Missing("school:S3", "classSizes.primary"));
        assertThat(s3.explanation()).isEqualTo("三小最大班额无法判定（数据不全）：未填报小学班额。");
        IndicatorResult s10 = result(r, "T2-S", "school:S10");
        assertThat(s10.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(s10.explanation()).isEqualTo("一中不参加最大班额评估：没有小学学段。");
    }

    @Test
    void districtFiguresAndEvidenceFindings() {
        District d = FactsReader.parse(FACTS, "t.json").get(0);
        EvaluationReport r = UNITS.explanations().render(UNITS.evaluate(d), Locale.ENGLISH);
        IndicatorResult pay = result(r, "T2-P", "district:100001");
        assertThat(pay.verdict()).isEqualTo(Verdict.PASS);
        assertThat(pay.exactValue()).isEqualByComparingTo("1500");
        IndicatorResult layout = result(r, "T2-E", "district:100001");
        assertThat(layout.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(layout.explanation()).isEqualTo("School layout of 测试县 is not accepted (县政府〔2023〕12号): 规划未批复.");

        District none = FactsReader.parse("{\"code\": \"100001\", \"name\": \"测试县\", \"schoolYear\": \"2024\"}", "n.json").get(0);
        EvaluationReport u = UNITS.explanations().render(UNITS.evaluate(none), Locale.ENGLISH);
        IndicatorResult undecided = result(u, "T2-E", "district:100001");
        assertThat(undecided.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
        assertThat(undecided.reason()).isEqualTo("no-finding");
        assertThat(undecided.missing()).containsExactly(new Missing("district:100001", "evidence.T2-E.accepted"));
        assertThat(result(u, "T2-P", "district:100001").missing()).extracting(Missing::field)
                .containsExactly("government.civilServantAvgPay", "government.teacherAvgPay");
        assertThat(u.resultsOf("T2-S")).isEmpty();
        assertThat(u.resultsOf("T2-K")).isEmpty();
    }

    @Test
    void kindergartensAreJudgedAndGraded() {
        District d = FactsReader.parse(FACTS, "t.json").get(0);
        EvaluationReport r = UNITS.explanations().render(UNITS.evaluate(d), Locale.forLanguageTag("zh-CN"));
        IndicatorResult k1 = result(r, "T2-K", "kindergarten:K1");
        assertThat(k1.verdict()).isEqualTo(Verdict.PASS);
        assertThat(k1.grade()).isEqualTo("合格");
        assertThat(k1.explanation()).isEqualTo("实验幼儿园师幼比为1:15.0（合格），不高于1:15。");
        IndicatorResult k2 = result(r, "T2-K", "kindergarten:K2");
        assertThat(k2.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(k2.grade()).isEqualTo("不合格");
        IndicatorResult k3 = result(r, "T2-K", "kindergarten:K3");
        assertThat(k3.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
        assertThat(k3.grade()).isNull();
        assertThat(k3.missing()).containsExactly(new Missing("kindergarten:K3", "ftTeachers"));
    }
}
