package io.dudao.rulemodel;

import io.dudao.facts.Location;
import io.dudao.facts.Ownership;
import io.dudao.facts.SchoolType;
import io.dudao.facts.Stage;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One stage of one school (学校的一个学段), the subject of the school-level indicators. A primary school
 * has one part; a nine-year school has a primary and a junior part, each carrying its own enrolment,
 * its own teachers, and its share of the school's assets.
 *
 * <p>Rules read values with {@link #field(String)}: the stage's own figures (teachers) as reported, the
 * school's assets multiplied by {@link #share()} when the standard names the asset in its split-field
 * list (§2.2), and as reported otherwise. Field names:
 * <ul>
 *   <li>stage figures: {@code teachers.fullTime}, {@code teachers.aboveRequiredQualification},
 *       {@code teachers.backboneCountyPlus}, {@code teachers.pe}, {@code teachers.music},
 *       {@code teachers.fineArt}, {@code teachers.arts}, {@code teachers.visitingPeArts};</li>
 *   <li>school assets: {@code areaTeachingAux}, {@code areaIndoorSports}, {@code areaSportsField},
 *       {@code equipmentValue}, {@code multimediaClassrooms}, {@code areaOtherSportsOnCampus},
 *       {@code areaLeasedOffCampus};</li>
 *   <li>{@code extra.<name>} for a numeric provincial extra value of the school.</li>
 * </ul>
 *
 * @param subject         {@code school:<id>/<STAGE>}
 * @param districtCode    district code
 * @param schoolId        school id
 * @param schoolName      school name
 * @param stage           the stage of this part
 * @param schoolType      the type of the whole school
 * @param ownership       public or private ({@code null} when unknown)
 * @param location        urban, town or rural ({@code null} when unknown)
 * @param special         a special-education school
 * @param vocational      a vocational school
 * @param denseCityCentre an over-dense central-city school (relaxation of R5)
 * @param students        enrolment of this stage, {@code null} when unknown
 * @param schoolStudents  enrolment of the whole school over all stages, {@code null} when any stage is unknown
 * @param share           this part's share of the school's split assets, unknown when an enrolment is
 * @param values          raw values by field name (see above); a {@code null} value is unknown
 * @param splitFields     the fields the share applies to, as the standard names them
 * @param extra           the school's provincial extra values
 */
public record SchoolPart(
        String subject,
        String districtCode,
        String schoolId,
        String schoolName,
        Stage stage,
        SchoolType schoolType,
        Ownership ownership,
        Location location,
        boolean special,
        boolean vocational,
        boolean denseCityCentre,
        Integer students,
        Integer schoolStudents,
        Quantity share,
        Map<String, BigDecimal> values,
        Set<String> splitFields,
        Map<String, Object> extra) {

    /** Stage-level fields, reported per stage under {@code teachers.<stage>.}. */
    public static final List<String> STAGE_FIELDS = List.of(
            "teachers.fullTime", "teachers.aboveRequiredQualification", "teachers.backboneCountyPlus",
            "teachers.pe", "teachers.music", "teachers.fineArt", "teachers.arts", "teachers.visitingPeArts");

    /** School-level fields: whole-school assets that a standard may split between stages. */
    public static final List<String> SCHOOL_FIELDS = List.of(
            "areaTeachingAux", "areaIndoorSports", "areaSportsField", "equipmentValue", "multimediaClassrooms",
            "areaOtherSportsOnCampus", "areaLeasedOffCampus");

    private static final Set<String> STAGE_FIELD_SET = Set.copyOf(STAGE_FIELDS);
    private static final Set<String> SCHOOL_FIELD_SET = Set.copyOf(SCHOOL_FIELDS);
    /** {@code teachers.<stage>.<name>} for each stage and stage field, built once. */
    private static final Map<Stage, Map<String, String>> STAGE_FIELD_PATHS = stageFieldPaths();

    private static Map<Stage, Map<String, String>> stageFieldPaths() {
        Map<Stage, Map<String, String>> paths = new java.util.EnumMap<>(Stage.class);
        for (Stage st : Stage.values()) {
            Map<String, String> m = new java.util.HashMap<>();
            for (String f : STAGE_FIELDS) {
                m.put(f, "teachers." + st.name().toLowerCase() + f.substring("teachers".length()));
            }
            paths.put(st, Map.copyOf(m));
        }
        return paths;
    }

    public SchoolPart {
        values = Collections.unmodifiableMap(new TreeMap<>(values));
        splitFields = Set.copyOf(splitFields);
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }

    /** Whether {@code name} is a field that {@link #field(String)} knows (extras aside). */
    public static boolean knownField(String name) {
        return STAGE_FIELD_SET.contains(name) || SCHOOL_FIELD_SET.contains(name);
    }

    /**
     * The value of {@code name} for this part: split by {@link #share()} when the standard names the
     * field, unknown (naming the field's path) when not reported.
     *
     * @throws IllegalArgumentException when the name is not a field (a mistake in the rule)
     */
    public Quantity field(String name) {
        if (name.startsWith("extra.")) {
            Object v = extra.get(name.substring(6));
            if (v instanceof BigDecimal b) {
                return Quantity.of(b, name);
            }
            if (v instanceof Number n) {
                return Quantity.of(new BigDecimal(n.toString()), name);
            }
            return Quantity.missing(name);
        }
        String path;
        if (STAGE_FIELD_SET.contains(name)) {
            path = STAGE_FIELD_PATHS.get(stage).get(name);
        } else if (SCHOOL_FIELD_SET.contains(name)) {
            path = name;
        } else {
            throw new IllegalArgumentException("unknown field '" + name + "'; known: " + STAGE_FIELDS + " " + SCHOOL_FIELDS);
        }
        BigDecimal raw = values.get(name);
        Quantity q = raw == null ? Quantity.missing(path) : Quantity.of(raw, path);
        return splitFields.contains(name) ? q.times(share) : q;
    }

    /** The enrolment of this stage as a quantity ({@code enrolment.<stage>}). */
    public Quantity enrolment() {
        String path = "enrolment." + stage.name().toLowerCase();
        return students == null ? Quantity.missing(path) : Quantity.of(BigDecimal.valueOf(students), path);
    }

    /** Whether the value of {@code name} is known, before splitting. */
    public boolean has(String name) {
        return values.get(name) != null;
    }
}
