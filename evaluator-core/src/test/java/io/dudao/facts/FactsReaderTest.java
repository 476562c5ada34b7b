package io.dudao.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dudao.api.FactProblem;
import io.dudao.api.FactsException;
import io.dudao.api.FactsReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FactsReaderTest {

    private static final String SCHEMA = "/io/dudao/schema/facts.schema.json";

    // ---- valid files ---------------------------------------------------------------------------

    @Test
    void read_singleDistrictFile_returnsOneDistrictWithEveryField() {
        List<District> districts = FactsReader.read(fixture("single-district.json"));

        assertThat(districts).hasSize(1);
        District district = districts.get(0);
        assertThat(district.code()).isEqualTo("330110");
        assertThat(district.name()).isEqualTo("余杭区");
        assertThat(district.provinceCode()).isEqualTo("33");
        assertThat(district.cityCode()).isEqualTo("3301");
        assertThat(district.schoolYear()).isEqualTo("2024-2025");
        assertThat(district.extra()).containsOnly(
                Map.entry("healthCheckRate", new BigDecimal("0.985")), Map.entry("note", "样例"), Map.entry("pilot", true));
        assertThat(district.schools()).extracting(School::id).containsExactly("3133001001", "3133001002");

        School school = district.schools().get(0);
        assertThat(school.type()).isEqualTo(SchoolType.PRIMARY);
        assertThat(school.ownership()).isEqualTo(Ownership.PUBLIC);
        assertThat(school.location()).isEqualTo(Location.URBAN);
        assertThat(school.special()).isFalse();
        assertThat(school.vocational()).isFalse();
        assertThat(school.denseCityCentre()).isTrue();
        assertThat(school.enrolment()).isEqualTo(new Enrolment(1200, null, null));
        assertThat(school.teachers()).isEqualTo(new Teachers(new StageTeachers(80, 78, 12, 6, 4, 4, 0, 2), null));
        assertThat(school.areaSportsField()).isEqualByComparingTo("9000");
        assertThat(school.multimediaClassrooms()).isEqualByComparingTo("30");
        assertThat(school.areaOtherSportsOnCampus()).isEqualByComparingTo("0");
        assertThat(school.extra()).containsOnly(Map.entry("lunchService", true));
        assertThat(district.schools().get(1).enrolment()).isEqualTo(new Enrolment(null, 900, 700));
    }

    @Test
    void read_keepsDecimalsExactlyAsWritten() {
        School school = FactsReader.read(fixture("single-district.json")).get(0).schools().get(0);

        assertThat(school.areaTeachingAux()).isEqualTo(new BigDecimal("2250.3"));
        assertThat(school.areaIndoorSports()).isEqualTo(new BigDecimal("400.25"));
        assertThat(school.equipmentValue()).isEqualTo(new BigDecimal("3600000.50"));
    }

    @Test
    void read_arrayFile_returnsEveryDistrictInOrder() {
        List<District> districts = FactsReader.read(fixture("array.json"));

        assertThat(districts).extracting(District::code).containsExactly("330110", "330122");
        assertThat(districts.get(0).schoolYear()).isEqualTo("2024");
        assertThat(districts.get(1).schools()).extracting(School::id, School::type)
                .containsExactly(tuple("B1", SchoolType.JUNIOR), tuple("B2", SchoolType.TEACHING_POINT));
    }

    @Test
    void read_acceptsChineseLabelsForEnumerations() {
        List<School> schools = FactsReader.read(fixture("chinese-labels.json")).get(0).schools();

        assertThat(schools).extracting(School::type, School::ownership, School::location).containsExactly(
                tuple(SchoolType.PRIMARY, Ownership.PUBLIC, Location.RURAL),
                tuple(SchoolType.NINE_YEAR, Ownership.PRIVATE, Location.URBAN),
                tuple(SchoolType.JUNIOR, Ownership.PUBLIC, Location.TOWN));
    }

    @Test
    void read_absentOrNullNumber_staysNullNeverZero() {
        School school = FactsReader.read(fixture("single-district.json")).get(0).schools().get(1);

        assertThat(school.enrolment().primary()).isNull();
        assertThat(school.teachers().junior().pe()).isNull();
        assertThat(school.areaSportsField()).isNull();
        assertThat(school.equipmentValue()).isNull();
        assertThat(FactsReader.read(fixture("single-district.json")).get(0).schools().get(0).areaLeasedOffCampus())
                .isNull();
    }

    @Test
    void read_inputStream_namesProblemsAfterTheSourceNameAndLeavesTheStreamOpen() throws IOException {
        byte[] bytes = "{\"code\": \"1\", \"schools\": [{\"id\": \"S\", \"type\": \"大学\"}]}"
                .getBytes(StandardCharsets.UTF_8);
        CloseTrackingStream in = new CloseTrackingStream(bytes);

        FactsException e = catchThrowableOfType(FactsException.class, () -> FactsReader.read(in, "upload.json"));

        assertThat(e.problems()).extracting(FactProblem::file, FactProblem::path)
                .containsExactly(tuple("upload.json", "schools[0].type"));
        assertThat(in.closed).isFalse();
    }

    @Test
    void parse_ignoresAByteOrderMark() {
        assertThat(FactsReader.parse("\uFEFF{\"code\": \"330110\"}", null)).extracting(District::code)
                .containsExactly("330110");
    }

    // ---- schema problems -----------------------------------------------------------------------

    @Test
    void read_reportsEveryProblemWithItsPathValueAndExpectation() {
        Path file = fixture("several-errors.json");

        FactsException e = catchThrowableOfType(FactsException.class, () -> FactsReader.read(file));

        assertThat(e.code()).isEqualTo("facts.invalid");
        assertThat(e.problems()).extracting(FactProblem::file).containsOnly(file.toString());
        assertThat(e.problems()).extracting(FactProblem::path, FactProblem::value).containsExactly(
                tuple("schools[0].teachrs", "{\"primary\":{\"fullTime\":10}}"),
                tuple("schools[1].enrolment.primary", "-3"),
                tuple("schools[2].type", "\"大学\""),
                tuple("schools[3].areaSportsField", "\"1200\""),
                tuple("schools[4].id", null));
        assertThat(e.problems().get(0).expected()).startsWith("no such field (allowed: id, name, type, ")
                .contains("teachers").endsWith("extra)");
        assertThat(e.problems().get(1).expected()).isEqualTo("an integer ≥ 0 or null");
        assertThat(e.problems().get(2).expected()).isEqualTo("one of PRIMARY, JUNIOR, NINE_YEAR, TWELVE_YEAR, "
                + "COMPLETE_MIDDLE, TEACHING_POINT or 小学, 初级中学, 初中, 九年一贯制, 九年一贯制学校, 十二年一贯制, "
                + "十二年一贯制学校, 完全中学, 教学点, 小学教学点, or null");
        assertThat(e.problems().get(3).expected()).isEqualTo("a number ≥ 0 or null");
        assertThat(e.problems().get(4).expected()).isEqualTo("a non-empty code without whitespace or '/'");
        assertThat(e.getMessage()).startsWith("5 problems in the facts:")
                .contains(file + ": schools[1].enrolment.primary: found -3, expected an integer ≥ 0 or null")
                .contains(file + ": schools[4].id: missing, expected a non-empty code without whitespace or '/'");
    }

    @Test
    void read_rejectsUnknownFieldNamingItsPath() {
        FactsException e = invalid("{\"code\": \"1\", \"nmae\": \"余杭区\","
                + " \"schools\": [{\"id\": \"S\", \"enrolment\": {\"primary\": 1, \"junoir\": 2}}]}");

        assertThat(e.problems()).extracting(FactProblem::path, FactProblem::value).containsExactly(
                tuple("nmae", "\"余杭区\""),
                tuple("schools[0].enrolment.junoir", "2"));
        assertThat(e.problems().get(0).expected()).isEqualTo("no such field (allowed: schemaVersion, code, name, "
                + "provinceCode, cityCode, schoolYear, schools, government, quality, surveys, certification, evidence, "
                + "vetoes, finance, preschool, kindergartens, extra)");
        assertThat(e.problems().get(1).expected()).isEqualTo("no such field (allowed: primary, junior, senior)");
    }

    @Test
    void parse_fieldNameThatIsNotAWord_isQuotedInThePath() {
        FactsException e = invalid("{\"code\": \"1\", \"extra\": {\"达标率\": [1], \"pass rate\": null}}");

        assertThat(e.problems()).extracting(FactProblem::path).containsExactly("extra.达标率", "extra[\"pass rate\"]");
    }

    @Test
    void parse_arrayFile_prefixesPathsWithTheDistrictIndex() {
        FactsException e = invalid("[{\"code\": \"1\"}, {\"code\": \"2\", \"schools\": [{\"id\": \"a b\"}]}, {}]");

        assertThat(e.problems()).extracting(FactProblem::path, FactProblem::value).containsExactly(
                tuple("[1].schools[0].id", "\"a b\""),
                tuple("[2].code", null));
    }

    @Test
    void parse_reportsWrongTypesInPlainWords() {
        FactsException e = invalid("""
                {"code": "1", "schemaVersion": 2, "schoolYear": "24-25", "extra": {"a": [1]},
                 "schools": [{"id": "S", "type": 5, "special": "yes", "enrolment": {"junior": 1.5, "senior": 3000000000},
                              "teachers": {"primary": 12}}]}""");

        assertThat(e.problems()).extracting(FactProblem::path, FactProblem::value, FactProblem::expected)
                .containsExactly(
                        tuple("schemaVersion", "2", "\"1\""),
                        tuple("schoolYear", "\"24-25\"", "a school year such as 2024-2025 or 2024, or null"),
                        tuple("extra.a", "[1]", "a number, a text or true/false"),
                        tuple("schools[0].type", "5", e.problems().get(3).expected()),
                        tuple("schools[0].special", "\"yes\"", "true/false or null"),
                        tuple("schools[0].enrolment.junior", "1.5", "an integer ≥ 0 or null"),
                        tuple("schools[0].enrolment.senior", "3000000000", "at most 2147483647"),
                        tuple("schools[0].teachers.primary", "12", "an object or null"));
        assertThat(e.problems().get(3).expected()).startsWith("one of PRIMARY, ");
    }

    @Test
    void parse_documentOfTheWrongShape_isOneProblem() {
        assertThat(invalid("\"330110\"").problems()).extracting(FactProblem::path, FactProblem::value,
                FactProblem::expected).containsExactly(tuple("", "\"330110\"", "an object or an array"));
        assertThat(invalid("  ").problems()).extracting(FactProblem::path, FactProblem::value,
                FactProblem::expected).containsExactly(tuple("", null, "an object or an array"));
    }

    // ---- syntax, encoding and files ------------------------------------------------------------

    @Test
    void read_malformedJson_namesLineAndColumn() {
        Path file = fixture("malformed.json");

        FactsException e = catchThrowableOfType(FactsException.class, () -> FactsReader.read(file));

        assertThat(e.problems()).hasSize(1);
        FactProblem problem = e.problems().get(0);
        assertThat(problem.file()).isEqualTo(file.toString());
        assertThat(problem.path()).isEmpty();
        assertThat(problem.value()).isEqualTo("{ \"id\": \"S1\", \"enrolment\": { \"primary\": 12,, } }");
        assertThat(problem.expected()).isEqualTo("well-formed JSON at line 4, column 48: "
                + "Unexpected character (',' (code 44)): was expecting double-quote to start field name");
    }

    @Test
    void parse_duplicateKeyAndTrailingContent_areSyntaxErrors() {
        assertThat(invalid("{\"code\": \"1\", \"code\": \"2\"}").problems().get(0).expected())
                .startsWith("well-formed JSON at line 1, column ").contains("Duplicate field 'code'");
        assertThat(invalid("{\"code\": \"1\"} {}").problems()).singleElement()
                .satisfies(p -> assertThat(p.expected()).startsWith("well-formed JSON at line 1, column "));
    }

    @Test
    void read_textThatIsNotUtf8_namesTheOffendingBytes() {
        byte[] gbk = "{\"code\": \"余杭区\"}".getBytes(java.nio.charset.Charset.forName("GBK"));

        FactsException e = catchThrowableOfType(FactsException.class,
                () -> FactsReader.read(new ByteArrayInputStream(gbk), "gbk.json"));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.value()).isEqualTo("byte D3 at offset 10");
            assertThat(p.expected()).startsWith("UTF-8 text");
        });
    }

    @Test
    void read_missingFile_isAFactsProblemWithItsCause() {
        Path file = Path.of("no-such-dir", "facts.json");

        FactsException e = catchThrowableOfType(FactsException.class, () -> FactsReader.read(file));

        assertThat(e.problems()).containsExactly(
                new FactProblem(file.toString(), "", null, "a readable facts file (no such file)"));
        assertThat(e.getCause()).isInstanceOf(java.nio.file.NoSuchFileException.class);
    }

    @Test
    void nullArguments_areRejected() {
        assertThatThrownBy(() -> FactsReader.parse(null, "x")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> FactsReader.read((Path) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> FactsReader.read(null, "x")).isInstanceOf(NullPointerException.class);
    }

    // ---- semantic checks -----------------------------------------------------------------------

    @Test
    void parse_duplicateSchoolIds_namesTheFirstIndex() {
        FactsException e = invalid("""
                [{"code": "1", "schools": [{"id": "S"}, {"id": "T"}, {"id": "S"}]},
                 {"code": "2", "schools": [{"id": "S"}]}]""");

        assertThat(e.problems()).containsExactly(new FactProblem(null, "[0].schools[2].id", "\"S\"",
                "an id no other school has ([0].schools[0] has it)"));
    }

    @Test
    void parse_stageTheSchoolTypeLacks_isRejected() {
        FactsException e = invalid("""
                {"code": "1", "schools": [
                  {"id": "P", "type": "PRIMARY", "enrolment": {"primary": 300, "junior": 20},
                   "teachers": {"primary": {"fullTime": 20}, "junior": {"fullTime": 2}}},
                  {"id": "M", "type": "完全中学", "enrolment": {"primary": 5, "junior": 400, "senior": 300}},
                  {"id": "N", "type": "NINE_YEAR", "enrolment": {"primary": 300, "junior": 200, "senior": 10}},
                  {"id": "Z", "type": "PRIMARY", "enrolment": {"primary": 300, "junior": 0, "senior": null}},
                  {"id": "T", "type": "TWELVE_YEAR", "enrolment": {"primary": 1, "junior": 1, "senior": 1}},
                  {"id": "U", "enrolment": {"primary": 1, "junior": 1, "senior": 1}}
                ]}""");

        assertThat(e.problems()).extracting(FactProblem::path, FactProblem::value, FactProblem::expected)
                .containsExactly(
                        tuple("schools[0].enrolment.junior", "20", "0 or null: a PRIMARY school (小学) has no junior stage"),
                        tuple("schools[0].teachers.junior", "{\"fullTime\":2}",
                                "no junior block: a PRIMARY school (小学) has no junior stage"),
                        tuple("schools[1].enrolment.primary", "5",
                                "0 or null: a COMPLETE_MIDDLE school (完全中学) has no primary stage"),
                        tuple("schools[2].enrolment.senior", "10",
                                "0 or null: a NINE_YEAR school (九年一贯制) has no senior stage"));
    }

    @Test
    void parse_teacherCountsOverFullTime_areRejected() {
        FactsException e = invalid("""
                {"code": "1", "schools": [{"id": "S", "type": "NINE_YEAR", "teachers": {
                  "primary": {"fullTime": 40, "aboveRequiredQualification": 41, "backboneCountyPlus": 40,
                              "pe": 20, "music": 21, "fineArt": null},
                  "junior": {"fullTime": 30, "backboneCountyPlus": 31, "pe": 10, "music": 10, "fineArt": 5, "arts": 5}
                }}]}""");

        assertThat(e.problems()).extracting(FactProblem::path, FactProblem::value, FactProblem::expected)
                .containsExactly(
                        tuple("schools[0].teachers.primary.aboveRequiredQualification", "41", "at most fullTime (40)"),
                        tuple("schools[0].teachers.primary",
                                "{\"fullTime\":40,\"aboveRequiredQualification\":41,\"backboneCountyPlus\":40,"
                                        + "\"pe\":20,\"music\":21}",
                                "pe + music (41) at most fullTime (40)"),
                        tuple("schools[0].teachers.junior.backboneCountyPlus", "31", "at most fullTime (30)"));
    }

    @Test
    void parse_teacherCountsWithUnknownFullTime_areNotCompared() {
        assertThat(FactsReader.parse("""
                {"code": "1", "schools": [{"id": "S", "type": "PRIMARY",
                  "teachers": {"primary": {"aboveRequiredQualification": 41, "pe": 20, "music": 21}}}]}""", null))
                .hasSize(1);
    }

    @Test
    void parse_indoorSportsAreaOverTeachingArea_isRejected() {
        FactsException e = invalid("""
                {"code": "1", "schools": [
                  {"id": "A", "areaTeachingAux": 1200.5, "areaIndoorSports": 1200.50},
                  {"id": "B", "areaTeachingAux": 1200.5, "areaIndoorSports": 1200.51},
                  {"id": "C", "areaIndoorSports": 99999}]}""");

        assertThat(e.problems()).containsExactly(new FactProblem(null, "schools[1].areaIndoorSports", "1200.51",
                "at most areaTeachingAux (1200.5), which includes the indoor sports rooms"));
    }

    @Test
    void parse_schoolYearOfNonConsecutiveYears_isRejected() {
        assertThat(invalid("{\"code\": \"1\", \"schoolYear\": \"2024-2026\"}").problems()).containsExactly(
                new FactProblem(null, "schoolYear", "\"2024-2026\"", "2024-2025: the second year follows the first"));
        assertThat(FactsReader.parse("{\"code\": \"1\", \"schoolYear\": \"2024-2025\"}", null)).hasSize(1);
        assertThat(FactsReader.parse("{\"code\": \"1\", \"schoolYear\": \"2024\"}", null)).hasSize(1);
    }

    @Test
    void parse_semanticChecksReportEveryProblemInDocumentOrder() {
        FactsException e = invalid("""
                [{"code": "1", "schoolYear": "2023-2025", "schools": [
                   {"id": "S", "type": "JUNIOR", "enrolment": {"primary": 3}},
                   {"id": "S", "areaTeachingAux": 1, "areaIndoorSports": 2}]}]""");

        assertThat(e.problems()).extracting(FactProblem::path).containsExactly(
                "[0].schoolYear", "[0].schools[0].enrolment.primary", "[0].schools[1].id",
                "[0].schools[1].areaIndoorSports");
    }

    // ---- the schema itself ---------------------------------------------------------------------

    @Test
    void schema_enumerationsListEverySpellingOfTheirEnum() {
        JsonNode defs = schema().get("$defs");

        assertThat(spellings(defs.get("schoolType"))).isEqualTo(Labelled.spellings(SchoolType.class));
        assertThat(spellings(defs.get("ownership"))).isEqualTo(Labelled.spellings(Ownership.class));
        assertThat(spellings(defs.get("location"))).isEqualTo(Labelled.spellings(Location.class));
    }

    @Test
    void schema_describesEveryProperty() {
        List<String> undescribed = new ArrayList<>();
        schema().get("$defs").fields().forEachRemaining(def -> def.getValue().path("properties").fields()
                .forEachRemaining(p -> {
                    if (p.getValue().path("description").asText().isBlank()) {
                        undescribed.add(def.getKey() + "." + p.getKey());
                    }
                }));

        assertThat(undescribed).isEmpty();
    }

    @Test
    void schema_namesEveryRecordComponent() {
        JsonNode defs = schema().get("$defs");

        assertThat(propertyNames(defs.get("district"))).containsExactlyInAnyOrderElementsOf(
                withSchemaVersion(components(District.class)));
        assertThat(propertyNames(defs.get("school"))).containsExactlyInAnyOrderElementsOf(components(School.class));
        assertThat(propertyNames(defs.get("enrolment"))).containsExactlyElementsOf(components(Enrolment.class));
        assertThat(propertyNames(defs.get("teachers"))).containsExactlyElementsOf(components(Teachers.class));
        assertThat(propertyNames(defs.get("stageTeachers"))).containsExactlyElementsOf(components(StageTeachers.class));
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static FactsException invalid(String json) {
        return catchThrowableOfType(FactsException.class, () -> FactsReader.parse(json, null));
    }

    private static Path fixture(String name) {
        try {
            return Path.of(FactsReaderTest.class.getResource("/facts/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode schema() {
        try (InputStream in = FactsReaderTest.class.getResourceAsStream(SCHEMA)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The non-null entries of a schema enum. */
    private static List<String> spellings(JsonNode def) {
        List<String> values = new ArrayList<>();
        def.get("enum").forEach(v -> {
            if (!v.isNull()) {
                values.add(v.asText());
            }
        });
        return values;
    }

    private static List<String> propertyNames(JsonNode def) {
        List<String> names = new ArrayList<>();
        def.get("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> components(Class<? extends Record> type) {
        List<String> names = new ArrayList<>();
        for (var component : type.getRecordComponents()) {
            names.add(component.getName());
        }
        return names;
    }

    private static List<String> withSchemaVersion(List<String> names) {
        List<String> all = new ArrayList<>(names);
        all.add("schemaVersion");
        return all;
    }

    /** A stream that records whether it was closed. */
    private static final class CloseTrackingStream extends ByteArrayInputStream {
        boolean closed;

        CloseTrackingStream(byte[] bytes) {
            super(bytes);
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }
}
