package io.dudao.rules.qb2017;

import static io.dudao.rules.Fixtures.CV;
import static io.dudao.rules.Fixtures.district;
import static io.dudao.rules.Fixtures.evaluator;
import static io.dudao.rules.Fixtures.school;
import static io.dudao.rules.Fixtures.stage;
import static org.assertj.core.api.Assertions.assertThat;

import io.dudao.api.EvaluationReport;
import io.dudao.api.IndicatorResult;
import io.dudao.api.ReportJson;
import io.dudao.facts.District;
import io.dudao.facts.School;
import io.dudao.facts.SchoolType;
import io.dudao.facts.Stage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * DESIGN "Deterministic": the same facts, rules and parameters give byte-identical JSON, and the order of
 * the schools in the input does not change any value.
 */
class DeterminismTest {

    /** Schools with uneven, non-terminating per-student values, so that arithmetic order would show. */
    private static List<School> schools() {
        return List.of(
                school("A1").students(317).teachingAreaNet("1999.7").equipmentValue("777777.77").build(),
                school("A2").students(1093).areaTeachingAux("7003.3").areaIndoorSports("911.1").build(),
                school("A3").students(211).multimediaClassrooms("7").qualified(13).build(),
                school("A4").type(SchoolType.NINE_YEAR).enrolment(433, 287, null).equipmentValue("2345678.9").build(),
                school("A5").type(SchoolType.TWELVE_YEAR).enrolment(389, 301, 277).build(),
                school("A6").type(SchoolType.JUNIOR).students(641).areaSportsField("5999.9").build(),
                school("A7").type(SchoolType.COMPLETE_MIDDLE).enrolment(null, 523, 612).teachingAreaNet("5111.1").build(),
                school("A8").students(97).peArts(1, 0, 1, 0).build(),
                school("A9").type(SchoolType.TEACHING_POINT).students(49).build());
    }

    @Test
    void sameDistrictTwice_givesByteIdenticalJson() {
        District d = district(schools());

        String first = ReportJson.toJson(evaluator().evaluate(d));
        String second = ReportJson.toJson(evaluator().evaluate(d));

        assertThat(second).isEqualTo(first);
        assertThat(first).contains("\"QB2017-CV4\"").doesNotContain("NaN");
    }

    @Test
    void equalFactsBuiltAfresh_giveByteIdenticalJson() {
        String first = ReportJson.toJson(evaluator().evaluate(district(schools())));
        String second = ReportJson.toJson(evaluator().evaluate(district(schools())));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void shuffledSchoolOrder_givesTheSameCvValuesAndVerdicts() {
        EvaluationReport reference = evaluator().evaluate(district(schools()));
        Random random = new Random(20170606);
        for (int round = 0; round < 5; round++) {
            List<School> shuffled = new ArrayList<>(schools());
            Collections.shuffle(shuffled, random);

            EvaluationReport r = evaluator().evaluate(district(shuffled));

            for (String cv : CV) {
                for (Stage st : List.of(Stage.PRIMARY, Stage.JUNIOR)) {
                    IndicatorResult expected = reference.result(cv, stage(st));
                    IndicatorResult actual = r.result(cv, stage(st));
                    assertThat(actual.exactValue()).as("%s %s, order %s", cv, st, shuffled.stream().map(School::id)
                            .toList()).isEqualTo(expected.exactValue());
                    assertThat(actual).as("%s %s", cv, st).isEqualTo(expected);
                }
            }
            // every other result too: only the facts hash (the input order is part of the facts) may differ
            assertThat(r.results()).isEqualTo(reference.results());
        }
    }

    @Test
    void concurrentEvaluationsOfOneEvaluator_giveTheSameReport() throws Exception {
        District d = district(schools());
        String expected = ReportJson.toJson(evaluator().evaluate(d));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> ReportJson.toJson(evaluator().evaluate(d))));
            }
            for (Future<String> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
