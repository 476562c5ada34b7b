package io.dudao.facts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A county-level district (县/区) and its schools: the unit every standard evaluates.
 *
 * @param code         district code (行政区划代码), e.g. {@code 330110}
 * @param name         district name
 * @param provinceCode province code, selects provincial parameter overlays
 * @param cityCode     city code, selects city overlays
 * @param schoolYear   school year the figures describe, {@code 2024-2025} (or the first year alone)
 * @param schools      the schools, in input order
 * @param government   figures of the government-guarantee indicators
 * @param quality      figures of the education-quality indicators
 * @param surveys      survey results (社会认可度, 满意度)
 * @param certification earlier certifications (preconditions)
 * @param evidence     findings on qualitative items, by item id (e.g. {@code QB2017-G1})
 * @param vetoes       findings on one-vote vetoes, by veto id (e.g. {@code VETO-QB1})
 * @param finance      education finance, with the budget years
 * @param preschool    district figures of preschool education
 * @param kindergartens the registered kindergartens, in input order
 * @param extra        further values for provincial indicators
 */
public record District(
        String code,
        String name,
        String provinceCode,
        String cityCode,
        String schoolYear,
        List<School> schools,
        Government government,
        Quality quality,
        Surveys surveys,
        Certification certification,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Evidence> evidence,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Finding> vetoes,
        Finance finance,
        Preschool preschool,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Kindergarten> kindergartens,
        Map<String, Object> extra) {

    public District {
        Objects.requireNonNull(code, "code");
        schools = schools == null ? List.of() : List.copyOf(schools);
        evidence = evidence == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(evidence));
        vetoes = vetoes == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(vetoes));
        kindergartens = kindergartens == null ? List.of() : List.copyOf(kindergartens);
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }

    /** A district with schools only; every district-level figure unknown. */
    public District(String code, String name, String provinceCode, String cityCode, String schoolYear,
                    List<School> schools, Map<String, Object> extra) {
        this(code, name, provinceCode, cityCode, schoolYear, schools, null, null, null, null, null, null, null, null,
                null, extra);
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
