package io.dudao.rulemodel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The reported values of one subject (the district, a school, a kindergarten, or one item of a list such as
 * a budget year), by field path as the facts file spells it: {@code government.teacherAvgPay},
 * {@code classSizes.primary}, {@code evidence.QB2017-G1.accepted}. Rules read them with {@link #number},
 * {@link #flag}, {@link #text}, {@link #minutes}, {@link #sizes} and {@link #items}; a value that the facts
 * leave out is unknown, and a quantity read from it names its path as missing, so that a rule built on it
 * comes out INSUFFICIENT_DATA naming the field. The values are read from the facts the first time a rule
 * asks, so subjects whose rules never look cost nothing.
 *
 * <p>Paths are relative to the subject; reported paths (in missing fields) carry {@link #prefix()}, e.g.
 * {@code finance.years[2].eduExpenditure} for an item of a list.
 */
public final class FactValues {

    private final String prefix;
    private final Supplier<Map<String, Object>> source;
    private Map<String, Object> values;

    /**
     * Values read lazily from {@code source}: a map from path to {@link BigDecimal}, {@link Boolean},
     * {@link String}, a {@code List<BigDecimal>} for a list of numbers, or a {@code List<FactValues>} for a
     * list of objects.
     */
    public FactValues(String prefix, Supplier<Map<String, Object>> source) {
        this.prefix = prefix == null ? "" : prefix;
        this.source = Objects.requireNonNull(source, "source");
    }

    /** Values of a map already flattened. */
    public static FactValues of(String prefix, Map<String, Object> flat) {
        Map<String, Object> copy = Collections.unmodifiableMap(new java.util.TreeMap<>(flat));
        return new FactValues(prefix, () -> copy);
    }

    /** No values at all. */
    public static FactValues empty() {
        return of("", Map.of());
    }

    private Map<String, Object> values() {
        if (values == null) {
            values = source.get();
        }
        return values;
    }

    /** The prefix of reported paths, empty for a subject's own values. */
    public String prefix() {
        return prefix;
    }

    /** {@code path} as reported: with the prefix. */
    public String reported(String path) {
        return prefix.isEmpty() ? path : prefix + "." + path;
    }

    /** Whether a value is reported at {@code path}. */
    public boolean has(String path) {
        return values().get(path) != null;
    }

    /** The raw value at {@code path}, {@code null} when unknown. */
    public Object get(String path) {
        return values().get(path);
    }

    /** The number at {@code path}; unknown (naming the path) when not reported. */
    public Quantity number(String path) {
        Object v = values().get(path);
        if (v == null) {
            return Quantity.missing(reported(path));
        }
        if (v instanceof BigDecimal b) {
            return Quantity.of(b, reported(path));
        }
        if (v instanceof Number n) {
            return Quantity.of(new BigDecimal(n.toString()), reported(path));
        }
        return Quantity.problem(reported(path) + " is not a number: " + v);
    }

    /** The yes/no value at {@code path}, {@code null} when unknown. */
    public Boolean flag(String path) {
        return values().get(path) instanceof Boolean b ? b : null;
    }

    /** Whether {@code path} is reported as {@code true}. */
    public boolean isTrue(String path) {
        return Boolean.TRUE.equals(flag(path));
    }

    /** Whether {@code path} is reported as {@code false}. */
    public boolean isFalse(String path) {
        return Boolean.FALSE.equals(flag(path));
    }

    /** The text at {@code path} (an enumeration gives its constant), {@code null} when unknown. */
    public String text(String path) {
        Object v = values().get(path);
        return v == null || v instanceof List<?> ? null : String.valueOf(v);
    }

    /** A time of day {@code HH:MM} at {@code path} as minutes after midnight; unknown when not reported. */
    public Quantity minutes(String path) {
        String t = text(path);
        if (t == null) {
            return Quantity.missing(reported(path));
        }
        int colon = t.indexOf(':');
        if (colon < 0) {
            return Quantity.problem(reported(path) + " is not a time HH:MM: " + t);
        }
        try {
            return Quantity.of(BigDecimal.valueOf(Integer.parseInt(t.substring(0, colon)) * 60L
                    + Integer.parseInt(t.substring(colon + 1))), reported(path));
        } catch (NumberFormatException e) {
            return Quantity.problem(reported(path) + " is not a time HH:MM: " + t);
        }
    }

    /** The list of numbers at {@code path} (class sizes, room areas), {@code null} when unknown. */
    public List<BigDecimal> sizes(String path) {
        Object v = values().get(path);
        if (!(v instanceof List<?> l)) {
            return null;
        }
        List<BigDecimal> out = new ArrayList<>();
        for (Object o : l) {
            if (o instanceof BigDecimal b) {
                out.add(b);
            } else if (o instanceof Number n) {
                out.add(new BigDecimal(n.toString()));
            }
        }
        return out;
    }

    /** How many numbers the list at {@code path} holds; unknown when the list is not reported. */
    public Quantity count(String path) {
        List<BigDecimal> l = sizes(path);
        return l == null ? Quantity.missing(reported(path)) : Quantity.of(l.size());
    }

    /** How many numbers of the list at {@code path} are above {@code limit}; unknown when not reported. */
    public Quantity countAbove(String path, BigDecimal limit) {
        List<BigDecimal> l = sizes(path);
        return l == null ? Quantity.missing(reported(path))
                : Quantity.of(l.stream().filter(x -> x.compareTo(limit) > 0).count());
    }

    /** How many numbers of the list at {@code path} are at least {@code min}; unknown when not reported. */
    public Quantity countAtLeast(String path, BigDecimal min) {
        List<BigDecimal> l = sizes(path);
        return l == null ? Quantity.missing(reported(path))
                : Quantity.of(l.stream().filter(x -> x.compareTo(min) >= 0).count());
    }

    /** The largest number of the list at {@code path}; unknown when not reported or empty. */
    public Quantity max(String path) {
        List<BigDecimal> l = sizes(path);
        return l == null || l.isEmpty() ? Quantity.missing(reported(path))
                : Quantity.of(l.stream().max(BigDecimal::compareTo).orElseThrow(), reported(path));
    }

    /** The sum of the numbers at {@code paths}; unknown (naming each missing path) when any is not reported. */
    public Quantity sum(String... paths) {
        Quantity q = Quantity.of(0);
        for (String p : paths) {
            q = q.plus(number(p));
        }
        return q;
    }

    /** The items of the list of objects at {@code path} (budget years, monitoring results), empty when none. */
    @SuppressWarnings("unchecked")
    public List<FactValues> items(String path) {
        Object v = values().get(path);
        return v instanceof List<?> l && (l.isEmpty() || l.get(0) instanceof FactValues)
                ? (List<FactValues>) l : List.of();
    }

    /**
     * The keys directly below {@code prefix}, sorted: {@code keys("evidence")} gives the item ids that have a
     * finding.
     */
    public Set<String> keys(String prefix) {
        String p = prefix + ".";
        Set<String> out = new TreeSet<>();
        for (String k : values().keySet()) {
            if (k.startsWith(p)) {
                String rest = k.substring(p.length());
                int dot = rest.indexOf('.');
                out.add(dot < 0 ? rest : rest.substring(0, dot));
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "FactValues" + (prefix.isEmpty() ? "" : "[" + prefix + "]") + values();
    }
}
