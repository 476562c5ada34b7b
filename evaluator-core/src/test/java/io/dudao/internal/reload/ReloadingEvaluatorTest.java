package io.dudao.internal.reload;

import static io.dudao.internal.engine.RuleSetFixtures.district;
import static io.dudao.internal.engine.RuleSetFixtures.primary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dudao.api.DudaoException;
import io.dudao.api.EvaluationReport;
import io.dudao.api.Evaluator;
import io.dudao.api.IndicatorResult;
import io.dudao.api.ReloadingEvaluator;
import io.dudao.api.RuleProblem;
import io.dudao.api.RuleSetInfo;
import io.dudao.api.RulesException;
import io.dudao.api.Verdict;
import io.dudao.facts.District;
import io.dudao.internal.engine.RuleSetFixtures;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reloading holder on a copy of the {@code basic} fixture rule set: swaps under concurrent evaluation,
 * failed builds, watching DRL and overlay files, debouncing, and old versions becoming unreachable.
 * The memory test is in {@link ReloadMemoryTest}.
 */
class ReloadingEvaluatorTest {

    /** School A has 4.5 m² per student, B 4.55, C 4.7: the threshold 4.5 passes all, 4.6 fails A and B. */
    static final District DISTRICT = district(primary("A", "2250", 500), primary("B", "2275", 500),
            primary("C", "2350", 500));
    static final String NATIONAL = "value: {PRIMARY: 4.5, JUNIOR: 5.8}";
    static final String RAISED = "value: {PRIMARY: 4.6, JUNIOR: 5.8}";

    @TempDir
    Path tmp;
    Path rules;
    Path parameters;
    Path drl;
    final Recorder recorder = new Recorder();
    final List<ReloadingEvaluator> opened = new ArrayList<>();

    @BeforeEach
    void copyFixture() throws IOException {
        rules = RuleSetFixtures.copy("basic", Files.createDirectory(tmp.resolve("rules")));
        parameters = rules.resolve("T1/parameters.yaml");
        drl = rules.resolve("T1/T1-A-area.drl");
    }

    @AfterEach
    void closeAll() {
        opened.forEach(ReloadingEvaluator::close);
    }

    private ReloadingEvaluator open(ReloadingEvaluator.Builder b) {
        ReloadingEvaluator e = b.listener(recorder).build();
        opened.add(e);
        return e;
    }

    private ReloadingEvaluator open() {
        return open(ReloadingEvaluator.builder().rulesDirectory(rules).debounce(Duration.ofMillis(100)));
    }

    static IndicatorResult a(EvaluationReport r) {
        return r.result("T1-A", "school:A/PRIMARY");
    }

    @Test
    @Timeout(180)
    void reloadUnderConcurrentEvaluation_losesNoEvaluationAndNeverMixesVersions() throws Exception {
        ReloadingEvaluator holder = open();
        Map<String, BigDecimal> thresholdOfHash = new ConcurrentHashMap<>();
        thresholdOfHash.put(holder.ruleSet().hash(), new BigDecimal("4.5"));

        int threads = 3;
        AtomicBoolean stop = new AtomicBoolean();
        List<EvaluationReport> reports = new CopyOnWriteArrayList<>();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Integer>> counts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            counts.add(pool.submit(() -> {
                int n = 0;
                while (!stop.get()) {
                    try {
                        EvaluationReport r = holder.evaluate(DISTRICT);
                        if (n % 5 == 0) {
                            reports.add(r);
                        } else {
                            check(r, thresholdOfHash, failures);
                        }
                        n++;
                        Thread.sleep(2);   // leave the reloading thread some of the CPU on a small machine
                    } catch (Throwable x) {
                        failures.add(x);
                    }
                }
                return n;
            }));
        }
        int reloads = 8;
        for (int i = 0; i < reloads; i++) {
            boolean raise = i % 2 == 0;
            RuleSetFixtures.edit(parameters, raise ? NATIONAL : RAISED, raise ? RAISED : NATIONAL);
            RuleSetInfo now = holder.reload();
            thresholdOfHash.put(now.hash(), new BigDecimal(raise ? "4.6" : "4.5"));
            Thread.sleep(50);   // let the evaluating threads run on this version for a moment
        }
        stop.set(true);
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        int evaluations = 0;
        for (Future<Integer> c : counts) {
            evaluations += c.get();
        }

