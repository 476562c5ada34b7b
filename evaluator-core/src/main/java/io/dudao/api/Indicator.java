package io.dudao.api;

import java.util.List;
import java.util.Map;

/**
 * One indicator of a standard's catalog.
 *
 * @param id        indicator id, e.g. {@code QB2017-R4}
 * @param standard  the standard, e.g. {@code QB2017}
 * @param name      names by language ({@code zh}, {@code en})
 * @param dimension the dimension it belongs to, e.g. {@code RESOURCES}
 * @param subject   what it is evaluated for
 * @param unit      units by language, empty when it has none
 * @param operator  how values meet the threshold, {@code null} for roll-ups
 * @param decimals  decimals shown when reporting values
 * @param verdicts  the verdicts its rules can produce
 * @param clause    the clause of the standard it encodes
 * @param status    source status: {@code OFF}, {@code SEC} or {@code UNCONFIRMED}
 * @param aliases   other ids under which other standards refer to it
 * @param dimensionName the dimension's names by language ({@code zh}, {@code en}), empty when not declared
 * @param assessment how its verdict is reached: measured against a threshold, rolled up, or on evidence
 */
public record Indicator(
        String id,
        String standard,
        Map<String, String> name,
        String dimension,
        SubjectKind subject,
        Map<String, String> unit,
        Operator operator,
        int decimals,
        List<Verdict> verdicts,
        String clause,
        String status,
        List<String> aliases,
        Map<String, String> dimensionName,
        Assessment assessment) {

    public Indicator {
        assessment = assessment != null ? assessment : operator != null ? Assessment.MEASURED : Assessment.ROLLED_UP;
        name = Map.copyOf(name);
        unit = unit == null ? Map.of() : Map.copyOf(unit);
        verdicts = List.copyOf(verdicts);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        dimensionName = dimensionName == null ? Map.of() : Map.copyOf(dimensionName);
    }

    /** An indicator whose dimension has no declared names. */
    public Indicator(String id, String standard, Map<String, String> name, String dimension, SubjectKind subject,
                     Map<String, String> unit, Operator operator, int decimals, List<Verdict> verdicts, String clause,
                     String status, List<String> aliases) {
        this(id, standard, name, dimension, subject, unit, operator, decimals, verdicts, clause, status, aliases,
                Map.of(), null);
    }

    /** An indicator whose assessment follows from its operator (measured with one, rolled up without). */
    public Indicator(String id, String standard, Map<String, String> name, String dimension, SubjectKind subject,
                     Map<String, String> unit, Operator operator, int decimals, List<Verdict> verdicts, String clause,
                     String status, List<String> aliases, Map<String, String> dimensionName) {
        this(id, standard, name, dimension, subject, unit, operator, decimals, verdicts, clause, status, aliases,
                dimensionName, null);
    }
}
