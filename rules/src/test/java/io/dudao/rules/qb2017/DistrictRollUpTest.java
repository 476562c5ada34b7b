package io.dudao.rules.qb2017;

import static io.dudao.rules.Fixtures.CV;
import static io.dudao.rules.Fixtures.R;
import static io.dudao.rules.Fixtures.districtSubject;
import static io.dudao.rules.Fixtures.evaluate;
import static io.dudao.rules.Fixtures.evaluator;
import static io.dudao.rules.Fixtures.junior;
import static io.dudao.rules.Fixtures.primary;
import static io.dudao.rules.Fixtures.school;
import static io.dudao.rules.Fixtures.stage;
import static io.dudao.rules.qb2017.Results.assertVerdict;
import static org.assertj.core.api.Assertions.assertThat;

import io.dudao.api.EvaluationReport;
import io.dudao.api.IndicatorResult;
import io.dudao.api.Missing;
import io.dudao.api.ResultRef;
import io.dudao.api.Verdict;
import io.dudao.facts.School;
import io.dudao.facts.SchoolType;
import io.dudao.facts.Stage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * QB2017-RD, the district's resource allocation: every school part in scope passes RA and all fourteen CV
 * checks pass. A decided FAIL settles it; an unknown leaves it INSUFFICIENT_DATA; NOT_APPLICABLE children
 * are left out. Also the completeness of the report: one result per (indicator, subject).
 */
class DistrictRollUpTest {

    private static IndicatorResult rd(EvaluationReport r) {
        return r.result("QB2017-RD", districtSubject());
    }

    @Test
    void rd_passesWhenEverySchoolAndEveryCvPasses() {
        EvaluationReport r = evaluate(school("S1"), school("S2").students(800),
                school("S3").type(SchoolType.JUNIOR), school("S4").type(SchoolType.NINE_YEAR).enrolment(400, 300, null));

        IndicatorResult rd = assertVerdict(r, "QB2017-RD", districtSubject(), Verdict.PASS);
        assertThat(rd.failing()).isEmpty();
        assertThat(rd.missing()).isEmpty();
        // children: RA of the 5 parts and CV1–CV7 of both stages
        assertThat(rd.children()).hasSize(5 + 14);
        assertThat(rd.children()).extracting(ResultRef::verdict).containsOnly(Verdict.PASS);
        assertThat(rd.children()).extracting(ResultRef::indicator)
                .filteredOn(i -> i.equals("QB2017-RA")).hasSize(5);
    }

    @Test
    void rd_failsListingTheSchoolPartWhoseRaFails() {
        // S2 misses R4 (4.4) and R6 (1900): RA FAIL. The CVs stay within 0.50
        // (CV4 over 8 and 4.4: 0.29; CV6 over 3500 and 1900: 0.30).
        EvaluationReport r = evaluate(school("S1"), school("S2").teachingAreaNet("2200").equipmentValue("950000"),
                school("S3"));

        assertVerdict(r, "QB2017-RA", primary("S2"), Verdict.FAIL);
        for (String cv : CV) {
            assertVerdict(r, cv, stage(Stage.PRIMARY), Verdict.PASS);
        }
        IndicatorResult rd = assertVerdict(r, "QB2017-RD", districtSubject(), Verdict.FAIL);
        assertThat(rd.failing()).containsExactly(primary("S2"));
    }

    @Test
    void rd_failsListingTheStageWhoseCvFails() {
        // every school passes RA (R4 = 5.995 and 18.005), but CV4 of the primary stage is 6.005 / 12 = 0.50042 > 0.50
        EvaluationReport r = evaluate(school("S1").students(500).teachingAreaNet("2997.5"),
                school("S2").students(500).teachingAreaNet("9002.5"),
                school("S3").type(SchoolType.JUNIOR));

        assertVerdict(r, "QB2017-RA", primary("S1"), Verdict.PASS);
        assertVerdict(r, "QB2017-RA", primary("S2"), Verdict.PASS);
        assertVerdict(r, "QB2017-CV4", stage(Stage.PRIMARY), Verdict.FAIL);
        IndicatorResult rd = assertVerdict(r, "QB2017-RD", districtSubject(), Verdict.FAIL);
        assertThat(rd.failing()).containsExactly(stage(Stage.PRIMARY));
    }

    @Test
    void rd_insufficientDataWhenOneCvIsUndecidedAndNothingFails() {
        // S2 lacks its multimedia-classroom count: its R7 and RA (6 met + 1 unknown) and CV7 are undecided
        EvaluationReport r = evaluate(school("S1"), school("S2").multimediaClassrooms(null));

        assertVerdict(r, "QB2017-CV7", stage(Stage.PRIMARY), Verdict.INSUFFICIENT_DATA);
        IndicatorResult rd = assertVerdict(r, "QB2017-RD", districtSubject(), Verdict.INSUFFICIENT_DATA);
        assertThat(rd.failing()).isEmpty();
        assertThat(rd.missing()).contains(new Missing(primary("S2"), "multimediaClassrooms"));
        assertThat(rd.reason()).isEqualTo("undecided-children");
    }