        assertThat(failures).isEmpty();
        assertThat(thresholdOfHash).hasSize(2);
        for (EvaluationReport r : reports) {
            check(r, thresholdOfHash, failures);
        }
        assertThat(failures).isEmpty();
        Map<String, Long> byVersion = reports.stream()
                .collect(Collectors.groupingBy(r -> r.ruleSet().hash(), Collectors.counting()));
        assertThat(byVersion).as("reports made on both versions").hasSize(2);
        assertThat(evaluations).isGreaterThan(reloads);
        assertThat(recorder.reloaded).hasSize(reloads);
        assertThat(recorder.failed).isEmpty();
    }

    /** Every result of the report has the threshold of the report's rule-set version, and the verdict that follows. */
    private static void check(EvaluationReport r, Map<String, BigDecimal> thresholdOfHash, List<Throwable> failures) {
        try {
            BigDecimal expected = thresholdOfHash.get(r.ruleSet().hash());
            if (expected == null) {
                // made by a version whose reload() has not yet returned to the test; checked again at the end
                return;
            }
            List<IndicatorResult> results = r.results().stream().filter(x -> x.indicator().equals("T1-A")).toList();
            assertThat(results).hasSize(3);
            for (IndicatorResult x : results) {
                assertThat(x.threshold()).as("%s in a report of %s", x.subject(), r.ruleSet().hash())
                        .isEqualByComparingTo(expected);
                Verdict v = x.exactValue().compareTo(expected) >= 0 ? Verdict.PASS : Verdict.FAIL;
                assertThat(x.verdict()).as(x.subject()).isEqualTo(v);
            }
        } catch (AssertionError e) {
            failures.add(e);
        }
    }

    @Test
    void brokenEdit_keepsTheLastGoodRules_andTheListenerGetsFileAndLine() throws IOException {
        ReloadingEvaluator holder = open();
        RuleSetInfo good = holder.ruleSet();
        Evaluator goodVersion = holder.current();
        // line 27 of T1-A-area.drl loses its closing parenthesis: the parser stops at the 'then' of line 28
        RuleSetFixtures.edit(drl, "value > $v )", "value > $v");

        assertThatThrownBy(holder::reload).isInstanceOfSatisfying(RulesException.class,
                e -> assertThat(e.code()).isEqualTo("rules.invalid"));

        assertThat(recorder.failed).hasSize(1);
        assertThat(recorder.failed.get(0)).isInstanceOfSatisfying(RulesException.class, e -> {
            assertThat(e.problems()).isNotEmpty();
            RuleProblem p = e.problems().get(0);
            assertThat(p.file()).isEqualTo("T1/T1-A-area.drl");
            assertThat(p.line()).isEqualTo(28);
        });
        assertThat(recorder.reloaded).isEmpty();
        assertThat(holder.ruleSet()).isEqualTo(good);
        assertThat(holder.current()).isSameAs(goodVersion);
        assertThat(a(holder.evaluate(DISTRICT)).verdict()).isEqualTo(Verdict.PASS);

        // a broken overlay is reported the same way, with the overlay's file and line
        RuleSetFixtures.edit(drl, "value > $v\n", "value > $v )\n");
        Path overlay = Files.writeString(tmp.resolve("province-10.yaml"), """
                standard: T1
                layer: province
                code: "10"
                parameters:
                  - key: T1-A.threshold
                    value: {PRIMARY: 4.6}
                """);
        ReloadingEvaluator withOverlay = open(ReloadingEvaluator.builder().rulesDirectory(rules).overlays(overlay));
        assertThat(a(withOverlay.evaluate(DISTRICT)).verdict()).isEqualTo(Verdict.FAIL);
        RuleSetFixtures.edit(overlay, "{PRIMARY: 4.6}", "{PRIMARY: 4.0}");
        assertThatThrownBy(withOverlay::reload).isInstanceOfSatisfying(RulesException.class, e -> {
            assertThat(e.code()).isEqualTo("parameters.invalid");
            assertThat(e.problems()).extracting(RuleProblem::file, RuleProblem::line)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(overlay.toString(), 6));
        });
        assertThat(a(withOverlay.evaluate(DISTRICT)).threshold()).isEqualByComparingTo("4.6");

        // once fixed, the next reload takes effect
        RuleSetFixtures.edit(overlay, "{PRIMARY: 4.0}", "{PRIMARY: 4.5}");
        withOverlay.reload();
        assertThat(a(withOverlay.evaluate(DISTRICT)).verdict()).isEqualTo(Verdict.PASS);
        assertThat(a(withOverlay.evaluate(DISTRICT)).thresholdSource()).isEqualTo("province:10");
    }

    @Test
    void aRuleDirectoryThatHasGone_isAFailedBuild_notACrash() throws IOException {
        ReloadingEvaluator holder = open();
        Files.delete(rules.resolve("ruleset.yaml"));
        assertThatThrownBy(holder::reload).isInstanceOf(RulesException.class).hasMessageContaining("ruleset.yaml");
        assertThat(recorder.failed).hasSize(1);
        assertThat(a(holder.evaluate(DISTRICT)).verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    @Timeout(60)
    void watch_picksUpAnEditToADrlFile() throws IOException {
        ReloadingEvaluator holder = open().watch();
        assertThat(holder.watching()).isTrue();
        assertThat(a(holder.evaluate(DISTRICT)).verdict()).isEqualTo(Verdict.PASS);   // 4.5 meets 4.5
        String before = holder.ruleSet().hash();

        // the author makes the threshold exclusive: a value equal to it no longer passes
        rewrite(drl, "value <= $v )", "value < $v )", "value > $v )", "value >= $v )");

        await(() -> a(holder.evaluate(DISTRICT)).verdict() == Verdict.FAIL);
        assertThat(holder.ruleSet().hash()).isNotEqualTo(before);
        assertThat(recorder.failed).isEmpty();
        await(() -> recorder.reloaded.size() >= 1);
    }

    @Test
    @Timeout(60)
    void watch_picksUpAnEditToAnOverlayFile_outsideTheRuleDirectory() throws IOException {
        Path overlays = Files.createDirectory(tmp.resolve("overlays"));
        Path overlay = Files.writeString(overlays.resolve("province-10.yaml"), """
                standard: T1
                layer: province
                code: "10"
                parameters:
                  - key: T1-A.threshold
                    value: {PRIMARY: 4.5}
                """);
        ReloadingEvaluator holder = open(ReloadingEvaluator.builder().rulesDirectory(rules).overlays(overlay)
                .debounce(Duration.ofMillis(100))).watch();
        assertThat(a(holder.evaluate(DISTRICT)).verdict()).isEqualTo(Verdict.PASS);
        assertThat(a(holder.evaluate(DISTRICT)).thresholdSource()).isEqualTo("province:10");

        RuleSetFixtures.edit(overlay, "{PRIMARY: 4.5}", "{PRIMARY: 4.6}");

        await(() -> a(holder.evaluate(DISTRICT)).verdict() == Verdict.FAIL);
        IndicatorResult r = a(holder.evaluate(DISTRICT));
        assertThat(r.threshold()).isEqualByComparingTo("4.6");
        assertThat(r.thresholdSource()).isEqualTo("province:10");
    }

    @Test
    @Timeout(60)
    void watch_keepsTheLastGoodRulesOnABrokenEdit_andPicksUpTheFix() throws IOException {
        ReloadingEvaluator holder = open().watch();
        RuleSetInfo good = holder.ruleSet();

        RuleSetFixtures.edit(drl, "value > $v )", "value > $v");
        await(() -> recorder.failed.size() == 1);
        assertThat(recorder.failed.get(0)).isInstanceOf(RulesException.class)
                .hasMessageContaining("T1/T1-A-area.drl:28:");
        assertThat(holder.ruleSet()).isEqualTo(good);
        assertThat(a(holder.evaluate(DISTRICT)).verdict()).isEqualTo(Verdict.PASS);

        rewrite(drl, "value > $v\n", "value >= $v )\n", "value <= $v )", "value < $v )");
        await(() -> a(holder.evaluate(DISTRICT)).verdict() == Verdict.FAIL);
        assertThat(recorder.failed).hasSize(1);
    }

    @Test
    @Timeout(60)
    void watch_debouncesABurstOfWritesIntoOneBuild_andIgnoresSavesWithoutChanges() throws Exception {
        ReloadingEvaluator holder = open(ReloadingEvaluator.builder().rulesDirectory(rules)
                .debounce(Duration.ofSeconds(1))).watch();
        DirectoryWatch watch = reloader(holder).watchInProgress();

        // an editor writing a file ten times, and a deployment writing a second file, within ~100 ms: far less
        // than the debounce interval of 1 s
        String text = Files.readString(parameters);
        for (int i = 0; i < 10; i++) {
            Files.writeString(parameters, text.replace(NATIONAL, i % 2 == 0 ? RAISED : NATIONAL));
            Thread.sleep(10);
        }
        Files.writeString(parameters, text.replace(NATIONAL, RAISED));
        Files.writeString(rules.resolve("T1/notes.txt"), "raised to 4.6 for the 2026 review\n");

        await(() -> a(holder.evaluate(DISTRICT)).verdict() == Verdict.FAIL);
        assertThat(watch.triggered()).isEqualTo(1);
        assertThat(recorder.reloaded).hasSize(1);

        // saving without a change triggers a look, not a build
        Files.writeString(parameters, Files.readString(parameters));
        await(() -> watch.triggered() == 2);
        assertThat(recorder.reloaded).hasSize(1);
    }

    @Test
    @Timeout(60)
    void watch_seesFilesInAFolderCreatedAfterItStarted() throws IOException {
        ReloadingEvaluator holder = open().watch();
        // a second standard T2, a copy of T1 in a new folder, and the manifest naming it
        Path t2 = Files.createDirectory(rules.resolve("T2"));
        try (var s = Files.list(rules.resolve("T1"))) {
            for (Path f : s.toList()) {
                Files.writeString(t2.resolve(f.getFileName().toString().replace("T1", "T2")),
                        Files.readString(f).replace("T1", "T2").replace("dudao.rules.t1", "dudao.rules.t2"));
            }
        }
        RuleSetFixtures.edit(rules.resolve("ruleset.yaml"), "  - T1\n", "  - T1\n  - T2\n");
        await(() -> holder.standards().equals(List.of("T1", "T2")));
        assertThat(holder.evaluate(DISTRICT).result("T2-A", "school:A/PRIMARY").verdict()).isEqualTo(Verdict.PASS);

        RuleSetFixtures.edit(t2.resolve("parameters.yaml"), "PRIMARY: 4.5", "PRIMARY: 4.6");
        await(() -> holder.evaluate(DISTRICT).result("T2-A", "school:A/PRIMARY").verdict() == Verdict.FAIL);
    }

    @Test
    @Timeout(60)
    void close_stopsWatching_andTheEvaluatorKeepsWorking() throws IOException {
        ReloadingEvaluator holder = open().watch();
        Thread watcher = reloader(holder).watchInProgress().watcherThread();
        holder.watch();   // already watching: nothing changes
        assertThat(reloader(holder).watchInProgress().watcherThread()).isSameAs(watcher);

        holder.close();
        holder.close();
        assertThat(holder.watching()).isFalse();
        assertThat(watcher.isAlive()).isFalse();
        assertThat(holder.toString()).startsWith("ReloadingEvaluator[test-basic 1 sha256:").doesNotContain("watching");

        RuleSetFixtures.edit(parameters, NATIONAL, RAISED);
        holder.reload();
        assertThat(a(holder.evaluate(DISTRICT)).verdict()).isEqualTo(Verdict.FAIL);

        holder.watch();   // and it may watch again
        RuleSetFixtures.edit(parameters, RAISED, NATIONAL);
        await(() -> a(holder.evaluate(DISTRICT)).verdict() == Verdict.PASS);
    }

    @Test
    void anOldVersion_becomesUnreachable_onceNoEvaluationUsesIt() throws Exception {
        ReloadingEvaluator holder = open();
        WeakReference<Evaluator> first = new WeakReference<>(holder.current());
        RuleSetFixtures.edit(parameters, NATIONAL, RAISED);
        holder.reload();
        RuleSetFixtures.edit(parameters, RAISED, NATIONAL);
        holder.reload();
        assertThat(recorder.reloaded).hasSize(2);   // the listener saw both, and holds only RuleSetInfo values
        for (int i = 0; i < 50 && first.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertThat(first.get()).as("the first version, after two reloads").isNull();
    }

    @Test
    void builder_failsFast_andTheFirstBuildMustSucceed() throws IOException {
        assertThatThrownBy(() -> ReloadingEvaluator.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("rulesDirectory");
        assertThatThrownBy(() -> ReloadingEvaluator.builder().rulesDirectory(tmp.resolve("nowhere")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nowhere");
        assertThatThrownBy(() -> ReloadingEvaluator.builder().rulesDirectory(rules).rulesDirectory(rules))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ReloadingEvaluator.builder().overlays(tmp.resolve("none.yaml")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReloadingEvaluator.builder().debounce(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReloadingEvaluator.builder().rulesDirectory(rules).standards("T9").build())
                .isInstanceOf(RulesException.class).hasMessageContaining("standard T9 is not in rule set test-basic");

        RuleSetFixtures.edit(drl, "value > $v )", "value > $v");
        assertThatThrownBy(() -> ReloadingEvaluator.builder().rulesDirectory(rules).build())
                .isInstanceOf(RulesException.class).hasMessageContaining("T1/T1-A-area.drl:28:");
    }

    @Test
    void delegates_everyQuestionToTheCurrentVersion() {
        ReloadingEvaluator holder = open(ReloadingEvaluator.builder().rulesDirectory(rules).standards("T1"));
        Evaluator plain = Evaluator.builder().rulesDirectory(rules).build();
        assertThat(holder.standards()).isEqualTo(plain.standards()).containsExactly("T1");
        assertThat(holder.indicators()).isEqualTo(plain.indicators());
        assertThat(holder.ruleSet()).isEqualTo(plain.ruleSet());
        assertThat(holder.lint()).isEqualTo(plain.lint());
        assertThat(holder.ruleNames()).isEqualTo(plain.ruleNames()).contains("T1-A derive");
        List<String> fired = new CopyOnWriteArrayList<>();
        holder.evaluate(DISTRICT, null, new io.dudao.api.EvaluationListener() {
            @Override
            public void ruleFired(String standard, String rule) {
                fired.add(standard + ": " + rule);
            }
        });
        assertThat(fired).contains("T1: T1-A derive", "T1: T1-A pass");
        EvaluationReport r = holder.evaluate(DISTRICT, java.time.LocalDate.of(2025, 3, 1));
        assertThat(r.asOf()).isEqualTo(java.time.LocalDate.of(2025, 3, 1));
        assertThat(holder.explanations().render(r, java.util.Locale.ENGLISH).result("T1-A", "school:A/PRIMARY")
                .explanation()).contains("meeting the standard of 4.5");
    }

    @Test
    void aListenerThatThrows_doesNotStopTheReload() throws IOException {
        ReloadingEvaluator holder = open(ReloadingEvaluator.builder().rulesDirectory(rules)
                .listener(new ReloadingEvaluator.Listener() {
                    @Override
                    public void reloaded(RuleSetInfo old, RuleSetInfo now) {
                        throw new IllegalStateException("a listener's own bug");
                    }
                }));
        RuleSetFixtures.edit(parameters, NATIONAL, RAISED);
        holder.reload();
        assertThat(a(holder.evaluate(DISTRICT)).verdict()).isEqualTo(Verdict.FAIL);
        assertThat(recorder.reloaded).hasSize(1);   // the next listener was still called
    }

    /** Replaces each {@code from} by its {@code to} in one write, as an editor saves a file. */
    static void rewrite(Path file, String... fromTo) throws IOException {
        String s = Files.readString(file);
        for (int i = 0; i < fromTo.length; i += 2) {
            assertThat(s).contains(fromTo[i]);
            s = s.replace(fromTo[i], fromTo[i + 1]);
        }
        Files.writeString(file, s);
    }

    static Reloader reloader(ReloadingEvaluator holder) {
        try {
            var f = ReloadingEvaluator.class.getDeclaredField("reloader");
            f.setAccessible(true);
            return (Reloader) f.get(holder);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Polls {@code condition} every 25 ms for up to 45 s (a build takes well under a second on an idle machine). */
    static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(45);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 45 s");
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Records what the listener is told. */
    static final class Recorder implements ReloadingEvaluator.Listener {
        final List<RuleSetInfo[]> reloaded = new CopyOnWriteArrayList<>();
        final List<DudaoException> failed = new CopyOnWriteArrayList<>();
        final Set<String> threads = ConcurrentHashMap.newKeySet();
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public void reloaded(RuleSetInfo old, RuleSetInfo now) {
            reloaded.add(new RuleSetInfo[] {old, now});
            threads.add(Thread.currentThread().getName());
            calls.incrementAndGet();
        }

        @Override
        public void reloadFailed(DudaoException why) {
            failed.add(why);
            threads.add(Thread.currentThread().getName());
            calls.incrementAndGet();
        }
    }
}
