package io.dudao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dudao.api.EvaluationReport;
import io.dudao.api.Evaluator;
import io.dudao.api.Explanations;
import io.dudao.api.IndicatorResult;
import io.dudao.api.ReportJson;
import io.dudao.api.Verdict;
import io.dudao.facts.District;
import io.dudao.facts.Location;
import io.dudao.facts.School;
import io.dudao.facts.SchoolType;
import io.dudao.facts.Stage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * DESIGN "Thread-safe": one evaluator shared by 8 threads evaluating and rendering 200 generated districts
 * gives, for every district, the same JSON report rendered in zh-CN or in English (alternately), byte for
 * byte, as evaluating them one after another. The districts come from a seeded {@link Random}: several school types, private and special
 * schools, teaching points on both sides of the 50-student line, some missing figures and some failing
 * schools, so that every verdict and every explanation shape is rendered under contention.
 */
class ConcurrentEvaluationTest {

    private static final int DISTRICTS = 200;
    private static final int THREADS = 8;
    private static final long SEED = 20170606L;

    @Test
    void evaluatingFromEightThreads_givesTheSameRenderedReportsAsSequentialEvaluation() throws Exception {
        Random random = new Random(SEED);
        List<District> districts = new ArrayList<>();
        for (int i = 0; i < DISTRICTS; i++) {
            districts.add(district(i, random));
        }
        Evaluator evaluator = Fixtures.evaluator();
        List<EvaluationReport> reports = new ArrayList<>();
        List<String> sequential = new ArrayList<>();
        for (int i = 0; i < DISTRICTS; i++) {
            EvaluationReport report = evaluator.evaluate(districts.get(i));
            reports.add(report);
            sequential.add(rendered(evaluator, report, i));
        }
        assertVaried(reports);

        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < DISTRICTS; i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> concurrent = new ArrayList<>(Collections.nCopies(DISTRICTS, null));
        try {
            for (int i : order) {
                District d = districts.get(i);
                concurrent.set(i, pool.submit(() -> {
                    start.await();
                    return rendered(evaluator, evaluator.evaluate(d), i);
                }));
            }
            start.countDown();
            for (int i = 0; i < DISTRICTS; i++) {
                String actual = concurrent.get(i).get(2, TimeUnit.MINUTES);
                assertThat(actual).as("district %s: %s", districts.get(i).code(), firstDifference(sequential.get(i), actual))
                        .isEqualTo(sequential.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The JSON report of district {@code i} rendered in zh-CN (even {@code i}) or English (odd). */
    private static String rendered(Evaluator evaluator, EvaluationReport report, int i) {
        Locale locale = i % 2 == 0 ? Explanations.DEFAULT_LOCALE : Locale.ENGLISH;
        return ReportJson.toJson(evaluator.explanations().render(report, locale));
    }

    /** The generated districts exercise every verdict, and the district roll-up both passes and fails. */
    private static void assertVaried(List<EvaluationReport> reports) {
        Set<Verdict> verdicts = EnumSet.noneOf(Verdict.class);
        Set<Verdict> districtVerdicts = EnumSet.noneOf(Verdict.class);
        for (EvaluationReport r : reports) {
            for (IndicatorResult x : r.results()) {
                verdicts.add(x.verdict());
                if (x.indicator().equals("QB2017-RD")) {
                    districtVerdicts.add(x.verdict());
                }
            }
        }
        assertThat(verdicts).containsExactlyInAnyOrder(Verdict.values());
        assertThat(districtVerdicts).contains(Verdict.PASS, Verdict.FAIL, Verdict.INSUFFICIENT_DATA);
    }

    private static String firstDifference(String expected, String actual) {
        List<String> e = expected.lines().toList();
        List<String> a = actual.lines().toList();
        for (int k = 0; k < Math.max(e.size(), a.size()); k++) {
            String x = k < e.size() ? e.get(k) : "<end>";
            String y = k < a.size() ? a.get(k) : "<end>";
            if (!x.equals(y)) {
                return "first difference at line " + (k + 1) + ": sequential " + x + ", concurrent " + y;
            }
        }
        return "no difference by line";
    }

    // ---- generated districts --------------------------------------------------------------------

    /**
     * District {@code 33xxxx} of 3 to 10 schools. Each district draws how often its schools fail an indicator
     * (0 to 30%) and lack a figure (0 to 12%), so that some districts pass, some fail and some lack data.
     */
    private static District district(int n, Random random) {
        double failing = random.nextInt(4) == 0 ? 0 : random.nextDouble() * 0.3;
        double missing = random.nextInt(3) == 0 ? 0 : random.nextDouble() * 0.12;
        int count = 3 + random.nextInt(8);
        List<School> schools = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            schools.add(generatedSchool(n, k, random, failing, missing));
        }
        return Fixtures.district(String.format(Locale.ROOT, "33%04d", 1000 + n), "生成县" + n, schools);
    }

    private static School generatedSchool(int n, int k, Random random, double failing, double missing) {
        SchoolType type = pick(random, SchoolType.PRIMARY, SchoolType.PRIMARY, SchoolType.PRIMARY, SchoolType.JUNIOR,
                SchoolType.JUNIOR, SchoolType.NINE_YEAR, SchoolType.TEACHING_POINT, SchoolType.COMPLETE_MIDDLE,
                SchoolType.TWELVE_YEAR);
        String id = String.format(Locale.ROOT, "G%03d-%02d", n, k);
        Fixtures.SchoolBuilder b = Fixtures.school(id).type(type).name("生成县" + n + "第" + (k + 1) + type.label())
                .location(pick(random, Location.values()));
        if (random.nextInt(12) == 0) {
            b.privateSchool();
        }
        if (type == SchoolType.PRIMARY && random.nextInt(30) == 0) {
            b.special();
        }
        switch (type) {
            case PRIMARY -> b.students(80 + random.nextInt(2300));
            case JUNIOR -> b.students(150 + random.nextInt(1900));
            case TEACHING_POINT -> b.students(20 + random.nextInt(100));
            case NINE_YEAR -> b.enrolment(150 + random.nextInt(900), 90 + random.nextInt(600), null);
            case COMPLETE_MIDDLE -> b.enrolment(null, 300 + random.nextInt(1200), 400 + random.nextInt(1600));
            case TWELVE_YEAR -> b.enrolment(300 + random.nextInt(900), 200 + random.nextInt(700), 150 + random.nextInt(500));
        }
        Stage stage = type.stages().contains(Stage.PRIMARY) && (!type.stages().contains(Stage.JUNIOR) || random.nextBoolean())
                ? Stage.PRIMARY : Stage.JUNIOR;
        if (random.nextDouble() < failing) {
            fail(b, stage, random);
        }
        if (random.nextDouble() < missing) {
            lack(b, stage, random);
        }
        return b.build();
    }

    /** One indicator missed, some below the 85% floor. */
    private static void fail(Fixtures.SchoolBuilder b, Stage stage, Random random) {
        switch (random.nextInt(7)) {
            case 0 -> b.qualified(stage, 1);
            case 1 -> b.backbone(stage, 0);
            case 2 -> b.peArts(stage, 1, 0, 0, 0);
            case 3 -> b.areaTeachingAux("300").areaIndoorSports("0");
            case 4 -> b.areaSportsField("500");
            case 5 -> b.equipmentValue(String.valueOf(50_000 + random.nextInt(400_000)));
            default -> b.multimediaClassrooms(String.valueOf(random.nextInt(3)));
        }
    }

    /** One figure unknown. */
    private static void lack(Fixtures.SchoolBuilder b, Stage stage, Random random) {
        switch (random.nextInt(5)) {
            case 0 -> b.equipmentValue(null);
            case 1 -> b.areaSportsField(null);
            case 2 -> b.qualified(stage, null);
            case 3 -> b.noTeachers(stage);
            default -> b.multimediaClassrooms(null);
        }
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... options) {
        return options[random.nextInt(options.length)];
    }
}
