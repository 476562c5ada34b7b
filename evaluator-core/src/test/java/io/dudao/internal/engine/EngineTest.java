package io.dudao.internal.engine;

import static io.dudao.internal.engine.RuleSetFixtures.district;
import static io.dudao.internal.engine.RuleSetFixtures.primary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dudao.api.ConflictingOutcomesException;
import io.dudao.api.DudaoException;
import io.dudao.api.EvaluationReport;
import io.dudao.api.Evaluator;
import io.dudao.api.ReportJson;
import io.dudao.api.Verdict;
import io.dudao.facts.District;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine on a tiny fixture rule set: judging, the completeness guard, conflicts, determinism. */
class EngineTest {

    private static final Evaluator BASIC = Evaluator.builder().rulesDirectory(RuleSetFixtures.path("basic")).build();

    @Test
    void evaluate_judgesEachSchoolPartAgainstItsStageThreshold() {
        EvaluationReport r = BASIC.evaluate(district(primary("A", "2250", 500), primary("B", "2000", 500)));
        assertThat(r.result("T1-A", "school:A/PRIMARY").verdict()).isEqualTo(Verdict.PASS);
        assertThat(r.result("T1-A", "school:B/PRIMARY").verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.result("T1-A", "school:B/PRIMARY").exactValue()).isEqualByComparingTo("4");
        assertThat(r.result("T1-A", "school:B/PRIMARY").rules()).containsExactly("T1-A derive", "T1-A fail");
        assertThat(r.result("T1-A", "school:B/PRIMARY").thresholdSource()).isEqualTo("national");
    }

