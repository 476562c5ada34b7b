package io.dudao.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dudao.api.DudaoException;
import io.dudao.api.EvaluationReport;
import io.dudao.api.Evaluator;
import io.dudao.api.Explanations;
import io.dudao.api.FactsReader;
import io.dudao.api.ReportDiff;
import io.dudao.api.ReportJson;
import io.dudao.api.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The year-over-year diff on two reports of the realistic sample county that differ in known ways: this
 * year 桐岭县育英外国语学校 (TL12) doubled its backbone teachers, so its R2 and RA pass, and 桐岭县第二实验小学
 * (TL06) lost most of its multimedia classrooms, so its R7 and RA fail.
 */
class ReportDiffTest {

    private static final Path SAMPLE = Path.of("samples/qb2017-realistic-county.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final class Holder {
        static final Evaluator EVALUATOR = Evaluator.builder().standards("QB2017").build();
        static final EvaluationReport LAST = EVALUATOR.explanations().render(
                EVALUATOR.evaluate(FactsReader.read(SAMPLE).get(0)), Explanations.DEFAULT_LOCALE);
        static final EvaluationReport CURRENT = EVALUATOR.explanations().render(
                EVALUATOR.evaluate(thisYear()), Explanations.DEFAULT_LOCALE);
    }

    @TempDir
    Path dir;

