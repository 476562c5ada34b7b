package io.dudao.rulemodel;

import io.dudao.api.Operator;
import io.dudao.api.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The child outcomes of a roll-up, counted by verdict: the input of every aggregate judgement (a school's
 * resource allocation, a dimension, a standard). Built by the {@code tally} accumulate function, then
 * named with {@link #as(String, String)} and inserted.
 *
 * @param indicator     the roll-up indicator, {@code null} until named
 * @param subject       the roll-up subject, {@code null} until named
 * @param pass          children that PASS
 * @param fail          children that FAIL
 * @param insufficient  children with INSUFFICIENT_DATA
 * @param notApplicable children NOT_APPLICABLE (left out of the roll-up)
 * @param children      all children, sorted by indicator then subject
 */
public record Tally(String indicator, String subject, int pass, int fail, int insufficient, int notApplicable,
                    List<Outcome> children) {

    public Tally {
        children = List.copyOf(children);
    }

    /** Counts {@code outcomes}. */
    public static Tally of(List<Outcome> outcomes) {
        List<Outcome> sorted = new ArrayList<>(outcomes);
        sorted.sort(Comparator.comparing(Outcome::indicator).thenComparing(Outcome::subject, Subjects.NATURAL));
        int[] n = new int[Verdict.values().length];
        for (Outcome o : sorted) {
            n[o.verdict().ordinal()]++;
        }
        return new Tally(null, null, n[Verdict.PASS.ordinal()], n[Verdict.FAIL.ordinal()],
                n[Verdict.INSUFFICIENT_DATA.ordinal()], n[Verdict.NOT_APPLICABLE.ordinal()], sorted);
    }

    /** This tally as the input of {@code indicator} for {@code subject}. */
    public Tally as(String indicator, String subject) {
        return new Tally(indicator, subject, pass, fail, insufficient, notApplicable, children);
    }

    /** Children that count: all but the NOT_APPLICABLE ones. */
    public int getApplicable() {
        return pass + fail + insufficient;
    }

    /** How many children could pass if every undecided one did: PASS plus INSUFFICIENT_DATA. */
    public int getPossiblePasses() {
        return pass + insufficient;
    }

    /**
     * How many FAIL children miss their threshold by more than {@code ratio} allows: for a minimum,
     * value &lt; ratio × threshold; for a maximum, value &gt; threshold ÷ ratio. Compared exactly.
     */
    public int failedBelow(BigDecimal ratio) {
        return (int) children.stream().filter(o -> belowFloor(o, ratio)).count();
    }

    /** The indicators of the FAIL children that {@link #failedBelow(BigDecimal)} counts. */
    public List<String> failedBelowIndicators(BigDecimal ratio) {
        return children.stream().filter(o -> belowFloor(o, ratio)).map(Outcome::indicator).toList();
    }

    private static boolean belowFloor(Outcome o, BigDecimal ratio) {
        if (o.verdict() != Verdict.FAIL || o.value() == null || o.threshold() == null || o.operator() == null) {
            return false;
        }
        if (o.operator() == Operator.GE || o.operator() == Operator.GT) {
            return o.value().compareTo(o.threshold().multiply(ratio, Quantity.MC)) < 0;
        }
        return o.value().multiply(ratio, Quantity.MC).compareTo(o.threshold()) > 0;
    }

    /** The children with the given verdict. */
    public List<Outcome> with(Verdict verdict) {
        return children.stream().filter(o -> o.verdict() == verdict).toList();
    }
}