    @Test
    void evaluate_missingInput_isInsufficientDataNamingTheField() {
        EvaluationReport r = BASIC.evaluate(district(primary("A", null, 500)));
        var a = r.result("T1-A", "school:A/PRIMARY");
        assertThat(a.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
        assertThat(a.missing()).extracting(m -> m.subject() + " " + m.field())
                .containsExactly("school:A/PRIMARY areaTeachingAux");
    }

    @Test
    void evaluate_indicatorWithoutOutcome_becomesInsufficientDataWithTheReason() {
        EvaluationReport r = BASIC.evaluate(district(primary("A", "2250", 500)));
        var d = r.result("T1-D", "district:100001");
        assertThat(d.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
        assertThat(d.reason()).isEqualTo("no-outcome");
    }

    @Test
    void evaluate_resultsInCatalogThenSubjectOrder_withSummary() {
        EvaluationReport r = BASIC.evaluate(district(primary("S10", "2250", 500), primary("S2", "2250", 500)));
        assertThat(r.results()).extracting(x -> x.indicator() + " " + x.subject()).containsExactly(
                "T1-A school:S2/PRIMARY", "T1-A school:S10/PRIMARY", "T1-D district:100001");
        assertThat(r.summary()).containsEntry(Verdict.PASS, 2).containsEntry(Verdict.INSUFFICIENT_DATA, 1)
                .containsEntry(Verdict.FAIL, 0).containsEntry(Verdict.NOT_APPLICABLE, 0);
    }

    @Test
    void evaluate_twoOutcomesForOneSubject_isAConflictNamingBothRules(@TempDir Path dir) throws IOException {
        Path rules = RuleSetFixtures.copy("basic", dir);
        Files.writeString(rules.resolve("T1/T1-D-district.drl"), """
                package dudao.rules.t1;
                import io.dudao.rulemodel.*;
                rule "T1-D first"
                    @indicator("T1-D")
                when
                    $d : DistrictFact( )
                then
                    insert( Outcome.notApplicable( "T1-D", $d.subject(), "first" ) );
                end
                rule "T1-D second"
                    @indicator("T1-D")
                when
                    $d : DistrictFact( )
                then
                    insert( Outcome.notApplicable( "T1-D", $d.subject(), "second" ) );
                end
                """);
        Evaluator e = Evaluator.builder().rulesDirectory(rules).build();
        assertThatThrownBy(() -> e.evaluate(district(primary("A", "2250", 500))))
                .isInstanceOfSatisfying(ConflictingOutcomesException.class, x -> {
                    assertThat(x.code()).isEqualTo("eval.conflicting_outcomes");
                    assertThat(x.indicator()).isEqualTo("T1-D");
                    assertThat(x.subject()).isEqualTo("district:100001");
                    assertThat(x.rules()).containsExactly("T1-D first", "T1-D second");
                });
    }

    @Test
    void evaluate_outcomeForAnIndicatorOutsideTheCatalog_isARuleSetError(@TempDir Path dir) throws IOException {
        Path rules = RuleSetFixtures.copy("basic", dir);
        Files.writeString(rules.resolve("T1/T1-Z-stray.drl"), """
                package dudao.rules.t1;
                import io.dudao.rulemodel.*;
                rule "T1-Z stray"
                when
                    $d : DistrictFact( )
                then
                    insert( Outcome.notApplicable( "T1-Z", $d.subject(), "stray" ) );
                end
                """);
        Evaluator e = Evaluator.builder().rulesDirectory(rules).build();
        assertThatThrownBy(() -> e.evaluate(district(primary("A", "2250", 500))))
                .isInstanceOfSatisfying(DudaoException.class, x -> {
                    assertThat(x.code()).isEqualTo("rules.invalid");
                    assertThat(x.getMessage()).contains("T1-Z stray").contains("T1-Z");
                });
    }

    @Test
    void evaluate_sameFactsTwice_givesByteIdenticalJson() {
        District d = district(primary("A", "2250", 500), primary("B", "1999.99", 444), primary("C", null, 10));
        assertThat(ReportJson.toJson(BASIC.evaluate(d))).isEqualTo(ReportJson.toJson(BASIC.evaluate(d)));
    }

    @Test
    void evaluate_fromManyThreads_givesTheSameReportsAsSequentially() throws Exception {
        List<District> districts = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            districts.add(district(primary("A" + i, String.valueOf(2000 + i * 7), 400 + i),
                    primary("B" + i, i % 5 == 0 ? null : String.valueOf(1500 + i), 300)));
        }
        List<String> sequential = districts.stream().map(d -> ReportJson.toJson(BASIC.evaluate(d))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (District d : districts) {
                futures.add(pool.submit(() -> ReportJson.toJson(BASIC.evaluate(d))));
            }
            for (int i = 0; i < districts.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(sequential.get(i));
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void evaluate_withoutSchoolYearOrAsOf_isAFactsError() {
        District d = new District("1", "县", null, null, null, List.of(), java.util.Map.of());
        assertThatThrownBy(() -> BASIC.evaluate(d)).isInstanceOfSatisfying(DudaoException.class,
                x -> assertThat(x.code()).isEqualTo("facts.invalid"));
        assertThat(BASIC.evaluate(d, java.time.LocalDate.of(2025, 3, 1)).asOf()).hasToString("2025-03-01");
    }

    @Test
    void evaluate_asOfOutsideTheRuleSetsEffectivePeriod_isRefused(@TempDir Path dir) throws IOException {
        Path rules = RuleSetFixtures.copy("basic", dir);
        Files.writeString(rules.resolve("ruleset.yaml"),
                Files.readString(rules.resolve("ruleset.yaml")) + "effective:\n  from: 2020-01-01\n  until: 2030-12-31\n");
        Evaluator e = Evaluator.builder().rulesDirectory(rules).build();
        District d = district(primary("A", "2250", 500));
        assertThat(e.evaluate(d).asOf()).hasToString("2024-09-01");
        assertThatThrownBy(() -> e.evaluate(d, java.time.LocalDate.of(2019, 6, 1)))
                .isInstanceOfSatisfying(DudaoException.class, x -> {
                    assertThat(x.code()).isEqualTo("facts.invalid");
                    assertThat(x.getMessage()).contains("asOf: found 2019-06-01, expected a date within the effective "
                            + "period of rule set test-basic 1 (2020-01-01 to 2030-12-31)");
                });
    }
}
