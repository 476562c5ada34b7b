package io.dudao.rulemodel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The enrolment-weighted coefficient of variation (差异系数, §2.1 of the standards) of one indicator
 * over the school parts of one stage:
 * <pre>
 *   P = Σ Pᵢ,   X̄ = Σ Pᵢ·Xᵢ / P,   S = √( Σ (Pᵢ/P)·(Xᵢ − X̄)² ),   CV = S / X̄
 * </pre>
 * where Xᵢ is the indicator value and Pᵢ the enrolment of part i. A CV is never computed over part of
 * the stage: a stage without schools is {@link Status#EMPTY}; a school lacking its value, zero total
 * enrolment or a zero mean leave the CV unknown and say why.
 *
 * @param status  whether the CV could be computed
 * @param cv      the CV, {@code null} unless {@link Status#OK}
 * @param mean    X̄, {@code null} when it could not be computed
 * @param total   P, {@code null} when an enrolment is unknown
 * @param parts   the school-part measures, sorted by subject
 * @param missing the inputs missing in the parts that lack a value; with a zero mean, every part
 *                (its value is 0); with zero enrolment, the stage
 */
public record CvResult(Status status, BigDecimal cv, BigDecimal mean, BigDecimal total, List<Measure> parts,
                       List<MissingField> missing) {

    /** Why a CV has, or lacks, a value. */
    public enum Status { OK, EMPTY, MISSING_VALUES, ZERO_ENROLMENT, ZERO_MEAN }

    private static final MathContext MC = Quantity.MC;

    public CvResult {
        parts = List.copyOf(parts);
        missing = List.copyOf(missing);
    }

    /**
     * Computes the CV of {@code measures}, in subject order so that the decimal arithmetic, and so the
     * result, does not depend on the order rules delivered them.
     */
    public static CvResult compute(List<Measure> measures) {
        List<Measure> sorted = new ArrayList<>(measures);
        sorted.sort(Comparator.comparing(Measure::subject, Subjects.NATURAL));
        if (sorted.isEmpty()) {
            return new CvResult(Status.EMPTY, null, null, null, sorted, List.of());
        }
        List<MissingField> missing = new ArrayList<>();
        for (Measure m : sorted) {
            if (m.value() == null || m.weight() == null) {
                missing.addAll(m.missing().isEmpty()
                        ? List.of(new MissingField(m.subject(), "value")) : m.missing());
            }
        }
        if (!missing.isEmpty()) {
            missing.sort(null);
            return new CvResult(Status.MISSING_VALUES, null, null, null, sorted, missing);
        }
        BigDecimal p = BigDecimal.ZERO;
        BigDecimal px = BigDecimal.ZERO;
        for (Measure m : sorted) {
            p = p.add(m.weight());
            px = px.add(m.weight().multiply(m.value(), MC), MC);
        }
        if (p.signum() == 0) {
            return new CvResult(Status.ZERO_ENROLMENT, null, null, p, sorted,
                    List.of(new MissingField(sorted.get(0).subject().replaceAll("/.*", ""), "total enrolment = 0")));
        }
        BigDecimal mean = px.divide(p, MC);
        if (mean.signum() == 0) {
            return new CvResult(Status.ZERO_MEAN, null, mean, p, sorted,
                    sorted.stream().map(m -> new MissingField(m.subject(), "value = 0")).toList());
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Measure m : sorted) {
            BigDecimal d = m.value().subtract(mean, MC);
            sum = sum.add(m.weight().multiply(d.multiply(d, MC), MC), MC);
        }
        BigDecimal s = sum.divide(p, MC).sqrt(MC);
        return new CvResult(Status.OK, s.divide(mean, MC), mean, p, sorted, List.of());
    }

    /**
     * The parts furthest below the mean in relative terms, (Xᵢ − X̄)/X̄ ascending, ties by subject.
     *
     * @param n how many at most
     */
    public List<Measure> furthestBelowMean(int n) {
        if (mean == null) {
            return List.of();
        }
        record Below(BigDecimal relative, Measure measure) {
        }
        List<Below> below = new ArrayList<>();
        for (Measure m : parts) {
            if (m.value() != null && m.value().compareTo(mean) < 0) {
                below.add(new Below(m.value().subtract(mean, MC).divide(mean, MC), m));
            }
        }
        below.sort(Comparator.comparing(Below::relative)
                .thenComparing((Below b) -> b.measure().subject(), Subjects.NATURAL));
        List<Measure> out = new ArrayList<>(Math.min(n, below.size()));
        for (int i = 0; i < below.size() && i < n; i++) {
            out.add(below.get(i).measure());
        }
        return List.copyOf(out);
    }
}
