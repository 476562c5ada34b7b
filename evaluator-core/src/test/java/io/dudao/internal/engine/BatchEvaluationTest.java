package io.dudao.internal.engine;

import static io.dudao.internal.engine.RuleSetFixtures.primary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dudao.api.BatchEvaluation;
import io.dudao.api.Evaluator;
import io.dudao.api.ReportJson;
import io.dudao.api.Verdict;
import io.dudao.facts.District;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class BatchEvaluationTest {

    private static final Evaluator BASIC = Evaluator.builder().rulesDirectory(RuleSetFixtures.path("basic")).build();

    private static List<District> districts(int n) {
        List<District> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new District(String.valueOf(100000 + i), "县" + i, "10", "1000", i == 7 ? null : "2024-2025",
                    List.of(primary("A" + i, String.valueOf(2000 + 13 * i), 500)), Map.of()));
        }
        return out;
    }

    @Test
    void run_evaluatesEveryDistrictOnSeveralThreads_sameReportsAsOneByOne_andRecordsBadDistricts() {
        List<District> ds = districts(40);
        Map<String, String> reports = new ConcurrentHashMap<>();
        BatchEvaluation.Summary s = BatchEvaluation.run(BASIC, ds.iterator(), 3, null,
                r -> reports.put(r.district().code(), ReportJson.toJson(r)));
        assertThat(s.evaluated()).isEqualTo(39);
        assertThat(s.errors()).singleElement().satisfies(e -> {
            assertThat(e.districtCode()).isEqualTo("100007");
            assertThat(e.code()).isEqualTo("facts.invalid");
        });
        for (District d : ds) {
            if (d.schoolYear() != null) {
                assertThat(reports.get(d.code())).isEqualTo(ReportJson.toJson(BASIC.evaluate(d)));
            }
        }
        // 2000 + 13i m² for 500 students meets 4.5 m² from i = 20 on; i = 7 is the bad district
        assertThat(s.withFailures()).isEqualTo(19);
        assertThat(s.results().get(Verdict.FAIL)).isEqualTo(19);
        assertThat(s.results().get(Verdict.PASS)).isEqualTo(20);
    }

    @Test
    void run_rejectsFewerThanOneThread() {
        assertThatThrownBy(() -> BatchEvaluation.run(BASIC, districts(1).iterator(), 0, null, r -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
    }
}
