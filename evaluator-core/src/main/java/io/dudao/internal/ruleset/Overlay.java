package io.dudao.internal.ruleset;

import java.util.List;

/**
 * A provincial or city parameter file (省定/市定标准) laid over a standard's national parameters.
 *
 * @param standard   the standard it adjusts
 * @param level      {@code province} or {@code city}
 * @param code       the province or city code; the overlay applies to districts with that code
 * @param name       a display name, e.g. 浙江省
 * @param file       the file, as given
 * @param parameters the parameters it sets
 */
public record Overlay(String standard, String level, String code, String name, String file,
                      List<ParameterDef> parameters) {

    /** The layer id recorded as a threshold's source: {@code province:33}, {@code city:3301}. */
    public String layer() {
        return level + ":" + code;
    }

    /** The order of layers: national, then province, then city. */
    public int rank() {
        return "province".equals(level) ? 1 : 2;
    }
}
