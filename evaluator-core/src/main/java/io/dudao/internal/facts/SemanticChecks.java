package io.dudao.internal.facts;

import io.dudao.api.FactProblem;
import io.dudao.facts.District;
import io.dudao.facts.School;
import io.dudao.facts.SchoolType;
import io.dudao.facts.Stage;
import io.dudao.facts.StageTeachers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The checks a JSON Schema cannot express, run on districts that passed the schema: unique school ids,
 * stages the school type has, teacher sub-counts within the full-time count, indoor sports area within
 * the teaching area, and a school year of consecutive years. A check whose inputs are unknown
 * ({@code null}) is skipped: unknown is never read as zero. Each {@link #check} call uses its own instance.
 */
final class SemanticChecks {

    private final String source;
    private final List<FactProblem> problems = new ArrayList<>();

    private SemanticChecks(String source) {
        this.source = source;
    }

    /**
     * Checks the districts of one facts document.
     *
     * @param districts the districts, in document order
     * @param arrayFile whether the document is an array, so that paths start with {@code [i].}
     * @param source    the file name for the problems, or {@code null}
     * @return every problem, in document order; empty when there is none
     */
    static List<FactProblem> check(List<District> districts, boolean arrayFile, String source) {
        SemanticChecks checks = new SemanticChecks(source);
        for (int d = 0; d < districts.size(); d++) {
            checks.district(districts.get(d), FieldPath.district(arrayFile, d));
        }
        return checks.problems;
    }

    private void district(District district, String path) {
        schoolYear(district.schoolYear(), FieldPath.field(path, "schoolYear"));
        Map<String, String> firstPathOfId = new HashMap<>();
        List<School> schools = district.schools();
        for (int i = 0; i < schools.size(); i++) {
            School school = schools.get(i);
            String at = FieldPath.index(FieldPath.field(path, "schools"), i);
            String first = firstPathOfId.putIfAbsent(school.id(), at);
            if (first != null) {
                report(FieldPath.field(at, "id"), school.id(), "an id no other school has (" + first + " has it)");
            }
            school(school, at);
        }
    }

    private void schoolYear(String year, String path) {
        if (year == null || year.length() == 4) {
            return;
        }
        int first = Integer.parseInt(year.substring(0, 4));
        if (Integer.parseInt(year.substring(5)) != first + 1) {
            report(path, year, first + "-" + (first + 1) + ": the second year follows the first");
        }
    }

    private void school(School school, String path) {
        if (school.type() != null) {
            stages(school, path);
        }
        for (Stage stage : List.of(Stage.PRIMARY, Stage.JUNIOR)) {
            StageTeachers teachers = school.teachers().of(stage);
            if (teachers != null) {
                teachers(teachers, FieldPath.field(FieldPath.field(path, "teachers"), field(stage)));
            }
        }
        BigDecimal indoor = school.areaIndoorSports();
        BigDecimal teaching = school.areaTeachingAux();
        if (indoor != null && teaching != null && indoor.compareTo(teaching) > 0) {
            report(FieldPath.field(path, "areaIndoorSports"), indoor, "at most areaTeachingAux ("
                    + teaching.toPlainString() + "), which includes the indoor sports rooms");
        }
    }

    /** Enrolment and teacher blocks only for the stages the school type has. */
    private void stages(School school, String path) {
        SchoolType type = school.type();
        for (Stage stage : Stage.values()) {
            if (type.stages().contains(stage)) {
                continue;
            }
            String lacks = "a " + type + " school (" + type.label() + ") has no " + field(stage) + " stage";
            Integer students = school.enrolment().of(stage);
            if (students != null && students > 0) {
                report(FieldPath.field(FieldPath.field(path, "enrolment"), field(stage)), students,
                        "0 or null: " + lacks);
            }
            StageTeachers teachers = school.teachers().of(stage);
            if (teachers != null) {
                report(FieldPath.field(FieldPath.field(path, "teachers"), field(stage)), teachers,
                        "no " + field(stage) + " block: " + lacks);
            }
        }
    }

    /** Sub-counts of one stage's teachers within its full-time count. */
    private void teachers(StageTeachers t, String path) {
        Integer fullTime = t.fullTime();
        if (fullTime == null) {
            return;
        }
        atMostFullTime(t.aboveRequiredQualification(), fullTime, FieldPath.field(path, "aboveRequiredQualification"));
        atMostFullTime(t.backboneCountyPlus(), fullTime, FieldPath.field(path, "backboneCountyPlus"));

        Map<String, Integer> subjects = new LinkedHashMap<>();
        subjects.put("pe", t.pe());
        subjects.put("music", t.music());
        subjects.put("fineArt", t.fineArt());
        subjects.put("arts", t.arts());
        // unknown counts are at least zero, so the known ones alone must not exceed fullTime
        StringJoiner names = new StringJoiner(" + ");
        long sum = 0;
        for (Map.Entry<String, Integer> e : subjects.entrySet()) {
            if (e.getValue() != null) {
                names.add(e.getKey());
                sum += e.getValue();
            }
        }
        if (sum > fullTime) {
            report(path, t, names + " (" + sum + ") at most fullTime (" + fullTime + ")");
        }
    }

    private void atMostFullTime(Integer count, int fullTime, String path) {
        if (count != null && count > fullTime) {
            report(path, count, "at most fullTime (" + fullTime + ")");
        }
    }

    private void report(String path, Object value, String expected) {
        problems.add(new FactProblem(source, path, FactsJson.text(value), expected));
    }

    /** The field name of a stage in {@code enrolment} and {@code teachers}. */
    private static String field(Stage stage) {
        return stage.name().toLowerCase(Locale.ROOT);
    }
}
