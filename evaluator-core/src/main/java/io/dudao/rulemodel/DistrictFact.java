package io.dudao.rulemodel;

import java.util.Map;

/**
 * The district under evaluation, one per session. Its district-level figures (government, quality,
 * surveys, certification, evidence, vetoes, finance, preschool, extra) are read by path through
 * {@link FactSubject}: {@code $d.number("government.teacherAvgPay")},
 * {@code $d.flag("evidence.QB2017-G1.accepted")}, {@code $d.items("finance.years")}.
 *
 * @param subject      {@code district:<code>}
 * @param code         district code
 * @param name         district name
 * @param provinceCode province code
 * @param cityCode     city code
 * @param schoolYear   school year of the figures
 * @param extra        provincial extra values
 * @param values       the district-level figures by path (schools and kindergartens are facts of their own)
 */
public record DistrictFact(
        String subject, String code, String name, String provinceCode, String cityCode, String schoolYear,
        Map<String, Object> extra, FactValues values) implements FactSubject {

    public DistrictFact {
        extra = extra == null ? Map.of() : Map.copyOf(extra);
        values = values == null ? FactValues.empty() : values;
    }

    /** A district without district-level figures. */
    public DistrictFact(String subject, String code, String name, String provinceCode, String cityCode,
                        String schoolYear, Map<String, Object> extra) {
        this(subject, code, name, provinceCode, cityCode, schoolYear, extra, null);
    }

    @Override
    public String displayName() {
        return name;
    }

    /** The first year of the school year ({@code 2024} for {@code 2024-2025}), {@code null} when unknown. */
    public Integer getYear() {
        return schoolYear == null || schoolYear.length() < 4 ? null : Integer.valueOf(schoolYear.substring(0, 4));
    }
}
