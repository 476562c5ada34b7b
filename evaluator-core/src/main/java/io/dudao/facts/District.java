package io.dudao.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A county-level district (县/区) and its schools: the unit every standard evaluates.
 *
 * @param code         district code (行政区划代码), e.g. {@code 330110}
 * @param name         district name
 * @param provinceCode province code, selects provincial parameter overlays
 * @param cityCode     city code, selects city overlays
 * @param schoolYear   school year the figures describe, {@code 2024-2025} (or the first year alone)
 * @param schools      the schools, in input order
 * @param extra        further values for provincial indicators
 */
public record District(
        String code,
        String name,
        String provinceCode,
        String cityCode,
        String schoolYear,
        List<School> schools,
        Map<String, Object> extra) {

    public District {
        Objects.requireNonNull(code, "code");
        schools = schools == null ? List.of() : List.copyOf(schools);
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }

    /**
     * The default as-of date: the statistics date (统计时点) of the school year, 1 September of its first year.
     *
     * @return the date, or {@code null} when the school year is unknown
     */
    public LocalDate defaultAsOf() {
        if (schoolYear == null || schoolYear.length() < 4) {
            return null;
        }
        return LocalDate.of(Integer.parseInt(schoolYear.substring(0, 4)), 9, 1);
    }
}
