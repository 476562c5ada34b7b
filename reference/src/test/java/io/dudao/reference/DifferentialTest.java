package io.dudao.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.dudao.api.EvaluationReport;
import io.dudao.api.Evaluator;
import io.dudao.api.IndicatorResult;
import io.dudao.api.Verdict;
import io.dudao.facts.District;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules against the reference: on random counties from {@link NationalGenerator}, every (indicator,
 * subject) of QB2017 resource allocation has the same verdict and the same exact value (compared with
 * {@code compareTo}) from the engine as from {@link ReferenceEvaluator}, and neither has a result the other
 * lacks. Every mismatch is listed, not only the first.
 */
class DifferentialTest {

    private static final Set<String> INDICATORS = Set.copyOf(ReferenceEvaluator.INDICATORS);
    private static Evaluator engine;

    @BeforeAll
    static void compile() {
        engine = Evaluator.builder().standards("QB2017").build();
    }

    /** What one comparison found. */
    private static final class Comparison {
        int counties;
        int schools;
        int results;
        final Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        final List<String> mismatches = new ArrayList<>();

        void compare(District d, EvaluationReport report, List<ReferenceResult> expected) {
            counties++;
            schools += d.schools().size();
            Map<String, IndicatorResult> actual = new HashMap<>();
            for (IndicatorResult r : report.results()) {
                if (INDICATORS.contains(r.indicator())) {
                    IndicatorResult before = actual.put(r.indicator() + " " + r.subject(), r);
                    if (before != null) {
                        mismatches.add(d.code() + " " + r.indicator() + " " + r.subject() + ": two engine results");
                    }
                }
            }
            Set<String> seen = new HashSet<>();
            for (ReferenceResult e : expected) {
                results++;
                verdicts.merge(e.verdict(), 1, Integer::sum);
                seen.add(e.key());
                IndicatorResult a = actual.get(e.key());
                if (a == null) {
                    mismatches.add(d.code() + " " + e.key() + ": reference " + e.verdict() + " " + plain(e.exactValue())
                            + ", engine has no result");
                } else if (a.verdict() != e.verdict() || !sameValue(a.exactValue(), e.exactValue())) {
                    mismatches.add(d.code() + " " + e.key() + ": reference " + e.verdict() + " " + plain(e.exactValue())
                            + ", engine " + a.verdict() + " " + plain(a.exactValue())
                            + (a.reason() == null ? "" : " (" + a.reason() + ")"));
                }
            }
            for (String key : actual.keySet()) {
                if (!seen.contains(key)) {
                    IndicatorResult a = actual.get(key);
                    mismatches.add(d.code() + " " + key + ": engine " + a.verdict() + " " + plain(a.exactValue())
                            + ", reference has no result");
                }
            }
        }

        void assertNoMismatch(String what) {
            System.out.printf("differential %s: %d counties, %d schools, %d results %s, %d mismatches%n", what,
                    counties, schools, results, verdicts, mismatches.size());
            assertThat(mismatches)
                    .as("%d of %d results differ between the engine and the reference (%s); first ones:%n%s",
                            mismatches.size(), results, what,
                            String.join("\n", mismatches.subList(0, Math.min(60, mismatches.size()))))
                    .isEmpty();
        }
    }

    private static boolean sameValue(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.stripTrailingZeros().compareTo(b.stripTrailingZeros()) == 0;
    }

    private static String plain(BigDecimal v) {
        return v == null ? "-" : v.toPlainString();
    }

    private static Comparison run(Evaluator evaluator, ReferenceEvaluator reference, NationalGenerator generator,
                                  int from, int count) {
        Comparison c = new Comparison();
        for (int i = from; i < from + count; i++) {
            District d = generator.county(i);
            c.compare(d, evaluator.evaluate(d), reference.evaluate(d));
        }
        return c;
    }

