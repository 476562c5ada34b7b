package io.dudao.api;

import io.dudao.facts.District;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

/**
 * Evaluates many districts (a province, the nation) on several threads sharing one {@link Evaluator},
 * handing each report to a sink as soon as it is done, so that memory stays flat however many districts
 * there are: at most a few districts per thread are in flight, and the districts are pulled from the
 * iterator only as threads free up. A district that cannot be evaluated (invalid facts) is recorded and
 * the batch goes on.
 *
 * <pre>{@code
 * BatchEvaluation.Summary s = BatchEvaluation.run(evaluator, districts.iterator(), 2, null,
 *         report -> write(report));
 * }</pre>
 */
public final class BatchEvaluation {

    private BatchEvaluation() {
    }

    /**
     * A district that could not be evaluated.
     *
     * @param districtCode the district's code
     * @param code         the error code, e.g. {@code facts.invalid}
     * @param message      what was wrong
     */
    public record DistrictError(String districtCode, String code, String message) {
    }

    /**
     * What a batch did.
     *
     * @param evaluated         districts evaluated
     * @param withFailures      evaluated districts with at least one FAIL result
     * @param errors            districts that could not be evaluated, in the order they finished
     * @param results           result counts by verdict over all reports
     */
    public record Summary(int evaluated, int withFailures, List<DistrictError> errors, Map<Verdict, Integer> results) {
        public Summary {
            errors = List.copyOf(errors);
            results = Collections.unmodifiableMap(new EnumMap<>(results));
        }
    }

    /**
     * Evaluates every district of {@code districts} on {@code threads} threads, calling {@code sink} with each
     * report as it completes. The sink is called from the worker threads, concurrently: it must be thread-safe
     * (writing each report to its own file is).
     *
     * @param asOf the as-of date for all, or {@code null} for each district's school-year default
     * @throws IllegalArgumentException when {@code threads} is below 1
     * @throws DudaoException           when the evaluator or the sink fails in a way that is not a district's
     *                                  own (a rule-set error such as conflicting outcomes); the batch stops
     */
    public static Summary run(Evaluator evaluator, Iterator<District> districts, int threads, LocalDate asOf,
                              Consumer<EvaluationReport> sink) {
        Objects.requireNonNull(evaluator, "evaluator");
        Objects.requireNonNull(districts, "districts");
        Objects.requireNonNull(sink, "sink");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        Tally tally = new Tally();
        Semaphore inFlight = new Semaphore(threads * 2);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dudao-batch");
            t.setDaemon(true);
            return t;
        });
        List<Future<?>> pending = new ArrayList<>();
        try {
            while (districts.hasNext()) {
                District d = districts.next();
                inFlight.acquireUninterruptibly();
                pending.add(pool.submit(() -> {
                    try {
                        EvaluationReport report;
                        try {
                            report = evaluator.evaluate(d, asOf);
                        } catch (FactsException e) {
                            tally.error(new DistrictError(d.code(), e.code(), e.getMessage()));
                            return;
                        }
                        sink.accept(report);
                        tally.report(report);
                    } finally {
                        inFlight.release();
                    }
                }));
                pending.removeIf(Future::isDone);
                rethrowFailures(pending, false);
            }
            rethrowFailures(pending, true);
        } finally {
            pool.shutdownNow();
        }
        return tally.summary();
    }

    private static void rethrowFailures(List<Future<?>> futures, boolean wait) {
        for (Future<?> f : futures) {
            if (!wait && !f.isDone()) {
                continue;
            }
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DudaoException("internal", "batch evaluation interrupted", e);
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                throw c instanceof DudaoException de ? de : new DudaoException("internal", String.valueOf(c), c);
            }
        }
    }

    /** Counts what the workers did. */
    private static final class Tally {
        private int evaluated;
        private int withFailures;
        private final List<DistrictError> errors = new ArrayList<>();
        private final Map<Verdict, Integer> results = new EnumMap<>(Verdict.class);

        synchronized void report(EvaluationReport report) {
            evaluated++;
            if (report.summary().getOrDefault(Verdict.FAIL, 0) > 0) {
                withFailures++;
            }
            report.summary().forEach((v, n) -> results.merge(v, n, Integer::sum));
        }

        synchronized void error(DistrictError e) {
            errors.add(e);
        }

        synchronized Summary summary() {
            for (Verdict v : Verdict.values()) {
                results.putIfAbsent(v, 0);
            }
            return new Summary(evaluated, withFailures, errors, results);
        }
    }
}
