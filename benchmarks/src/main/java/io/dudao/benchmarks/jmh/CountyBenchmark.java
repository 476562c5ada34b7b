package io.dudao.benchmarks.jmh;

import io.dudao.api.EvaluationReport;
import io.dudao.reference.ReferenceResult;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * (3) Latency of one county of about 70 schools, engine and reference, as a sampled distribution (JMH
 * prints p50, p99, p99.9).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC", "-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch"})
@Threads(1)
public class CountyBenchmark {

    @Benchmark
    public EvaluationReport engine(CountyState s) {
        return s.evaluator.evaluate(s.county70);
    }

    @Benchmark
    public List<ReferenceResult> reference(CountyState s) {
        return s.reference.evaluate(s.county70);
    }

    /** (1) and (6): average time per county over a sample of the nation, one thread and two. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    public EvaluationReport engineNationSample(CountyState s, Cursor c) {
        return s.evaluator.evaluate(s.sample.get(c.next++ % s.sample.size()));
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Threads(2)
    public EvaluationReport engineNationSample2Threads(CountyState s, Cursor c) {
        return s.evaluator.evaluate(s.sample.get(c.next++ % s.sample.size()));
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    public List<ReferenceResult> referenceNationSample(CountyState s, Cursor c) {
        return s.reference.evaluate(s.sample.get(c.next++ % s.sample.size()));
    }
}