    @Test
    void defaultMissingRate_threeSeeds() {
        ReferenceEvaluator reference = ReferenceEvaluator.national();
        Comparison c = new Comparison();
        for (long seed : new long[] {1, 20260101, 987654321}) {
            NationalGenerator g = new NationalGenerator(seed);
            Comparison one = run(engine, reference, g, (int) (seed % 1000), 80);
            c.counties += one.counties;
            c.schools += one.schools;
            c.results += one.results;
            one.verdicts.forEach((v, n) -> c.verdicts.merge(v, n, Integer::sum));
            c.mismatches.addAll(one.mismatches);
        }
        c.assertNoMismatch("missing rate 1%, seeds 1, 20260101, 987654321");
    }

    @Test
    void highMissingRate() {
        NationalGenerator g = new NationalGenerator(77, NationalGenerator.NATION, 0.3);
        run(engine, ReferenceEvaluator.national(), g, 0, 80).assertNoMismatch("missing rate 30%, seed 77");
    }

    @Test
    void noMissingData_includingTheRareCountyKinds() {
        // index 5 + 97k has no junior stage, 7 + 331k nothing in scope
        NationalGenerator g = new NationalGenerator(4242, NationalGenerator.NATION, 0.0);
        ReferenceEvaluator reference = ReferenceEvaluator.national();
        Comparison c = run(engine, reference, g, 400, 40);
        for (int i : new int[] {5, 7, 102, 199, 296, 338}) {
            District d = g.county(i);
            c.compare(d, engine.evaluate(d), reference.evaluate(d));
        }
        c.assertNoMismatch("no missing data, seed 4242");
    }

    @Test
    void theComparisonSeesADifference() {
        // a reference whose primary R6 threshold is one 分 higher must disagree somewhere: the test can fail
        ReferenceParameters n = ReferenceParameters.national();
        List<ReferenceParameters.StageValues> r = new ArrayList<>(n.resourceThresholds());
        r.set(5, new ReferenceParameters.StageValues(new BigDecimal("2000.01"), r.get(5).junior()));
        ReferenceParameters off = new ReferenceParameters(r, n.cvThresholds(), n.raMinMet(), n.raFloorRatio(),
                n.teachingPointMinStudents(), n.relaxations(), n.r3RelaxationMinStudents(), n.r3RelaxationMaxStudents(),
                n.weightPrimary(), n.weightJunior(), n.weightSenior(), n.splitFields());
        Comparison c = run(engine, new ReferenceEvaluator(off), new NationalGenerator(1), 0, 20);
        assertThat(c.mismatches).isNotEmpty().allMatch(m -> m.contains("QB2017-R6") || m.contains("QB2017-RA")
                || m.contains("QB2017-RD"));
    }

    @Test
    void relaxationsOn(@TempDir Path dir) throws IOException {
        // the bundled rules with QB2017.relaxations switched on, against the reference with relaxations on
        Path rules = copyBundledRules(dir.resolve("rules"));
        Path parameters = rules.resolve("QB2017/parameters.yaml");
        String text = Files.readString(parameters, StandardCharsets.UTF_8);
        String on = text.replaceFirst("(key: QB2017\\.relaxations\\s*\\n\\s*value:) false", "$1 true");
        assertThat(on).as("parameters.yaml switches the relaxations with 'value: false'").isNotEqualTo(text);
        Files.writeString(parameters, on, StandardCharsets.UTF_8);
        Evaluator relaxed = Evaluator.builder().rulesDirectory(rules).standards("QB2017").build();

        NationalGenerator g = new NationalGenerator(31337, NationalGenerator.NATION, 0.05);
        run(relaxed, new ReferenceEvaluator(ReferenceParameters.national().withRelaxations(true)), g, 0, 60)
                .assertNoMismatch("relaxations on, missing rate 5%, seed 31337");
    }

    /**
     * Copies {@code dudao/rules/} from the class path (a directory or the dudao-rules jar) to {@code target},
     * through the engine's own view of it, which keeps a jar's file system open for the engine.
     */
    static Path copyBundledRules(Path target) throws IOException {
        copyTree(io.dudao.internal.ruleset.RuleSetSource.classpath().root(), target);
        return target;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
    }
}
