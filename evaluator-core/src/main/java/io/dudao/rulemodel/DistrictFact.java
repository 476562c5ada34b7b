package io.dudao.rulemodel;

import java.util.Map;

/**
 * The district under evaluation, one per session.
 *
 * @param subject      {@code district:<code>}
 * @param code         district code
 * @param name         district name
 * @param provinceCode province code
 * @param cityCode     city code
 * @param schoolYear   school year of the figures
 * @param extra        provincial extra values
 */
public record DistrictFact(
        String subject, String code, String name, String provinceCode, String cityCode, String schoolYear,
        Map<String, Object> extra) {

    public DistrictFact {
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }
}
