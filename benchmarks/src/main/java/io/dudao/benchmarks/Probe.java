package io.dudao.benchmarks;

import io.dudao.api.EvaluationReport;
import io.dudao.api.Evaluator;
import io.dudao.api.FactsReader;
import io.dudao.api.ReportJson;
import io.dudao.facts.District;
import io.dudao.reference.NationalGenerator;
import io.dudao.reference.ReferenceEvaluator;
import io.dudao.reference.ReferenceResult;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

/**
 * One measurement in a JVM of its own, started by {@link BenchmarkRunner} with the flags of that
 * measurement. Prints {@code RESULT key=value} lines on standard output (and {@code READY} for the
 * start-up probe); progress goes to standard error.
 */
public final class Probe {

    private static final long SEED = 1;

    private Probe() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int counties = Integer.parseInt(o.getOrDefault("counties", String.valueOf(NationalGenerator.NATION)));
        int reps = Integer.parseInt(o.getOrDefault("reps", "3"));
        result("loadStart", load());
        switch (args[0]) {
            case "nation-ra" -> nationResourceAllocation(counties, reps);
            case "nation-json" -> nationJson(counties, o.get("out"));
            case "county-latency" -> countyLatency(Integer.parseInt(o.getOrDefault("iterations", "5000")));
            case "startup" -> startup(Path.of(o.get("facts")), false);
            case "startup-reference" -> startup(Path.of(o.get("facts")), true);
            case "kiebase-build" -> kieBaseBuild(reps, !"source".equals(o.get("mode")));
            case "threads" -> threads(counties, reps);
            default -> throw new IllegalArgumentException("unknown probe " + args[0]);
        }
        result("loadEnd", load());
    }

    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** CPU time of the calling thread, in nanoseconds. */
    static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    /** CPU time of the whole process (every thread, JIT and GC included), in nanoseconds. */
    static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static String load() {
        return String.format("%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    static void result(String key, Object value) {
        System.out.println("RESULT " + key + "=" + value);
        System.out.flush();
    }

    static void progress(String text) {
        System.err.println("  " + text);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static List<District> nation(int counties) {
        long t = System.nanoTime();
        List<District> all = new NationalGenerator(SEED, counties, NationalGenerator.DEFAULT_MISSING_RATE).stream().toList();
        progress(String.format("generated %d counties, %d schools in %.0f ms", all.size(),
                all.stream().mapToInt(d -> d.schools().size()).sum(), ms(System.nanoTime() - t)));
        return all;
    }

    /** Times {@code f} over every county: {wall, thread CPU} in nanoseconds. The sum of sizes goes to {@code SINK}. */
    private static <T> long[] pass(List<District> counties, java.util.function.Function<District, T> f,
                                   ToIntFunction<T> size) {
        long c = cpu();
        long t = System.nanoTime();
        long n = 0;
        for (District d : counties) {
            n += size.applyAsInt(f.apply(d));
        }
        SINK.addAndGet(n);
        return new long[] {System.nanoTime() - t, cpu() - c};
    }

    private static final AtomicLong SINK = new AtomicLong();

    private static long median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    // ---- (1) the nation, resource allocation only, engine without rendering vs reference ------------

    private static void nationResourceAllocation(int counties, int reps) {
        List<District> nation = nation(counties);
        ReferenceEvaluator ref = ReferenceEvaluator.national();
        Evaluator engine = Evaluator.builder().standards("QB2017").build();
        List<District> warm = nation.subList(0, Math.min(nation.size(), 400));
        for (int i = 0; i < 3; i++) {
            pass(warm, engine::evaluate, r -> r.results().size());
            pass(nation, ref::evaluate, List::size);
        }
        long[] refTimes = new long[Math.max(5, reps)];
        long[] refCpu = new long[refTimes.length];
        long[] engTimes = new long[reps];
        long[] engCpu = new long[reps];
        long refResults = 0;
        long engResults = 0;
        for (int i = 0; i < refTimes.length; i++) {
            long before = SINK.get();
            long[] t = pass(nation, ref::evaluate, List::size);
            refTimes[i] = t[0];
            refCpu[i] = t[1];
            refResults = SINK.get() - before;
        }
        for (int i = 0; i < reps; i++) {
            long before = SINK.get();
            long[] t = pass(nation, engine::evaluate, r -> r.results().size());
            engTimes[i] = t[0];
            engCpu[i] = t[1];
            engResults = SINK.get() - before;
            progress(String.format("engine pass %d: %.0f ms (CPU %.0f ms)", i + 1, ms(t[0]), ms(t[1])));
        }
        result("counties", nation.size());
        result("schools", nation.stream().mapToInt(d -> d.schools().size()).sum());
        result("referenceResults", refResults);
        result("engineResults", engResults);
        result("referenceMs", String.format("%.1f", ms(median(refTimes))));
        result("engineMs", String.format("%.1f", ms(median(engTimes))));
        result("ratio", String.format("%.1f", (double) median(engTimes) / median(refTimes)));
        result("referenceCpuMs", String.format("%.1f", ms(median(refCpu))));
        result("engineCpuMs", String.format("%.1f", ms(median(engCpu))));
        result("ratioCpu", String.format("%.1f", (double) median(engCpu) / median(refCpu)));
    }

    // ---- (2) the nation with every report written as JSON, 2 threads, flat memory ------------------

    private static void nationJson(int counties, String outDir) throws Exception {
        Path out = outDir != null ? Path.of(outDir) : Files.createTempDirectory("dudao-nation-");
        Files.createDirectories(out);
        Evaluator engine = Evaluator.builder().standards("QB2017").build();
        ReferenceEvaluator ref = ReferenceEvaluator.national();
        NationalGenerator g = new NationalGenerator(SEED, counties, NationalGenerator.DEFAULT_MISSING_RATE);
        // warm-up on 200 counties that are not measured, written to a scratch directory
        Path scratch = Files.createTempDirectory("dudao-warm-");
        pipeline(new NationalGenerator(SEED + 1, 200, 0.01).stream(), 2, d -> write(explained(engine, d), scratch), null);
        pipeline(new NationalGenerator(SEED + 1, 600, 0.01).stream(), 2, d -> { ref.evaluate(d); return 0L; }, null);
        deleteTree(scratch);

        // the reference over the same nation, same pipeline (generation included, no output)
        long r0 = System.nanoTime();
        pipeline(g.stream(), 2, d -> (long) ref.evaluate(d).size(), null);
        long refNanos = System.nanoTime() - r0;

        System.gc();
        long cpu0 = processCpu();
        HeapWatch heap = new HeapWatch();
        long[] afterGcAt = new long[4];
        AtomicInteger done = new AtomicInteger();
        long t0 = System.nanoTime();
        long bytes = pipeline(g.stream(), 2, d -> write(explained(engine, d), out), () -> {
            int n = done.incrementAndGet();
            for (int q = 1; q <= 4; q++) {
                if (n == counties * q / 4) {
                    afterGcAt[q - 1] = heap.liveAfterLastGc();
                }
            }
        });
        long nanos = System.nanoTime() - t0;
        long cpuNanos = processCpu() - cpu0;
        heap.stop();
        long files;
        try (Stream<Path> s = Files.list(out)) {
            files = s.count();
        }
        result("counties", counties);
        result("files", files);
        result("bytes", bytes);
        result("engineMs", String.format("%.0f", ms(nanos)));
        result("countiesPerSecond", String.format("%.0f", counties / (nanos / 1e9)));
        result("referenceMs", String.format("%.0f", ms(refNanos)));
        result("ratio", String.format("%.1f", (double) nanos / refNanos));
        result("processCpuMs", String.format("%.0f", ms(cpuNanos)));
        result("liveHeapMaxMb", heap.maxLive() / (1 << 20));
        result("liveHeapQuartersMb", Arrays.stream(afterGcAt).map(b -> b / (1 << 20))
                .mapToObj(Long::toString).reduce((a, b) -> a + "/" + b).orElse(""));
        result("gcCount", heap.gcCount());
        result("gcMs", heap.gcMillis());
        if (outDir == null) {
            deleteTree(out);
        }
    }

    /** The report of {@code d} with its explanations rendered in zh-CN. */
    private static EvaluationReport explained(Evaluator engine, District d) {
        return engine.explanations().render(engine.evaluate(d));
    }

    private static long write(EvaluationReport report, Path dir) {
        Path file = dir.resolve(report.district().code() + ".json");
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            ReportJson.write(report, os);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Feeds {@code counties} through a bounded queue to {@code threads} workers applying {@code work}; the
     * queue keeps memory flat however many counties there are. Returns the sum of what work returned.
     */
    private static long pipeline(Stream<District> counties, int threads,
                                 java.util.function.Function<District, Long> work, Runnable eachDone)
            throws InterruptedException {
        BlockingQueue<District> queue = new ArrayBlockingQueue<>(32);
        District poison = new District("-", null, null, null, null, List.of(), Map.of());
        AtomicLong sum = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        List<Throwable> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> {
                try {
                    for (District d = queue.take(); d != poison; d = queue.take()) {
                        sum.addAndGet(work.apply(d));
                        if (eachDone != null) {
                            eachDone.run();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (Throwable e) {
                    errors.add(e);
                    queue.clear();
                }
            }, "worker-" + i);
            t.start();
            workers.add(t);
        }
        Iterator<District> it = counties.iterator();
        while (it.hasNext() && errors.isEmpty()) {
            queue.put(it.next());
        }
        for (int i = 0; i < threads; i++) {
            queue.put(poison);
        }
        for (Thread t : workers) {
            t.join();
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException("a worker failed", errors.get(0));
        }
        return sum.get();
    }

    /** Samples the heap left live after each collection (sum of the heap pools' collection usage). */
    private static final class HeapWatch {
        private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isCollectionUsageThresholdSupported()).toList();
        private final long gc0 = gcCountNow();
        private final long gcMs0 = gcMillisNow();
        private volatile boolean running = true;
        private volatile long max;
        private final Thread sampler;

        HeapWatch() {
            pools.forEach(MemoryPoolMXBean::resetPeakUsage);
            sampler = new Thread(() -> {
                while (running) {
                    max = Math.max(max, liveAfterLastGc());
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-watch");
            sampler.setDaemon(true);
            sampler.start();
        }

        long liveAfterLastGc() {
            long sum = 0;
            for (MemoryPoolMXBean p : pools) {
                java.lang.management.MemoryUsage u = p.getCollectionUsage();
                sum += u == null ? 0 : u.getUsed();
            }
            return sum;
        }

        void stop() throws InterruptedException {
            running = false;
            sampler.join();
            max = Math.max(max, liveAfterLastGc());
        }

        long maxLive() {
            return max;
        }

        long gcCount() {
            return gcCountNow() - gc0;
        }

        long gcMillis() {
            return gcMillisNow() - gcMs0;
        }

        private static long gcCountNow() {
            return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(0, b.getCollectionCount())).sum();
        }

        private static long gcMillisNow() {
            return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    // ---- (3) one county of about 70 schools: latency ---------------------------------------------------

    /** The first county of the standard nation with 68–72 schools. */
    static District countyOf70() {
        NationalGenerator g = new NationalGenerator(SEED);
        for (int i = 0; i < g.counties(); i++) {
            District d = g.county(i);
            if (d.schools().size() >= 68 && d.schools().size() <= 72) {
                return d;
            }
        }
        throw new IllegalStateException("no county of about 70 schools");
    }

    private static void countyLatency(int iterations) {
        District county = countyOf70();
        Evaluator engine = Evaluator.builder().standards("QB2017").build();
        ReferenceEvaluator ref = ReferenceEvaluator.national();
        long warmUntil = System.nanoTime() + 10_000_000_000L;
        int warm = 0;
        while (System.nanoTime() < warmUntil || warm < 2000) {
            SINK.addAndGet(engine.evaluate(county).results().size());
            warm++;
        }
        long[] eng = new long[iterations];
        long[] engCpu = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            long c = cpu();
            long t = System.nanoTime();
            SINK.addAndGet(engine.evaluate(county).results().size());
            eng[i] = System.nanoTime() - t;
            engCpu[i] = cpu() - c;
        }
        long[] rendered = new long[Math.max(200, iterations / 5)];
        for (int i = 0; i < rendered.length; i++) {
            long t = System.nanoTime();
            SINK.addAndGet(explained(engine, county).results().size());
            rendered[i] = System.nanoTime() - t;
        }
        Arrays.sort(rendered);
        result("engineRenderedMedianMs", String.format("%.3f", ms(rendered[rendered.length / 2])));
        for (int i = 0; i < 20_000; i++) {
            SINK.addAndGet(ref.evaluate(county).size());
        }
        long[] r = new long[Math.max(iterations, 20_000)];
        long[] rCpu = new long[r.length];
        for (int i = 0; i < r.length; i++) {
            long c = cpu();
            long t = System.nanoTime();
            SINK.addAndGet(ref.evaluate(county).size());
            r[i] = System.nanoTime() - t;
            rCpu[i] = cpu() - c;
        }
        Arrays.sort(eng);
        Arrays.sort(r);
        Arrays.sort(engCpu);
        Arrays.sort(rCpu);
        result("county", county.code());
        result("schools", county.schools().size());
        result("results", engine.evaluate(county).results().size());
        result("warmupIterations", warm);
        result("iterations", iterations);
        result("engineMedianMs", String.format("%.3f", ms(eng[eng.length / 2])));
        result("engineP99Ms", String.format("%.3f", ms(eng[(int) (eng.length * 0.99)])));
        result("engineMaxMs", String.format("%.3f", ms(eng[eng.length - 1])));
        result("engineCpuMedianMs", String.format("%.3f", ms(engCpu[engCpu.length / 2])));
        result("engineCpuP99Ms", String.format("%.3f", ms(engCpu[(int) (engCpu.length * 0.99)])));
        result("referenceMedianMs", String.format("%.4f", ms(r[r.length / 2])));
        result("referenceP99Ms", String.format("%.4f", ms(r[(int) (r.length * 0.99)])));
        result("referenceCpuMedianMs", String.format("%.4f", ms(rCpu[rCpu.length / 2])));
        result("ratio", String.format("%.1f", (double) eng[eng.length / 2] / r[r.length / 2]));
        result("ratioCpu", String.format("%.1f", (double) engCpu[engCpu.length / 2] / rCpu[rCpu.length / 2]));
    }

    // ---- (4) JVM start to the first evaluated county -------------------------------------------------

    private static void startup(Path facts, boolean reference) {
        long t0 = System.nanoTime();
        List<District> districts = FactsReader.read(facts);
        long t1 = System.nanoTime();
        int n;
        long t2;
        if (reference) {
            ReferenceEvaluator ref = ReferenceEvaluator.national();
            t2 = System.nanoTime();
            List<ReferenceResult> results = ref.evaluate(districts.get(0));
            n = results.size();
        } else {
            Evaluator engine = Evaluator.builder().build();
            t2 = System.nanoTime();
            n = engine.evaluate(districts.get(0)).results().size();
        }
        long t3 = System.nanoTime();
        System.out.println("READY " + n);
        System.out.flush();
        result("readFactsMs", String.format("%.0f", ms(t1 - t0)));
        result("buildMs", String.format("%.0f", ms(t2 - t1)));
        result("evaluateMs", String.format("%.0f", ms(t3 - t2)));
        result("uptimeMs", ManagementFactory.getRuntimeMXBean().getUptime());
        result("processCpuMs", String.format("%.0f", ms(processCpu())));
    }

    // ---- (5) KieBase build: precompiled (the kjar of the rules module) or from source --------------------

    /** An evaluator of every bundled standard, from the precompiled kjar or compiled from the DRL. */
    private static Evaluator bundled(boolean precompiled) {
        return io.dudao.internal.engine.DefaultEvaluator.build(io.dudao.internal.ruleset.RuleSetSource.classpath(),
                List.of(), List.of(), precompiled);
    }

    private static void kieBaseBuild(int reps, boolean precompiled) {
        long c = cpu();
        long t = System.nanoTime();
        Evaluator first = bundled(precompiled);
        long cold = System.nanoTime() - t;
        long coldCpu = cpu() - c;
        long[] warm = new long[Math.max(3, reps)];
        long[] warmCpu = new long[warm.length];
        for (int i = 0; i < warm.length; i++) {
            long c1 = cpu();
            long s = System.nanoTime();
            Evaluator e = bundled(precompiled);
            warm[i] = System.nanoTime() - s;
            warmCpu[i] = cpu() - c1;
            SINK.addAndGet(e.standards().size());
        }
        if (precompiled) {
            // checked after the timing (it warms the JVM): the kjar must be there and up to date, or the
            // figures above timed the fallback, a runtime compile
            io.dudao.internal.ruleset.RuleSet all = io.dudao.internal.ruleset.RuleSetLoader.load(
                    io.dudao.internal.ruleset.RuleSetSource.classpath());
            if (io.dudao.internal.engine.PrecompiledRules.load(all, all.standards(), Probe.class.getClassLoader()).isEmpty()) {
                throw new IllegalStateException("no up-to-date precompiled rules on the class path");
            }
        }
        result("mode", precompiled ? "precompiled" : "source");
        result("standards", String.join(" ", first.standards()));
        result("coldMs", String.format("%.0f", ms(cold)));
        result("warmMs", String.format("%.0f", ms(median(warm))));
        result("coldCpuMs", String.format("%.0f", ms(coldCpu)));
        result("warmCpuMs", String.format("%.0f", ms(median(warmCpu))));
    }

    // ---- (6) 2 threads vs 1 over one shared evaluator ------------------------------------------------

    private static void threads(int counties, int reps) throws InterruptedException {
        List<District> nation = nation(counties);
        Evaluator engine = Evaluator.builder().standards("QB2017").build();
        ReferenceEvaluator ref = ReferenceEvaluator.national();
        List<District> warm = nation.subList(0, Math.min(nation.size(), 300));
        parallel(warm, 2, d -> engine.evaluate(d).results().size());
        parallel(warm, 1, d -> engine.evaluate(d).results().size());
        for (int i = 0; i < 3; i++) {
            parallel(nation, 2, d -> ref.evaluate(d).size());
        }
        long[] e1 = {Long.MAX_VALUE, 0};
        long[] e2 = {Long.MAX_VALUE, 0};
        long[] r1 = {Long.MAX_VALUE, 0};
        long[] r2 = {Long.MAX_VALUE, 0};
        for (int i = 0; i < Math.max(2, reps); i++) {
            e1 = best(e1, parallel(nation, 1, d -> engine.evaluate(d).results().size()));
            e2 = best(e2, parallel(nation, 2, d -> engine.evaluate(d).results().size()));
            r1 = best(r1, parallel(nation, 1, d -> ref.evaluate(d).size()));
            r2 = best(r2, parallel(nation, 2, d -> ref.evaluate(d).size()));
            progress(String.format("round %d: engine 1 thread %.0f ms, 2 threads %.0f ms", i + 1, ms(e1[0]), ms(e2[0])));
        }
        result("counties", nation.size());
        result("engine1Ms", String.format("%.0f", ms(e1[0])));
        result("engine2Ms", String.format("%.0f", ms(e2[0])));
        result("engineSpeedup", String.format("%.2f", (double) e1[0] / e2[0]));
        // CPU seconds the workers spent: with no other load, 2 threads reach 2 × cpu1 / cpu2 at best
        result("engine1CpuMs", String.format("%.0f", ms(e1[1])));
        result("engine2CpuMs", String.format("%.0f", ms(e2[1])));
        result("engineCpuBoundSpeedup", String.format("%.2f", 2.0 * e1[1] / e2[1]));
        result("reference1Ms", String.format("%.1f", ms(r1[0])));
        result("reference2Ms", String.format("%.1f", ms(r2[0])));
        result("referenceSpeedup", String.format("%.2f", (double) r1[0] / r2[0]));
        result("ratio", String.format("%.1f", (double) e2[0] / r2[0]));
    }

    private static long[] best(long[] a, long[] b) {
        return b[0] < a[0] ? b : a;
    }

    /**
     * Evaluates every county on {@code threads} threads taking the next county from a shared index:
     * {wall, CPU of all workers} in nanoseconds.
     */
    private static long[] parallel(List<District> counties, int threads, ToIntFunction<District> work)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicLong cpuSum = new AtomicLong();
        Thread[] ts = new Thread[threads];
        long t0 = System.nanoTime();
        for (int i = 0; i < threads; i++) {
            ts[i] = new Thread(() -> {
                long c = cpu();
                long n = 0;
                for (int k = next.getAndIncrement(); k < counties.size(); k = next.getAndIncrement()) {
                    n += work.applyAsInt(counties.get(k));
                }
                SINK.addAndGet(n);
                cpuSum.addAndGet(cpu() - c);
            });
            ts[i].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        return new long[] {System.nanoTime() - t0, cpuSum.get()};
    }
}
