package io.dudao.rulemodel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A decimal value that may be unknown, for computing measures in rules. Arithmetic on an unknown
 * operand gives an unknown result that still names every missing input, so a rule can write
 * {@code $p.field("areaTeachingAux").minus($p.field("areaIndoorSports")).per($p.enrolment())} and get
 * either the value or the list of fields that are missing.
 *
 * <p>Arithmetic is exact: a known quantity is kept as a fraction of two decimals, and only
 * {@link #value()} divides, once, to 16 significant digits ({@link MathContext#DECIMAL64}). A value that
 * a person computes exactly from the counts (e.g. equipment value × the part's share ÷ students, which
 * involves two divisions) is therefore exactly the decimal the person writes down, and compares equal to
 * a threshold with the same digits. Binary floating point, or rounding each division, can miss it.
 *
 * @param numerator   the numerator, {@code null} when unknown
 * @param denominator the denominator (never zero), {@code null} when unknown
 * @param missing     the inputs that are missing (field paths), sorted, empty when known
 * @param problems    inputs that are present but unusable (e.g. a zero denominator), empty when known
 * @param source      the field this quantity was read from, or {@code null} once arithmetic has combined it
 */
public record Quantity(BigDecimal numerator, BigDecimal denominator, List<String> missing, List<String> problems,
                       String source) {

    /** The precision of {@link #value()} and of every derived decimal. */
    public static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Quantity {
        missing = sortedDistinct(missing);
        problems = sortedDistinct(problems);
        if ((numerator == null) != (denominator == null)) {
            throw new IllegalArgumentException("numerator and denominator are both known or both unknown");
        }
        if (denominator != null && denominator.signum() == 0) {
            throw new IllegalArgumentException("zero denominator");
        }
        if (numerator != null && (!missing.isEmpty() || !problems.isEmpty())) {
            throw new IllegalArgumentException("a known quantity has no missing inputs");
        }
    }

    /** {@code items} sorted, without duplicates, immutable; the common empty and single cases without a set. */
    private static List<String> sortedDistinct(List<String> items) {
        if (items == null || items.isEmpty()) {
            return List.of();
        }
        return items.size() == 1 ? List.of(items.get(0)) : List.copyOf(new TreeSet<>(items));
    }

    /** A known value. */
    public static Quantity of(BigDecimal value) {
        if (value == null) {
            throw new IllegalArgumentException("use missing(...) for an unknown value");
        }
        return new Quantity(value, BigDecimal.ONE, List.of(), List.of(), null);
    }

    /** A known value read from {@code field}; the name is kept for messages about it. */
    public static Quantity of(BigDecimal value, String field) {
        return new Quantity(value, BigDecimal.ONE, List.of(), List.of(), field);
    }

    /** A known value. */
    public static Quantity of(long value) {
        return of(BigDecimal.valueOf(value));
    }

    /** An unknown value because {@code field} is missing. */
    public static Quantity missing(String field) {
        return new Quantity(null, null, List.of(field), List.of(), field);
    }

    /** An unknown value because an input is unusable, e.g. {@code "enrolment.primary = 0"}. */
    public static Quantity problem(String description) {
        return new Quantity(null, null, List.of(), List.of(description), null);
    }

    /** Whether the value is known. */
    public boolean known() {
        return numerator != null;
    }

    /** The value to 16 significant digits (exact when it terminates within them), or {@code null} when unknown. */
    public BigDecimal value() {
        if (numerator == null) {
            return null;
        }
        return denominator.compareTo(BigDecimal.ONE) == 0 ? numerator : numerator.divide(denominator, MC);
    }

    public Quantity plus(Quantity o) {
        return known() && o.known()
                ? fraction(numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)),
                denominator.multiply(o.denominator))
                : unknown(o);
    }

    public Quantity minus(Quantity o) {
        return known() && o.known()
                ? fraction(numerator.multiply(o.denominator).subtract(o.numerator.multiply(denominator)),
                denominator.multiply(o.denominator))
                : unknown(o);
    }

    public Quantity times(Quantity o) {
        return known() && o.known()
                ? fraction(numerator.multiply(o.numerator), denominator.multiply(o.denominator))
                : unknown(o);
    }

    public Quantity times(long factor) {
        return times(of(factor));
    }

    /** This value divided by {@code d}; a zero denominator makes the result unknown, naming it. */
    public Quantity per(Quantity d) {
        if (known() && d.known() && d.numerator.signum() == 0) {
            return problem((d.source == null ? "denominator" : d.source) + " = 0");
        }
        return known() && d.known()
                ? fraction(numerator.multiply(d.denominator), denominator.multiply(d.numerator))
                : unknown(d);
    }

    /** 100 × this ÷ {@code denominator}: "per 100 students". */
    public Quantity per100(Quantity denominator) {
        return times(Quantity.of(HUNDRED)).per(denominator);
    }

    private static Quantity fraction(BigDecimal n, BigDecimal d) {
        if (d.signum() < 0) {
            n = n.negate();
            d = d.negate();
        }
        return new Quantity(n, d, List.of(), List.of(), null);
    }

    private Quantity unknown(Quantity other) {
        List<String> m = new ArrayList<>(missing);
        m.addAll(other.missing);
        List<String> p = new ArrayList<>(problems);
        p.addAll(other.problems);
        return new Quantity(null, null, m, p, null);
    }
}
