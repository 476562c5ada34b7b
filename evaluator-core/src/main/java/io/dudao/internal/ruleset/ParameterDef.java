package io.dudao.internal.ruleset;

import io.dudao.facts.Stage;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One parameter of a standard as a layer sets it: a value, or values keyed by the date they take effect.
 *
 * @param key       the key, e.g. {@code QB2017-R4.threshold}
 * @param entries   the values, by effective date ascending; the first may have no date (always in effect)
 * @param unit      unit text, {@code null} when not given
 * @param type      value type
 * @param direction {@code MIN}, {@code MAX} or {@code null}
 * @param status    {@code OFF}, {@code SEC} or {@code UNCONFIRMED}
 * @param local     whether a province or city may set any value (not only tighten)
 * @param layer     the layer that set it: {@code national}, {@code province:<code>} or {@code city:<code>}
 * @param file      the file it came from
 * @param line      its line there
 */
public record ParameterDef(String key, List<Entry> entries, String unit, ParameterType type, String direction,
                           String status, boolean local, String layer, String file, int line) {

    public ParameterDef {
        entries = List.copyOf(entries);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("parameter " + key + " has no value");
        }
    }

    /**
     * One value of a parameter.
     *
     * @param from   the date it takes effect, {@code null} for always
     * @param values the value per stage; the {@code null} key holds a value that is not per stage.
     *               Values are {@link java.math.BigDecimal}, {@link Boolean} or {@code List<String>}.
     * @param line   its line in the file
     */
    public record Entry(LocalDate from, Map<Stage, Object> values, int line) {
        public Entry {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    /** The values of the first entry: what a parameter that is not dated holds. */
    public Map<Stage, Object> values() {
        return entries.get(0).values();
    }

    /** The entry in effect on {@code date}: the latest whose date is not after it; {@code null} when none is. */
    public Entry at(LocalDate date) {
        Entry found = null;
        for (Entry e : entries) {
            if (e.from() == null || !e.from().isAfter(date)) {
                found = e;
            }
        }
        return found;
    }
}
