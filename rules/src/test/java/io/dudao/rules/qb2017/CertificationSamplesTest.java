package io.dudao.rules.qb2017;

import static io.dudao.rules.Fixtures.evaluator;
import static org.assertj.core.api.Assertions.assertThat;

import io.dudao.api.EvaluationReport;
import io.dudao.api.FactsReader;
import io.dudao.api.Indicator;
import io.dudao.api.IndicatorResult;
import io.dudao.api.Verdict;
import io.dudao.facts.District;
import io.dudao.facts.School;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The whole of QB2017 on the sample counties (examples/samples): every indicator has a result for every subject
 * of its kind, decided by a rule (never the completeness guard's {@code no-outcome}); the certified county passes
 * everything; the realistic county fails for the reasons its README gives; the order of the schools does not
 * change the report.
 */
class CertificationSamplesTest {

    private static final Path SAMPLES = Path.of("../examples/samples");

    private static District sample(String name) {
        return FactsReader.read(SAMPLES.resolve(name + ".json")).get(0);
    }

    private static IndicatorResult result(EvaluationReport r, String indicator, String subject) {
        return r.results().stream().filter(x -> x.indicator().equals(indicator) && x.subject().equals(subject))
                .findFirst().orElseThrow(() -> new AssertionError("no result " + indicator + " " + subject));
    }

    @Test
    void everySample_everyIndicatorHasAResultForEverySubject_decidedByARule() {
        for (String name : List.of("qb2017-small-county", "qb2017-realistic-county", "qb2017-certified-county")) {
            District d = sample(name);
            EvaluationReport r = evaluator().evaluate(d);
            assertThat(r.results()).as(name + ": results left to the completeness guard")
                    .filteredOn(x -> "no-outcome".equals(x.reason())).isEmpty();
            Set<String> schools = d.schools().stream().map(s -> "school:" + s.id()).collect(Collectors.toSet());
            for (Indicator i : evaluator().indicators()) {
                if (i.subject() == io.dudao.api.SubjectKind.SCHOOL) {
                    assertThat(r.results().stream().filter(x -> x.indicator().equals(i.id()))
                            .map(IndicatorResult::subject).collect(Collectors.toSet()))
                            .as(name + " " + i.id()).isEqualTo(schools);
                } else if (i.subject() == io.dudao.api.SubjectKind.DISTRICT) {
                    assertThat(r.results().stream().filter(x -> x.indicator().equals(i.id())).count())
                            .as(name + " " + i.id()).isEqualTo(1);
                }
            }
        }
    }

    @Test
    void certifiedCounty_passesEveryIndicator() {
        EvaluationReport r = evaluator().evaluate(sample("qb2017-certified-county"));
        assertThat(r.results()).as("results neither PASS nor NOT_APPLICABLE")
                .filteredOn(x -> x.verdict() != Verdict.PASS && x.verdict() != Verdict.NOT_APPLICABLE)
                .extracting(x -> x.indicator() + " " + x.subject() + " " + x.verdict()).isEmpty();
        assertThat(result(r, "QB2017-CERT", "district:330997").verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void realisticCounty_failsTheCertificationOnThreeDimensions_namingItemsAndSchools() {
        EvaluationReport r = evaluator().evaluate(sample("qb2017-realistic-county"));
        String d = "district:330998";
        IndicatorResult cert = result(r, "QB2017-CERT", d);
        assertThat(cert.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(cert.children()).filteredOn(c -> c.verdict() == Verdict.FAIL)
                .extracting(c -> c.indicator()).containsExactly("QB2017-GD", "QB2017-QD", "QB2017-RD");
        assertThat(result(r, "QB2017-GD", d).children()).filteredOn(c -> c.verdict() == Verdict.FAIL)
                .extracting(c -> c.indicator())
                .containsExactly("QB2017-G11", "QB2017-G13", "QB2017-G3", "QB2017-G4", "QB2017-G5", "QB2017-G6");
        assertThat(result(r, "QB2017-G4", d).failing()).containsExactly("school:TL01", "school:TL02", "school:TL08");
        assertThat(result(r, "QB2017-G13", d).failing()).containsExactly("school:TL05/PRIMARY");
        assertThat(result(r, "QB2017-Q4", d).failing()).containsExactly("school:TL27");
        assertThat(cert.arguments().get("failingSchools")).asList()
                .contains("school:TL01", "school:TL07", "school:TL27", "school:TL34");
        for (String other : List.of("QB2017-PD", "QB2017-SD", "QB2017-VD")) {
            assertThat(result(r, other, d).verdict()).as(other).isEqualTo(Verdict.PASS);
        }
    }

    @Test
    void schoolsInAnotherOrder_giveTheSameReport() {
        District d = sample("qb2017-realistic-county");
        List<School> shuffled = new ArrayList<>(d.schools());
        Collections.shuffle(shuffled, new Random(17));
        District other = new District(d.code(), d.name(), d.provinceCode(), d.cityCode(), d.schoolYear(), shuffled,
                d.government(), d.quality(), d.surveys(), d.certification(), d.evidence(), d.vetoes(), d.finance(),
                d.preschool(), d.kindergartens(), d.extra());
        assertThat(other.schools()).isNotEqualTo(d.schools());
        EvaluationReport a = evaluator().evaluate(d);
        EvaluationReport b = evaluator().evaluate(other);
        assertThat(b.results()).isEqualTo(a.results());
    }
}
