package io.dudao.internal.ruleset;

import io.dudao.facts.Stage;
import java.util.List;
import java.util.Map;

/**
 * One parameter of a standard as a layer sets it.
 *
 * @param key       the key, e.g. {@code QB2017-R4.threshold}
 * @param values    the value per stage; the {@code null} key holds a value that is not per stage.
 *                  Values are {@link java.math.BigDecimal}, {@link Boolean} or {@code List<String>}.
 * @param unit      unit text
 * @param type      value type
 * @param direction {@code MIN}, {@code MAX} or {@code null}
 * @param status    {@code OFF}, {@code SEC} or {@code UNCONFIRMED}
 * @param local     whether a province or city may set any value (not only tighten)
 * @param layer     the layer that set it ({@code national}, …)
 * @param file      the file it came from
 * @param line      its line there
 */
public record ParameterDef(String key, Map<Stage, Object> values, String unit, ParameterType type, String direction,
                           String status, boolean local, String layer, String file, int line) {

    /** The stages it has values for, {@code [null]} for a value not per stage. */
    public List<Stage> stages() {
        return values.keySet().stream().toList();
    }
}
