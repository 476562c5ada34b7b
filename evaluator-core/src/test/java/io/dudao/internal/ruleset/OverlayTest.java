package io.dudao.internal.ruleset;

import static io.dudao.internal.engine.RuleSetFixtures.district;
import static io.dudao.internal.engine.RuleSetFixtures.primary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dudao.api.DudaoException;
import io.dudao.api.EvaluationReport;
import io.dudao.api.Evaluator;
import io.dudao.api.IndicatorResult;
import io.dudao.api.RuleProblem;
import io.dudao.api.RulesException;
import io.dudao.api.Verdict;
import io.dudao.facts.District;
import io.dudao.internal.engine.RuleSetFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Provincial and city overlays, their provenance, the tighten-only rule, and date-keyed values. */
class OverlayTest {

    @TempDir
    Path dir;

    private Path overlay(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    private static IndicatorResult a(EvaluationReport r) {
        return r.result("T1-A", "school:A/PRIMARY");
    }

    /** The fixture district is in province 10, city 1000; school A has 4.5 m² per student. */
    private static final District DISTRICT = district(primary("A", "2250", 500));

    private static District elsewhere() {
        return new District("200001", "外省县", "20", "2000", "2024-2025", DISTRICT.schools(), Map.of());
    }

    @Test
    void provinceOverlay_raisesTheThresholdForItsDistrictsAndRecordsItsLayer() throws IOException {
        Path province = overlay("province-10.yaml", """
                standard: T1
                layer: province
                code: "10"
                name: 测试省
                parameters:
                  - key: T1-A.threshold
                    value: {PRIMARY: 4.6}
                """);
        Evaluator e = Evaluator.builder().rulesDirectory(RuleSetFixtures.path("basic")).overlays(province).build();
        EvaluationReport r = e.evaluate(DISTRICT);
        assertThat(a(r).verdict()).isEqualTo(Verdict.FAIL);
        assertThat(a(r).threshold()).isEqualByComparingTo("4.6");
        assertThat(a(r).thresholdSource()).isEqualTo("province:10");
        assertThat(r.parameters().layers()).containsExactly("national", "province:10");

        EvaluationReport other = e.evaluate(elsewhere());
        assertThat(a(other).verdict()).isEqualTo(Verdict.PASS);
        assertThat(a(other).thresholdSource()).isEqualTo("national");
        assertThat(other.parameters().layers()).containsExactly("national");
        assertThat(other.parameters().hash()).isNotEqualTo(r.parameters().hash());
    }

    @Test
    void cityOverlay_laysOverTheProvince_perStage() throws IOException {
        Path province = overlay("p.yaml", """
                standard: T1
                layer: province
                code: "10"
                parameters:
                  - key: T1-A.threshold
                    value: {PRIMARY: 4.4, JUNIOR: 6.0}
                """.replace("4.4", "4.5"));
        Path city = overlay("c.yaml", """
                standard: T1
                layer: city
                code: "1000"
                parameters:
                  - key: T1-A.threshold
                    value: {PRIMARY: 4.7}
                """);
        Evaluator e = Evaluator.builder().rulesDirectory(RuleSetFixtures.path("basic")).overlays(city, province).build();
        EvaluationReport r = e.evaluate(DISTRICT);
        assertThat(a(r).threshold()).isEqualByComparingTo("4.7");
        assertThat(a(r).thresholdSource()).isEqualTo("city:1000");
        assertThat(r.parameters().layers()).containsExactly("national", "province:10", "city:1000");
    }

    @Test
    void loosening_isRejectedWithFileLineAndBothValues() throws IOException {
        Path province = overlay("loose.yaml", """
                standard: T1
                layer: province
                code: "10"
                parameters:
                  - key: T1-A.threshold
                    value: {PRIMARY: 4.0, JUNIOR: 6.0}
                """);
        assertThatThrownBy(() -> Evaluator.builder().rulesDirectory(RuleSetFixtures.path("basic")).overlays(province).build())
                .isInstanceOfSatisfying(RulesException.class, x -> {
                    assertThat(x.code()).isEqualTo("parameters.invalid");
                    assertThat(x.problems()).containsExactly(new RuleProblem(province.toString(), 6, 1,
                            "T1-A.threshold PRIMARY = 4.0 loosens the national layer's minimum 4.5: a layer may only "
                                    + "raise a minimum unless the parameter is marked local: true"));
                });
    }

    @Test
    void unknownKeysIndicatorsUnitsAndTypes_areAllRejectedAtOnce() throws IOException {
        Path province = overlay("bad.yaml", """
                standard: T1
                layer: province
                code: "10"
                parameters:
                  - key: T1-Z.threshold
                    value: 3
                  - key: T1.colour
                    value: red
                  - key: T1-A.threshold
                    unit: 平方米
                    value: {PRIMARY: 5}
                """);
        Path other = overlay("bad2.yaml", """
                standard: T1
                layer: city
                code: "1000"
                parameters:
                  - key: T1-A.threshold
                    type: INTEGER
                    value: 5
                """);
        assertThatThrownBy(() -> Evaluator.builder().rulesDirectory(RuleSetFixtures.path("basic"))
                .overlays(province, other).build())
                .isInstanceOfSatisfying(RulesException.class, x -> assertThat(x.problems())
                        .extracting(p -> p.file().substring(p.file().lastIndexOf('/') + 1) + ":" + p.line() + ": "
                                + p.message())
                        .containsExactly(
                                "bad.yaml:5: unknown parameter T1-Z.threshold of standard T1: T1-Z is not an indicator of its catalog",
                                "bad.yaml:7: unknown parameter T1.colour of standard T1",
                                "bad.yaml:10: parameter T1-A.threshold is in 'm² per student' in the national layer, not '平方米'",
                                "bad2.yaml:6: parameter T1-A.threshold has type DECIMAL in the national layer, not INTEGER"));
    }

    @Test
    void parameterWithoutDirection_mayBeSetOnlyWhereLocal(@TempDir Path rulesDir) throws IOException {
        Path rules = RuleSetFixtures.copy("basic", rulesDir);
        Files.writeString(rules.resolve("T1/parameters.yaml"), Files.readString(rules.resolve("T1/parameters.yaml")) + """
                  - key: T1.switch
                    value: false
                    type: BOOLEAN
                    status: UNCONFIRMED
                    local: true
                  - key: T1.count
                    value: 6
                    type: INTEGER
                    status: SEC
                    local: false
                """);
        Path ok = overlay("ok.yaml", """
                standard: T1
                layer: province
                code: "10"
                parameters:
                  - key: T1.switch
                    value: true
                """);
        assertThat(Evaluator.builder().rulesDirectory(rules).overlays(ok).build().evaluate(DISTRICT).parameters().layers())
                .containsExactly("national", "province:10");
        Path notLocal = overlay("no.yaml", """
                standard: T1
                layer: city
                code: "1000"
                parameters:
                  - key: T1.count
                    value: 7
                """);
        assertThatThrownBy(() -> Evaluator.builder().rulesDirectory(rules).overlays(notLocal).build())
                .isInstanceOf(RulesException.class)
                .hasMessageContaining("T1.count may be set only by the national layer");
    }

    @Test
    void datedValues_arePickedByTheAsOfDate(@TempDir Path rulesDir) throws IOException {
        Path rules = RuleSetFixtures.copy("basic", rulesDir);
        RuleSetFixtures.edit(rules.resolve("T1/parameters.yaml"), "    value: {PRIMARY: 4.5, JUNIOR: 5.8}\n", """
                    values:
                      - from: 2020-01-01
                        value: {PRIMARY: 4.5, JUNIOR: 5.8}
                      - from: 2026-09-01
                        value: {PRIMARY: 4.8, JUNIOR: 6.0}
                """);
        Evaluator e = Evaluator.builder().rulesDirectory(rules).build();
        assertThat(a(e.evaluate(DISTRICT, LocalDate.of(2026, 8, 31))).verdict()).isEqualTo(Verdict.PASS);
        EvaluationReport later = e.evaluate(DISTRICT, LocalDate.of(2026, 9, 1));
        assertThat(a(later).verdict()).isEqualTo(Verdict.FAIL);
        assertThat(a(later).threshold()).isEqualByComparingTo("4.8");
        assertThat(later.asOf()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThatThrownBy(() -> e.evaluate(DISTRICT, LocalDate.of(2019, 12, 31)))
                .isInstanceOfSatisfying(DudaoException.class, x -> {
                    assertThat(x.code()).isEqualTo("parameters.invalid");
                    assertThat(x.getMessage()).contains("T1-A.threshold has no value on 2019-12-31");
                });
    }

    @Test
    void datedOverlay_isCheckedAgainstTheNationalValueInEffectAtTheSameTime(@TempDir Path rulesDir) throws IOException {
        Path rules = RuleSetFixtures.copy("basic", rulesDir);
        RuleSetFixtures.edit(rules.resolve("T1/parameters.yaml"), "    value: {PRIMARY: 4.5, JUNIOR: 5.8}\n", """
                    values:
                      - from: 2020-01-01
                        value: {PRIMARY: 4.5, JUNIOR: 5.8}
                      - from: 2026-09-01
                        value: {PRIMARY: 4.8, JUNIOR: 6.0}
                """);
        Path province = overlay("dated.yaml", """
                standard: T1
                layer: province
                code: "10"
                parameters:
                  - key: T1-A.threshold
                    values:
                      - from: 2025-01-01
                        value: {PRIMARY: 4.6}
                """);
        assertThatThrownBy(() -> Evaluator.builder().rulesDirectory(rules).overlays(province).build())
                .isInstanceOf(RulesException.class)
                .hasMessageContaining("T1-A.threshold PRIMARY = 4.6 loosens the national layer's minimum 4.8 (from 2026-09-01)");
    }

    @Test
    void twoOverlaysForOneLayer_areRejected() throws IOException {
        String text = """
                standard: T1
                layer: province
                code: "10"
                parameters:
                  - key: T1-A.threshold
                    value: {PRIMARY: 4.6}
                """;
        Path one = overlay("one.yaml", text);
        Path two = overlay("two.yaml", text);
        assertThatThrownBy(() -> Evaluator.builder().rulesDirectory(RuleSetFixtures.path("basic")).overlays(one, two).build())
                .isInstanceOf(RulesException.class)
                .hasMessageContaining("a second overlay for province:10 of T1");
        assertThat(List.of(one, two)).allSatisfy(p -> assertThat(p).exists());
    }
}
