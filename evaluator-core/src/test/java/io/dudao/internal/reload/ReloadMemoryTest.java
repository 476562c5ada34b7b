package io.dudao.internal.reload;

import static io.dudao.internal.reload.ReloadingEvaluatorTest.DISTRICT;
import static io.dudao.internal.reload.ReloadingEvaluatorTest.NATIONAL;
import static io.dudao.internal.reload.ReloadingEvaluatorTest.RAISED;
import static io.dudao.internal.reload.ReloadingEvaluatorTest.a;
import static org.assertj.core.api.Assertions.assertThat;

import io.dudao.api.ReloadingEvaluator;
import io.dudao.api.Verdict;
import io.dudao.internal.engine.RuleSetFixtures;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reloading again and again leaves heap and metaspace flat: after 20 reloads to warm up, the used heap
 * (after full collections) and the metaspace in use are measured, and again after all reloads. A leak of
 * one version per reload (its KieBases, its generated classes and their class loader) would show as
 * megabytes per reload. The default suite runs 60 reloads; {@code -Ddudao.longTests=true} also runs 200.
 */
class ReloadMemoryTest {

    /** Growth allowed between the two measurements: generous, since a leak grows without bound. */
    static final long HEAP_SLACK = 40L << 20;
    static final double HEAP_RATIO = 0.30;
    static final long METASPACE_SLACK = 40L << 20;

    @TempDir
    Path tmp;

    @Test
    @Timeout(600)
    void sixtyReloads_leaveHeapAndMetaspaceFlat() throws Exception {
        reloads(60);
    }

    @Test
    @Tag("long")
    @EnabledIfSystemProperty(named = "dudao.longTests", matches = "true")
    @Timeout(1800)
    void twoHundredReloads_leaveHeapAndMetaspaceFlat() throws Exception {
        reloads(200);
    }

    private void reloads(int total) throws IOException {
        Path rules = RuleSetFixtures.copy("basic", Files.createDirectory(tmp.resolve("rules")));
        Path parameters = rules.resolve("T1/parameters.yaml");
        try (ReloadingEvaluator holder = ReloadingEvaluator.builder().rulesDirectory(rules).build()) {
            Usage warm = null;
            long start = System.nanoTime();
            for (int i = 1; i <= total; i++) {
                boolean raise = i % 2 == 1;
                RuleSetFixtures.edit(parameters, raise ? NATIONAL : RAISED, raise ? RAISED : NATIONAL);
                holder.reload();
                assertThat(a(holder.evaluate(DISTRICT)).verdict()).isEqualTo(raise ? Verdict.FAIL : Verdict.PASS);
                if (i == 20) {
                    warm = Usage.now();
                    start = System.nanoTime();
                }
            }
            Usage end = Usage.now();
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.printf(Locale.ROOT, "%d reloads: after 20: heap %.1f MB, metaspace %.1f MB (%d classes); "
                            + "after %d: heap %.1f MB, metaspace %.1f MB (%d classes); %d ms per reload%n",
                    total, mb(warm.heap), mb(warm.metaspace), warm.classes, total, mb(end.heap), mb(end.metaspace),
                    end.classes, ms / (total - 20));
            assertThat(end.heap - warm.heap).as("heap growth from reload 20 to %d", total)
                    .isLessThan(Math.max(HEAP_SLACK, (long) (warm.heap * HEAP_RATIO)));
            assertThat(end.metaspace - warm.metaspace).as("metaspace growth from reload 20 to %d", total)
                    .isLessThan(METASPACE_SLACK);
        }
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    /** Used heap after full collections, metaspace in use, classes loaded. */
    record Usage(long heap, long metaspace, int classes) {

        static Usage now() {
            long heap = Long.MAX_VALUE;
            for (int i = 0; i < 5; i++) {   // the least of a few full collections: the live set
                System.gc();
                Runtime rt = Runtime.getRuntime();
                heap = Math.min(heap, rt.totalMemory() - rt.freeMemory());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            long metaspace = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.NON_HEAP && pool.getName().equals("Metaspace")) {
                    metaspace = pool.getUsage().getUsed();
                }
            }
            return new Usage(heap, metaspace, ManagementFactory.getClassLoadingMXBean().getLoadedClassCount());
        }
    }
}
