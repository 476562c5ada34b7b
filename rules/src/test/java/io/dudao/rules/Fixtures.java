package io.dudao.rules;

import io.dudao.api.EvaluationReport;
import io.dudao.api.Evaluator;
import io.dudao.facts.District;
import io.dudao.facts.Enrolment;
import io.dudao.facts.Location;
import io.dudao.facts.Ownership;
import io.dudao.facts.School;
import io.dudao.facts.SchoolType;
import io.dudao.facts.Stage;
import io.dudao.facts.StageTeachers;
import io.dudao.facts.Teachers;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Test facts for the bundled rules, built concisely, and the one {@link Evaluator} shared by every test of
 * the JVM (compiling the rules costs seconds).
 *
 * <p>{@link #school(String)} starts from a public urban primary school of 500 students that meets every
 * QB2017 resource indicator comfortably, for both stages and after any stage split; a test overrides only
 * what it is about. Defaults scale with enrolment, so changing the enrolment keeps the school passing:
 * <ul>
 *   <li>teachers per stage of N students: qualified 6 per 100, backbone 2 per 100, PE 1 per 100 (+1),
 *       music and fine art 1 per 200 (+1) each, arts 0, all rounded up;</li>
 *   <li>assets over the school's total enrolment T (all stages of its type, senior included): teaching
 *       and auxiliary area 9·T m² of which indoor sports 1·T m² (so 8 m² net per student), sports field
 *       14·T m², equipment 3500·T 元, 4 multimedia classrooms per 100 students (0.04·T).</li>
 * </ul>
 * A default asset is computed only when the test did not set the field; setting it to {@code null} makes it
 * unknown.
 */
public final class Fixtures {

    /** The district code of {@link #district(School...)}. */
    public static final String DISTRICT = "330999";

    private Fixtures() {
    }

    // ---- the evaluator ------------------------------------------------------------------------

    private static final class Holder {
        static final Evaluator EVALUATOR = Evaluator.builder().standards("QB2017").build();
    }

    /** The QB2017 evaluator, compiled on first use and shared by the whole test JVM. */
    public static Evaluator evaluator() {
        return Holder.EVALUATOR;
    }

    /** Evaluates a district of {@code schools} with the shared evaluator. */
    public static EvaluationReport evaluate(School... schools) {
        return evaluator().evaluate(district(schools));
    }

    /** Evaluates a district of {@code schools} with the shared evaluator. */
    public static EvaluationReport evaluate(SchoolBuilder... schools) {
        return evaluator().evaluate(district(schools));
    }

    // ---- districts and subjects ----------------------------------------------------------------

    /** District {@value #DISTRICT} (测试县), school year 2024-2025, with {@code schools} in this order. */
    public static District district(School... schools) {
        return district(List.of(schools));
    }

    /** District {@value #DISTRICT} with the built {@code schools}. */
    public static District district(SchoolBuilder... schools) {
        return district(Arrays.stream(schools).map(SchoolBuilder::build).toList());
    }

    /** District {@value #DISTRICT} with {@code schools} in this order. */
    public static District district(List<School> schools) {
        return new District(DISTRICT, "测试县", "33", "3309", "2024-2025", schools, Map.of());
    }

    /**
     * A district other than {@value #DISTRICT}: {@code code} and {@code name}, province 33, city 3309, school
     * year 2024-2025, with {@code schools} in this order.
     */
    public static District district(String code, String name, List<School> schools) {
        return new District(code, name, "33", "3309", "2024-2025", schools, Map.of());
    }

    /** {@code school:<id>/<STAGE>}. */
    public static String part(String schoolId, Stage stage) {
        return "school:" + schoolId + "/" + stage.name();
    }

    /** {@code school:<id>/PRIMARY}. */
    public static String primary(String schoolId) {
        return part(schoolId, Stage.PRIMARY);
    }

    /** {@code school:<id>/JUNIOR}. */
    public static String junior(String schoolId) {
        return part(schoolId, Stage.JUNIOR);
    }

    /** {@code district:330999/<STAGE>}. */
    public static String stage(Stage stage) {
        return "district:" + DISTRICT + "/" + stage.name();
    }

    /** {@code district:330999}. */
    public static String districtSubject() {
        return "district:" + DISTRICT;
    }

    /** The seven school-level indicators, R1–R7. */
    public static final List<String> R = List.of("QB2017-R1", "QB2017-R2", "QB2017-R3", "QB2017-R4", "QB2017-R5",
            "QB2017-R6", "QB2017-R7");

    /** The seven CV indicators, CV1–CV7. */
    public static final List<String> CV = List.of("QB2017-CV1", "QB2017-CV2", "QB2017-CV3", "QB2017-CV4",
            "QB2017-CV5", "QB2017-CV6", "QB2017-CV7");

    // ---- schools --------------------------------------------------------------------------------

    /** A builder for school {@code id}, defaults as described on the class. */
    public static SchoolBuilder school(String id) {
        return new SchoolBuilder(id);
    }

    /** Builds {@link School} facts; see {@link Fixtures} for the defaults. */
    public static final class SchoolBuilder {

        private static final int DEFAULT_STUDENTS = 500;

        private final String id;
        private String name;
        private SchoolType type = SchoolType.PRIMARY;
        private Ownership ownership = Ownership.PUBLIC;
        private Location location = Location.URBAN;
        private boolean special;
        private boolean vocational;
        private Enrolment enrolment;
        private final Map<Stage, Map<String, Integer>> teacherOverrides = new EnumMap<>(Stage.class);
        private final Map<Stage, Boolean> noTeachers = new EnumMap<>(Stage.class);
        private final Map<String, BigDecimal> assets = new HashMap<>();

        private SchoolBuilder(String id) {
            this.id = id;
            this.name = "学校" + id;
        }

        public SchoolBuilder name(String name) {
            this.name = name;
            return this;
        }

        public SchoolBuilder type(SchoolType type) {
            this.type = type;
            return this;
        }

        public SchoolBuilder ownership(Ownership ownership) {
            this.ownership = ownership;
            return this;
        }

        public SchoolBuilder privateSchool() {
            return ownership(Ownership.PRIVATE);
        }

        public SchoolBuilder location(Location location) {
            this.location = location;
            return this;
        }

        public SchoolBuilder special() {
            this.special = true;
            return this;
        }

        public SchoolBuilder vocational() {
            this.vocational = true;
            return this;
        }

        /** Students of a single-stage school's stage (primary for PRIMARY and TEACHING_POINT, junior for JUNIOR). */
        public SchoolBuilder students(Integer n) {
            Stage only = type.stages().size() == 1 ? type.stages().iterator().next() : null;
            if (only == null) {
                throw new IllegalStateException(type + " has several stages: use enrolment(primary, junior, senior)");
            }
            return enrolment(only == Stage.PRIMARY ? n : null, only == Stage.JUNIOR ? n : null, null);
        }

        public SchoolBuilder enrolment(Integer primary, Integer junior, Integer senior) {
            this.enrolment = new Enrolment(primary, junior, senior);
            return this;
        }

        // -- teachers of a stage (primary when no stage is given)

        private SchoolBuilder teacher(Stage stage, String field, Integer n) {
            teacherOverrides.computeIfAbsent(stage, s -> new HashMap<>()).put(field, n);
            return this;
        }

        /** 高于规定学历 teachers (R1). */
        public SchoolBuilder qualified(Stage stage, Integer n) {
            return teacher(stage, "aboveRequiredQualification", n);
        }

        public SchoolBuilder qualified(Integer n) {
            return qualified(Stage.PRIMARY, n);
        }

        /** 县级及以上骨干教师 (R2). */
        public SchoolBuilder backbone(Stage stage, Integer n) {
            return teacher(stage, "backboneCountyPlus", n);
        }

        public SchoolBuilder backbone(Integer n) {
            return backbone(Stage.PRIMARY, n);
        }

        /** PE, music, fine-art and arts teachers (R3). */
        public SchoolBuilder peArts(Stage stage, Integer pe, Integer music, Integer fineArt, Integer arts) {
            teacher(stage, "pe", pe);
            teacher(stage, "music", music);
            teacher(stage, "fineArt", fineArt);
            return teacher(stage, "arts", arts);
        }

        public SchoolBuilder peArts(Integer pe, Integer music, Integer fineArt, Integer arts) {
            return peArts(Stage.PRIMARY, pe, music, fineArt, arts);
        }

        /** No teacher figures at all for {@code stage}. */
        public SchoolBuilder noTeachers(Stage stage) {
            noTeachers.put(stage, true);
            return this;
        }

        // -- whole-school assets; a null string makes the field unknown

        private SchoolBuilder asset(String field, String value) {
            assets.put(field, value == null ? null : new BigDecimal(value));
            return this;
        }

        public SchoolBuilder areaTeachingAux(String m2) {
            return asset("areaTeachingAux", m2);
        }

        public SchoolBuilder areaIndoorSports(String m2) {
            return asset("areaIndoorSports", m2);
        }

        public SchoolBuilder areaSportsField(String m2) {
            return asset("areaSportsField", m2);
        }

        public SchoolBuilder equipmentValue(String yuan) {
            return asset("equipmentValue", yuan);
        }

        public SchoolBuilder multimediaClassrooms(String rooms) {
            return asset("multimediaClassrooms", rooms);
        }

        /** Net teaching area per student for R4 without indoor sports: teaching area = {@code net}, indoor sports 0. */
        public SchoolBuilder teachingAreaNet(String m2) {
            return areaTeachingAux(m2).areaIndoorSports("0");
        }

        public School build() {
            Enrolment e = enrolment != null ? enrolment : defaultEnrolment();
            int total = 0;
            for (Stage s : type.stages()) {
                Integer n = e.of(s);
                total += n == null ? 0 : n;
            }
            StageTeachers primaryTeachers = type.stages().contains(Stage.PRIMARY) ? teachers(Stage.PRIMARY, e) : null;
            StageTeachers juniorTeachers = type.stages().contains(Stage.JUNIOR) ? teachers(Stage.JUNIOR, e) : null;
            return new School(id, name, type, ownership, location, special, vocational, e,
                    new Teachers(primaryTeachers, juniorTeachers),
                    assetOr("areaTeachingAux", 9L * total),
                    assetOr("areaIndoorSports", total),
                    assetOr("areaSportsField", 14L * total),
                    assetOr("equipmentValue", 3500L * total),
                    assets.containsKey("multimediaClassrooms") ? assets.get("multimediaClassrooms")
                            : BigDecimal.valueOf(4L * total, 2),
                    null, null, false, Map.of());
        }

        private Enrolment defaultEnrolment() {
            return new Enrolment(
                    type.stages().contains(Stage.PRIMARY) ? DEFAULT_STUDENTS : null,
                    type.stages().contains(Stage.JUNIOR) ? DEFAULT_STUDENTS : null,
                    type.stages().contains(Stage.SENIOR) ? DEFAULT_STUDENTS : null);
        }

        private BigDecimal assetOr(String field, long dflt) {
            return assets.containsKey(field) ? assets.get(field) : BigDecimal.valueOf(dflt);
        }

        private StageTeachers teachers(Stage stage, Enrolment e) {
            if (noTeachers.getOrDefault(stage, false)) {
                return null;
            }
            Integer known = e.of(stage);
            int n = known == null || known == 0 ? DEFAULT_STUDENTS : known;
            Map<String, Integer> t = new HashMap<>();
            t.put("aboveRequiredQualification", ceilDiv(6 * n, 100));
            t.put("backboneCountyPlus", ceilDiv(2 * n, 100));
            t.put("pe", ceilDiv(n, 100) + 1);
            t.put("music", ceilDiv(n, 200) + 1);
            t.put("fineArt", ceilDiv(n, 200) + 1);
            t.put("arts", 0);
            t.put("visitingPeArts", 0);
            t.putAll(teacherOverrides.getOrDefault(stage, Map.of()));
            int peArts = 0;
            for (String k : List.of("pe", "music", "fineArt", "arts")) {
                peArts += t.get(k) == null ? 0 : t.get(k);
            }
            int fullTime = Math.max(ceilDiv(8 * n, 100), peArts);
            for (String k : List.of("aboveRequiredQualification", "backboneCountyPlus")) {
                fullTime = Math.max(fullTime, t.get(k) == null ? 0 : t.get(k));
            }
            return new StageTeachers(fullTime, t.get("aboveRequiredQualification"), t.get("backboneCountyPlus"),
                    t.get("pe"), t.get("music"), t.get("fineArt"), t.get("arts"), t.get("visitingPeArts"));
        }

        private static int ceilDiv(int a, int b) {
            return (a + b - 1) / b;
        }
    }
}
