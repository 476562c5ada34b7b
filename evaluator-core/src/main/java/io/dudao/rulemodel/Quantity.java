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
 * either the exact value or the list of fields that are missing.
 *
 * <p>All arithmetic is decimal ({@link MathContext#DECIMAL64}); addition, subtraction and multiplication
 * are exact, division rounds to 16 significant digits. A value that a person computes exactly from the
 * counts therefore compares equal to a threshold written with the same digits.
 *
 * @param value    the value, or {@code null} when unknown
 * @param missing  the inputs that are missing (field paths), sorted, empty when known
 * @param problems inputs that are present but unusable (e.g. a zero denominator), empty when known
 * @param source   the field this quantity was read from, or {@code null} once arithmetic has combined it
 */
public record Quantity(BigDecimal value, List<String> missing, List<String> problems, String source) {

    public static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Quantity {
        missing = List.copyOf(new TreeSet<>(missing == null ? List.of() : missing));
        problems = List.copyOf(new TreeSet<>(problems == null ? List.of() : problems));
        if (value != null && (!missing.isEmpty() || !problems.isEmpty())) {
            throw new IllegalArgumentException("a known quantity has no missing inputs");
        }
    }

    /** A known value. */
    public static Quantity of(BigDecimal value) {
        if (value == null) {
            throw new IllegalArgumentException("use missing(...) for an unknown value");
        }
        return new Quantity(value, List.of(), List.of(), null);
    }

    /** A known value. */
    public static Quantity of(long value) {
        return of(BigDecimal.valueOf(value));
    }

    /** An unknown value because {@code field} is missing. */
    public static Quantity missing(String field) {
        return new Quantity(null, List.of(field), List.of(), field);
    }

    /** A known value read from {@code field}; the name is kept for messages about it. */
    public static Quantity of(BigDecimal value, String field) {
        return new Quantity(of(value).value, List.of(), List.of(), field);
    }

    /** An unknown value because an input is unusable, e.g. {@code "enrolment.primary = 0"}. */
    public static Quantity problem(String description) {
        return new Quantity(null, List.of(), List.of(description), null);
    }

    /** Whether the value is known. */
    public boolean known() {
        return value != null;
    }

    public Quantity plus(Quantity other) {
        return combine(other, value != null && other.value != null ? value.add(other.value, MC) : null);
    }

    public Quantity minus(Quantity other) {
        return combine(other, value != null && other.value != null ? value.subtract(other.value, MC) : null);
    }

    public Quantity times(Quantity other) {
        return combine(other, value != null && other.value != null ? value.multiply(other.value, MC) : null);
    }

    public Quantity times(long factor) {
        return known() ? of(value.multiply(BigDecimal.valueOf(factor), MC)) : this;
    }

    /** This value divided by {@code denominator}; a zero denominator makes the result unknown, naming it. */
    public Quantity per(Quantity denominator) {
        if (known() && denominator.known() && denominator.value.signum() == 0) {
            return problem((denominator.source == null ? "denominator" : denominator.source) + " = 0");
        }
        return combine(denominator, known() && denominator.known() ? value.divide(denominator.value, MC) : null);
    }

    /**
     * 100 × this ÷ {@code denominator}: "per 100 students". The multiplication comes first, so
     * 21 teachers for 500 students gives exactly 4.2.
     */
    public Quantity per100(Quantity denominator) {
        return times(Quantity.of(HUNDRED)).per(denominator);
    }

    private Quantity combine(Quantity other, BigDecimal result) {
        if (result != null) {
            return of(result);
        }
        List<String> m = new ArrayList<>(missing);
        m.addAll(other.missing);
        List<String> p = new ArrayList<>(problems);
        p.addAll(other.problems);
        return new Quantity(null, m, p, null);
    }
}
