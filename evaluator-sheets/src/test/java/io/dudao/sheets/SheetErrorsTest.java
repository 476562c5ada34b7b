package io.dudao.sheets;

import static io.dudao.sheets.Books.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dudao.api.FactProblem;
import io.dudao.api.FactsException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Problems in workbooks and CSV files name the file, sheet, row, column header and value, all at once. */
class SheetErrorsTest {

    @TempDir
    Path dir;

    private static final Object[] SCHOOL_HEADER = row("学校标识码", "学校名称", "办学类型", "城乡分类", "小学在校生数",
            "小学段专任教师·专任教师数", "学生人数");

    @Test
    void brokenWorkbook_listsEveryProblemWithSheetRowColumnAndValue() {
        Path xlsx = new Books()
                .sheet("区县", Books.district("330999", "2024/25"))
                .sheet("学校", SCHOOL_HEADER,
                        row("S1", "一小", "小学", "城区", 900, 50, 1),
                        row("S2", "二小", "中学", "城区", "abc", 40),
                        row(null, "三小", "小学", "乡村", 300, -2))
                .sheet("封面", row("某某县教育局"))
                .xlsx(dir.resolve("broken.xlsx"));

        FactsException e = catchThrowableOfType(FactsException.class, () -> SheetFacts.read(xlsx));

        assertThat(e.code()).isEqualTo("facts.invalid");
        List<String> problems = e.problems().stream().map(FactProblem::toString).toList();
        String f = xlsx.toString();
        // the expectations that list schema values or sheet names are checked up to the list, which grows with the schema
        assertThat(problems).satisfiesExactly(
                p -> assertThat(p).isEqualTo(f + ": sheet 区县, row 4 学年, column D 填报值 (schoolYear): found "
                        + "\"2024/25\", expected a school year such as 2024-2025 or 2024, or null"),
                p -> assertThat(p).isEqualTo(f + ": sheet 学校, row 1, column G 学生人数: found \"学生人数\", expected a "
                        + "column of this sheet: a header of the template (see the notes sheet), a field path such as "
                        + "enrolment.primary, or a header the mapping file names"),
                p -> assertThat(p).startsWith(f + ": sheet 学校, row 3, column C 办学类型 (schools[1].type): found "
                        + "\"中学\", expected one of PRIMARY, JUNIOR, ").contains(" or 小学, 初级中学, "),
                p -> assertThat(p).isEqualTo(f + ": sheet 学校, row 3, column E 小学在校生数 "
                        + "(schools[1].enrolment.primary): found \"abc\", expected an integer ≥ 0 or null"),
                p -> assertThat(p).isEqualTo(f + ": sheet 学校, row 4, column A 学校标识码 (schools[2].id): missing, "
                        + "expected a non-empty code without whitespace or '/'"),
                p -> assertThat(p).isEqualTo(f + ": sheet 学校, row 4, column F 小学段专任教师·专任教师数 "
                        + "(schools[2].teachers.primary.fullTime): found -2, expected an integer ≥ 0 or null"),
                p -> assertThat(p).startsWith(f + ": sheet 封面: found \"封面\", expected a sheet of the workbook: "
                        + "区县, district, 学校, schools, ").endsWith(
                        "说明, notes, or one the mapping file names (sheet or ignoreSheets)"));
    }

    @Test
    void semanticProblems_areLocatedToo() {
        Path xlsx = new Books()
                .sheet("区县", Books.district("330999", "2024-2025"))
                .sheet("学校", row("学校标识码", "办学类型", "小学在校生数", "初中在校生数"),
                        row("S1", "小学", 900, null),
                        row("S1", "小学", 300, 20))
                .xlsx(dir.resolve("twice.xlsx"));

        FactsException e = catchThrowableOfType(FactsException.class, () -> SheetFacts.read(xlsx));

        assertThat(e.problems()).extracting(FactProblem::path).containsExactly(
                "sheet 学校, row 3, column A 学校标识码 (schools[1].id)",
                "sheet 学校, row 3, column D 初中在校生数 (schools[1].enrolment.junior)");
    }

    @Test
    void brokenCsv_namesTheFileRowAndColumn() {
        Path district = new Books()
                .sheet("district", row("field", "item", "unit", "value"),
                        row("code", null, null, "330999"),
                        row("schoolYear", null, null, "2024-2025"),
                        row("nonsense", null, null, "1"))
                .sheet("schools", row("id", "type", "enrolment.primary", "小学在校生数"),
                        row("S1", "PRIMARY", 900, null),
                        row("S2", "小学", "九百", null))
                .csv(dir, "330999-");

        FactsException e = catchThrowableOfType(FactsException.class, () -> SheetFacts.read(district));

        String schools = dir.resolve("330999-schools.csv").toString();
        assertThat(e.problems()).map(FactProblem::toString).containsExactly(
                district + ": row 4, column 1 field: found \"nonsense\", expected a field of the district sheet: a field "
                        + "path such as schoolYear, a label of the template (see the notes sheet), or a name the "
                        + "mapping file gives",
                schools + ": row 1, column 4 小学在校生数: found \"小学在校生数\", expected a column no other column "
                        + "fills (column 3 has it)",
                schools + ": row 3, column 3 enrolment.primary (schools[1].enrolment.primary): found \"九百\", "
                        + "expected an integer ≥ 0 or null");
    }

    @Test
    void csvWithoutADistrictFileName_isRejected() {
        Path schools = new Books().sheet("schools", row("id"), row("S1")).csv(dir, "x-");
        Path file = dir.resolve("x-schools.csv");

        FactsException e = catchThrowableOfType(FactsException.class, () -> SheetFacts.read(file));

        assertThat(schools).isNull();
        assertThat(e.problems()).singleElement().extracting(FactProblem::expected).asString()
                .startsWith("the district CSV file, named district.csv or PREFIXdistrict.csv");
    }

    @Test
    void workbookWithoutDistrictSheet_saysWhatIsMissing() {
        Path xlsx = new Books().sheet("学校", row("学校标识码"), row("S1")).xlsx(dir.resolve("nodistrict.xlsx"));

        FactsException e = catchThrowableOfType(FactsException.class, () -> SheetFacts.read(xlsx));

        assertThat(e.problems()).map(FactProblem::toString).contains(
                xlsx + ": (document): missing, expected a district sheet named 区县 or district");
    }

    @Test
    void notAWorkbook_isOneProblem() throws Exception {
        Path xlsx = dir.resolve("fake.xlsx");
        java.nio.file.Files.writeString(xlsx, "not a zip");

        FactsException e = catchThrowableOfType(FactsException.class, () -> SheetFacts.read(xlsx));

        assertThat(e.problems()).singleElement().extracting(FactProblem::expected).asString()
                .startsWith("a readable XLSX or XLS workbook (");
    }
}