    private static io.dudao.facts.District thisYear() {
        try {
            JsonNode facts = JSON.readTree(SAMPLE.toFile());
            for (JsonNode school : facts.get("schools")) {
                ObjectNode s = (ObjectNode) school;
                if (s.get("id").asText().equals("TL12")) {
                    ((ObjectNode) s.at("/teachers/primary")).put("backboneCountyPlus", 12);
                    ((ObjectNode) s.at("/teachers/junior")).put("backboneCountyPlus", 10);
                }
                if (s.get("id").asText().equals("TL06")) {
                    s.put("multimediaClassrooms", 10);
                }
            }
            return FactsReader.read(new java.io.ByteArrayInputStream(JSON.writeValueAsBytes(facts)), "this-year.json").get(0);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void diff_namesTheChangedVerdicts_theirValues_andTheSchoolsNowFailingAndNowPassing() {
        ReportDiff d = ReportDiff.of(Holder.LAST, Holder.CURRENT);

        assertThat(d.district()).isEqualTo("330998");
        assertThat(d.warnings()).isEmpty();
        ReportDiff.Change r2 = change(d, "QB2017-R2", "school:TL12/PRIMARY");
        assertThat(r2.before()).isEqualTo(Verdict.FAIL);
        assertThat(r2.after()).isEqualTo(Verdict.PASS);
        assertThat(r2.valueBefore()).isEqualByComparingTo("0.67");
        assertThat(r2.valueAfter()).isEqualByComparingTo("1.33");
        assertThat(r2.delta()).isEqualByComparingTo("0.66");
        assertThat(r2.name()).isEqualTo("桐岭县育英外国语学校");
        assertThat(change(d, "QB2017-R2", "school:TL12/JUNIOR").after()).isEqualTo(Verdict.PASS);
        ReportDiff.Change r7 = change(d, "QB2017-R7", "school:TL06/PRIMARY");
        assertThat(r7.before()).isEqualTo(Verdict.PASS);
        assertThat(r7.after()).isEqualTo(Verdict.FAIL);
        assertThat(r7.delta().signum()).isNegative();
        assertThat(r7.explanation()).contains("桐岭县第二实验小学");
        // nothing else changed verdict but the two schools' roll-ups
        assertThat(d.verdictChanges()).extracting(c -> c.indicator() + " " + c.subject()).containsExactlyInAnyOrder(
                "QB2017-R2 school:TL12/JUNIOR", "QB2017-R2 school:TL12/PRIMARY", "QB2017-R7 school:TL06/PRIMARY",
                "QB2017-RA school:TL12/JUNIOR", "QB2017-RA school:TL12/PRIMARY", "QB2017-RA school:TL06/PRIMARY");
        // the coefficients over the changed values moved, their verdicts did not
        assertThat(d.valueChanges()).extracting(ReportDiff.Change::indicator)
                .contains("QB2017-CV2", "QB2017-CV7").allMatch(i -> i.startsWith("QB2017-CV"));
        assertThat(d.valueChanges()).allMatch(c -> c.before() == c.after() && c.delta().signum() != 0);

        assertThat(d.newlyPassing()).extracting(ReportDiff.SchoolChange::school).containsExactly("TL12");
        assertThat(d.newlyPassing().get(0).failingBefore()).containsExactly("QB2017-R2", "QB2017-RA");
        assertThat(d.newlyFailing()).extracting(ReportDiff.SchoolChange::school).containsExactly("TL06");
        assertThat(d.newlyFailing().get(0).failingNow()).containsExactly("QB2017-R7", "QB2017-RA");
    }

    @Test
    void diff_ofAReportWithItself_isEmpty() {
        ReportDiff d = ReportDiff.of(Holder.LAST, Holder.LAST);

        assertThat(d.verdictChanges()).isEmpty();
        assertThat(d.valueChanges()).isEmpty();
        assertThat(d.newlyFailing()).isEmpty();
        assertThat(d.newlyPassing()).isEmpty();
        assertThat(d.toText(Locale.ENGLISH)).contains("Changed verdicts (0)").contains("None.");
    }

    @Test
    void diff_ofReportsReadBackFromJson_equalsTheDiffOfTheReportsInMemory() throws IOException {
        Path last = dir.resolve("last.json");
        Path current = dir.resolve("this.json");
        Files.writeString(last, ReportJson.toJson(Holder.LAST), StandardCharsets.UTF_8);
        Files.writeString(current, ReportJson.toJson(Holder.CURRENT), StandardCharsets.UTF_8);

        ReportDiff read = ReportDiff.of(ReportJson.read(last), ReportJson.read(current));

        assertThat(read.toJson()).isEqualTo(ReportDiff.of(Holder.LAST, Holder.CURRENT).toJson());
        assertThat(read.toText(Explanations.DEFAULT_LOCALE)).contains("结论变化（6 项）")
                .contains("QB2017-R2 桐岭县育英外国语学校 小学: 未通过 → 通过; 0.67 → 1.33 (+0.66); ≥ 1")
                .contains("已整改通过的学校（1 所）").contains("桐岭县育英外国语学校 (TL12): QB2017-R2、QB2017-RA → —");
        assertThat(read.toText(Locale.ENGLISH)).contains("Newly failing schools (1)")
                .contains("桐岭县第二实验小学 (TL06): — → QB2017-R7, QB2017-RA");
    }

    @Test
    void diff_refusesReportsOfDifferentDistricts() {
        EvaluationReport other = Holder.EVALUATOR.evaluate(
                FactsReader.read(Path.of("samples/qb2017-small-county.json")).get(0));

        assertThatThrownBy(() -> ReportDiff.of(Holder.LAST, other)).isInstanceOf(DudaoException.class)
                .hasMessageContaining("different districts: 330998 and 330999")
                .extracting(e -> ((DudaoException) e).code()).isEqualTo(ReportDiff.INCOMPARABLE);
    }

    @Test
    void diff_refusesAnotherRuleSet_andWarnsOfAnotherEditionOrOtherParameters() {
        EvaluationReport otherRuleSet = withRuleSet(Holder.CURRENT, "someone-elses", "2026.1");
        assertThatThrownBy(() -> ReportDiff.of(Holder.LAST, otherRuleSet)).isInstanceOf(DudaoException.class)
                .hasMessageContaining("different rule sets: dudao-national and someone-elses");

        ReportDiff d = ReportDiff.of(Holder.LAST, withRuleSet(Holder.CURRENT, "dudao-national", "2027.1"));
        assertThat(d.warnings()).singleElement().asString().contains("rule-set edition 2026.1 → 2027.1");
    }

    @Test
    void read_namesTheFileAndEveryProblem() throws IOException {
        Path bad = dir.resolve("bad.json");
        String json = ReportJson.toJson(Holder.LAST).replace("\"schemaVersion\" : \"1\",", "\"schemaVersion\" : 1, \"x\": 2,");
        Files.writeString(bad, json, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ReportJson.read(bad)).isInstanceOf(DudaoException.class)
                .hasMessageContaining(bad + ": $.schemaVersion").hasMessageContaining("x")
                .extracting(e -> ((DudaoException) e).code()).isEqualTo("report.invalid");
    }

    private static ReportDiff.Change change(ReportDiff d, String indicator, String subject) {
        return d.verdictChanges().stream().filter(c -> c.indicator().equals(indicator) && c.subject().equals(subject))
                .findFirst().orElseThrow(() -> new AssertionError("no change of " + indicator + " " + subject
                        + " in " + d.verdictChanges()));
    }

    private static EvaluationReport withRuleSet(EvaluationReport r, String id, String edition) {
        return new EvaluationReport(r.schemaVersion(), new io.dudao.api.RuleSetInfo(id, edition, r.ruleSet().hash()),
                r.parameters(), r.factsHash(), r.asOf(), r.district(), r.standards(), r.locale(), r.results(), r.summary());
    }
}
