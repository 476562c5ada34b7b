package io.dudao.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;

import io.dudao.api.FactsReader;
import io.dudao.facts.District;
import io.dudao.facts.KindergartenType;
import io.dudao.facts.Rating;
import io.dudao.rulemodel.DistrictFact;
import io.dudao.rulemodel.FactValues;
import io.dudao.rulemodel.KindergartenFact;
import io.dudao.rulemodel.Quantity;
import io.dudao.rulemodel.SchoolFact;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactFlattenerTest {

    private static final String JSON = """
            {"code": "330999", "name": "测试县", "schoolYear": "2024-2025",
             "government": {"teacherAvgPay": 98000.50, "performancePayFullyApproved": true},
             "evidence": {"QB2017-G1": {"accepted": false, "reference": "县政府〔2023〕12号"}},
             "vetoes": {"QB2017-VETO1": {"found": false}},
             "finance": {"region": "东部", "years": [{"year": 2023, "eduExpenditure": 100}, {"year": 2024, "students": 7}]},
             "quality": {"monitoring": [{"subject": "数学", "level": 3, "schoolDiffRate": 0.12}]},
             "kindergartens": [{"id": "K1", "name": "实验幼儿园", "type": "普惠性民办", "children": 180,
                                "classes": {"small": [25, 26]}}],
             "schools": [{"id": "S1", "name": "一小", "type": "小学", "enrolment": {"primary": 900},
                          "classSizes": {"primary": [45, 46, 40]}, "moralEducationRating": "良好",
                          "teachers": {"primary": {"fullTime": 50, "certified": 49}},
                          "doubleReduction": {"afterSchoolEndTime": "17:30"}}]}
            """;

    @Test
    void readsTheNewGroupsIntoRecords() {
        District d = FactsReader.parse(JSON, "t.json").get(0);
        assertThat(d.government().teacherAvgPay()).isEqualByComparingTo("98000.50");
        assertThat(d.evidence().get("QB2017-G1").accepted()).isFalse();
        assertThat(d.kindergartens().get(0).type()).isEqualTo(KindergartenType.PUHUI_PRIVATE);
        assertThat(d.schools().get(0).moralEducationRating()).isEqualTo(Rating.GOOD);
        assertThat(d.schools().get(0).teachers().primary().certified()).isEqualTo(49);
        assertThat(d.finance().years()).hasSize(2);
    }

    @Test
    void districtValuesByPathNameMissingFields() {
        DistrictFact f = FactFlattener.district(FactsReader.parse(JSON, "t.json").get(0));
        assertThat(f.number("government.teacherAvgPay").value()).isEqualByComparingTo("98000.50");
        assertThat(f.number("government.civilServantAvgPay").missing()).containsExactly("government.civilServantAvgPay");
        assertThat(f.flag("government.performancePayFullyApproved")).isTrue();
        assertThat(f.flag("evidence.QB2017-G1.accepted")).isFalse();
        assertThat(f.text("evidence.QB2017-G1.reference")).isEqualTo("县政府〔2023〕12号");
        assertThat(f.keys("vetoes")).containsExactly("QB2017-VETO1");
        assertThat(f.text("finance.region")).isEqualTo("EAST");
        assertThat(f.has("schools")).isFalse();
        List<FactValues> years = f.items("finance.years");
        assertThat(years).hasSize(2);
        assertThat(years.get(1).number("eduExpenditure").missing()).containsExactly("finance.years[1].eduExpenditure");
        assertThat(f.items("quality.monitoring").get(0).number("level").value()).isEqualByComparingTo("3");
    }

    @Test
    void schoolAndKindergartenValuesByPath() {
        District d = FactsReader.parse(JSON, "t.json").get(0);
        SchoolFact s = FactFlattener.school(d.code(), d.schools().get(0));
        assertThat(s.subject()).isEqualTo("school:S1");
        assertThat(s.students()).isEqualTo(900);
        assertThat(s.countAbove("classSizes.primary", BigDecimal.valueOf(45)).value()).isEqualByComparingTo("1");
        assertThat(s.countAbove("classSizes.junior", BigDecimal.valueOf(50)).known()).isFalse();
        assertThat(s.minutes("doubleReduction.afterSchoolEndTime").value()).isEqualByComparingTo("1050");
        assertThat(s.text("moralEducationRating")).isEqualTo("GOOD");
        Quantity ratio = s.number("teachers.primary.certified").per(s.number("teachers.primary.fullTime"));
        assertThat(ratio.value()).isEqualByComparingTo("0.98");
        KindergartenFact k = FactFlattener.kindergarten(d.code(), d.kindergartens().get(0));
        assertThat(k.subject()).isEqualTo("kindergarten:K1");
        assertThat(k.isPuhui()).isTrue();
        assertThat(k.sizes("classes.small")).containsExactly(BigDecimal.valueOf(25), BigDecimal.valueOf(26));
    }
}