    @Test
    void rd_failsWhenOneChildFailsAndAnotherIsUndecided() {
        // S2 RA fails (R4 and R6 missed); S3 lacks R7's input: a decided FAIL settles the district
        EvaluationReport r = evaluate(school("S1"), school("S2").teachingAreaNet("2200").equipmentValue("950000"),
                school("S3").multimediaClassrooms(null));

        assertVerdict(r, "QB2017-CV7", stage(Stage.PRIMARY), Verdict.INSUFFICIENT_DATA);
        IndicatorResult rd = assertVerdict(r, "QB2017-RD", districtSubject(), Verdict.FAIL);
        assertThat(rd.failing()).containsExactly(primary("S2"));
    }

    @Test
    void rd_leavesOutNotApplicableChildren() {
        // no junior school: the junior CVs are NOT_APPLICABLE and do not keep the district from passing
        EvaluationReport r = evaluate(school("S1"), school("S2"));

        IndicatorResult rd = assertVerdict(r, "QB2017-RD", districtSubject(), Verdict.PASS);
        assertThat(rd.arguments()).containsEntry("notApplicable", 7).containsEntry("passed", 2 + 7);
    }

    @Test
    void rd_notApplicableForADistrictWithoutSchools() {
        EvaluationReport r = evaluate(new School[0]);

        assertVerdict(r, "QB2017-RD", districtSubject(), Verdict.NOT_APPLICABLE);
        assertThat(r.resultsOf("QB2017-RA")).isEmpty();
    }

    @Test
    void report_hasExactlyOneOutcomeForEveryPartIndicatorAndStage() {
        EvaluationReport r = evaluate(
                school("P1"),
                school("P2").teachingAreaNet("2200").equipmentValue("950000"),
                school("N1").type(SchoolType.NINE_YEAR).enrolment(300, 200, null),
                school("N2").type(SchoolType.NINE_YEAR).enrolment(400, 0, null),
                school("J1").type(SchoolType.JUNIOR).multimediaClassrooms(null),
                school("C1").type(SchoolType.COMPLETE_MIDDLE).enrolment(null, 600, 400),
                school("T1").type(SchoolType.TWELVE_YEAR).enrolment(600, 400, 300),
                school("TP").type(SchoolType.TEACHING_POINT).students(49),
                school("SP").special());

        List<String> parts = List.of(primary("P1"), primary("P2"), primary("N1"), junior("N1"), primary("N2"),
                junior("J1"), junior("C1"), primary("T1"), junior("T1"), primary("TP"), primary("SP"));
        List<String> perPart = new ArrayList<>(R);
        perPart.add("QB2017-RA");
        for (String indicator : perPart) {
            assertThat(Results.subjectsOf(r, indicator)).as(indicator).containsExactlyInAnyOrderElementsOf(parts);
        }
        for (String cv : CV) {
            assertThat(Results.subjectsOf(r, cv)).as(cv)
                    .containsExactlyInAnyOrder(stage(Stage.PRIMARY), stage(Stage.JUNIOR));
        }
        assertThat(Results.subjectsOf(r, "QB2017-RD")).containsExactly(districtSubject());

        assertThat(r.results()).filteredOn(x -> perPart.contains(x.indicator()) || CV.contains(x.indicator())
                || x.indicator().equals("QB2017-RD")).hasSize(parts.size() * 8 + 14 + 1);
        Set<String> keys = new HashSet<>();
        for (IndicatorResult res : r.results()) {
            assertThat(keys.add(res.indicator() + " " + res.subject())).as("unique %s %s", res.indicator(),
                    res.subject()).isTrue();
            assertThat(res.reason()).as("%s %s produced by a rule", res.indicator(), res.subject())
                    .isNotEqualTo("no-outcome");
        }
        assertThat(r.summary().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(r.results().size());
        // the two excluded parts are NOT_APPLICABLE for all eight school indicators; the district still decides
        assertThat(r.withVerdict(Verdict.NOT_APPLICABLE)).filteredOn(x -> perPart.contains(x.indicator()))
                .extracting(IndicatorResult::subject).filteredOn(s -> s.startsWith("school:")).hasSize(2 * 8);
        assertThat(rd(r).verdict()).isEqualTo(Verdict.FAIL);
        assertThat(rd(r).failing()).contains(primary("P2"));
    }

    @Test
    void report_listsResultsInCatalogOrderThenSubjectOrder() {
        EvaluationReport r = evaluate(school("S10"), school("S2"), school("S1").type(SchoolType.NINE_YEAR));

        // every indicator of the catalog has results here, R1–R7, RA, the CVs and RD first
        List<String> order = evaluator().indicators().stream().map(io.dudao.api.Indicator::id).toList();
        assertThat(order.subList(0, 16)).containsExactlyElementsOf(resourceIndicators());
        List<String> runs = new ArrayList<>();
        for (IndicatorResult res : r.results()) {
            if (runs.isEmpty() || !runs.get(runs.size() - 1).equals(res.indicator())) {
                runs.add(res.indicator());
            }
        }
        assertThat(runs).containsExactlyElementsOf(order);
        assertThat(Results.subjectsOf(r, "QB2017-R1"))
                .containsExactly(junior("S1"), primary("S1"), primary("S2"), primary("S10"));
    }

    private static List<String> resourceIndicators() {
        List<String> order = new ArrayList<>(R);
        order.add("QB2017-RA");
        order.addAll(CV);
        order.add("QB2017-RD");
        return order;
    }
}
