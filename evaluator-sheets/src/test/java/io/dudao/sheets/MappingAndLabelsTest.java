package io.dudao.sheets;

import static io.dudao.sheets.Books.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dudao.api.FactProblem;
import io.dudao.api.FactsException;
import io.dudao.api.FactsReader;
import io.dudao.facts.District;
import io.dudao.facts.Location;
import io.dudao.facts.Ownership;
import io.dudao.facts.School;
import io.dudao.facts.SchoolType;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bureau's own headers through a mapping file; enumerations by Chinese label; CSV as Excel saves it. */
class MappingAndLabelsTest {

    @TempDir
    Path dir;

    @Test
    void mappingFile_letsABureauKeepItsOwnSheetNamesAndHeaders() throws IOException {
        Path xlsx = new Books()
                .sheet("封面", row("桐岭县 2024 学年 学校基本情况"))
                .sheet("基本情况", row("指标", "数值"),
                        row("区县代码", "330998"),
                        row("学年", "2024-2025"),
                        row("自定义指标", 12.5))
                .sheet("学校情况表", row("学校代码", "学校类别", "小学生数", "小学专任教师", "小学骨干教师"),
                        row("TL01", "小学", 2450, 142, 62))
                .xlsx(dir.resolve("own.xlsx"));
        Path mapping = dir.resolve("mapping.yaml");
        Files.writeString(mapping, """
                district:
                  sheet: 基本情况
                  keyColumn: 指标
                  valueColumn: 数值
                  columns:
                    区县代码: code
                    自定义指标: extra.ratio
                schools:
                  sheet: 学校情况表
                  columns:
                    学校代码: id
                    学校类别: type
                    小学生数: enrolment.primary
                    小学专任教师: teachers.primary.fullTime
                    小学骨干教师: teachers.primary.backboneCountyPlus
                ignoreSheets: [封面]
                """);

        District d = SheetFacts.read(xlsx, ColumnMapping.read(mapping)).get(0);

        assertThat(d.code()).isEqualTo("330998");
        assertThat(d.schoolYear()).isEqualTo("2024-2025");
        assertThat(d.extra()).containsEntry("ratio", new BigDecimal("12.5"));
        School s = d.schools().get(0);
        assertThat(s.id()).isEqualTo("TL01");
        assertThat(s.type()).isEqualTo(SchoolType.PRIMARY);
        assertThat(s.enrolment().primary()).isEqualTo(2450);
        assertThat(s.teachers().primary().fullTime()).isEqualTo(142);
        assertThat(s.teachers().primary().backboneCountyPlus()).isEqualTo(62);
    }

    @Test
    void mappingFile_withUnknownSheetsAndFields_listsEveryProblem() throws IOException {
        Path mapping = dir.resolve("bad.yaml");
        Files.writeString(mapping, """
                schools:
                  sheet: 学校
                  colums: {}
                  columns:
                    学校代码: id
                    小学生数: enrolment.primry
                teachers:
                  sheet: 教师
                """);

        FactsException e = catchThrowableOfType(FactsException.class, () -> ColumnMapping.read(mapping));

        assertThat(e.problems()).map(FactProblem::toString).satisfiesExactly(
                p -> assertThat(p).isEqualTo(mapping + ": schools.colums: missing, expected one of sheet, keyColumn, "
                        + "valueColumn, columns"),
                p -> assertThat(p).isEqualTo(mapping + ": schools.columns[\"小学生数\"]: found \"enrolment.primry\", "
                        + "expected a field path of sheet schools, such as name"),
                p -> assertThat(p).startsWith(mapping + ": teachers: missing, expected one of district, schools")
                        .endsWith(" or ignoreSheets"));
    }

    @Test
    void enumerations_acceptChineseLabelsAliasesAndConstants_yesNoInChinese() {
        Path xlsx = new Books()
                .sheet("区县", Books.district("330999", "2024-2025"))
                .sheet("学校", row("学校标识码", "办学类型", "举办者", "城乡分类", "特殊教育学校", "中心城区学位紧张学校"),
                        row("A", "九年一贯制学校", "民办", "城区", "否", "是"),
                        row("B", "初中", "公办", "镇区", "FALSE", true),
                        row("C", "TEACHING_POINT", "PUBLIC", "乡村", null, null))
                .xlsx(dir.resolve("labels.xlsx"));

        List<School> schools = SheetFacts.read(xlsx).get(0).schools();

        assertThat(schools).extracting(School::type)
                .containsExactly(SchoolType.NINE_YEAR, SchoolType.JUNIOR, SchoolType.TEACHING_POINT);
        assertThat(schools).extracting(School::ownership)
                .containsExactly(Ownership.PRIVATE, Ownership.PUBLIC, Ownership.PUBLIC);
        assertThat(schools).extracting(School::location)
                .containsExactly(Location.URBAN, Location.TOWN, Location.RURAL);
        assertThat(schools).extracting(School::special).containsExactly(false, false, null);
        assertThat(schools).extracting(School::denseCityCentre).containsExactly(true, true, null);
    }

    @Test
    void wideDistrictSheet_andEnglishHeaders_areReadToo() {
        Path xlsx = new Books()
                .sheet("district", row("code", "School year", "name"), row(330999, "2024-2025", "Test county"))
                .sheet("schools", row("id", "name", "primary students", "teachers.primary.fullTime"),
                        row(3133001234L, "No. 1 Primary", 900, 50))
                .xlsx(dir.resolve("wide.xlsx"));

        District d = SheetFacts.read(xlsx).get(0);

        assertThat(d.code()).isEqualTo("330999");
        assertThat(d.name()).isEqualTo("Test county");
        assertThat(d.schools().get(0).id()).isEqualTo("3133001234");
        assertThat(d.schools().get(0).enrolment().primary()).isEqualTo(900);
        assertThat(d.schools().get(0).teachers().primary().fullTime()).isEqualTo(50);
    }

    @Test
    void olderXlsWorkbooks_areReadAlike() {
        Path xls = new Books()
                .sheet("区县", Books.district("330999", "2024-2025"))
                .sheet("学校", row("学校标识码", "办学类型", "小学在校生数"), row("S1", "小学", 120))
                .xlsx(dir.resolve("old.xls"));

        District d = SheetFacts.read(xls).get(0);

        assertThat(d.schools()).singleElement().satisfies(s -> {
            assertThat(s.type()).isEqualTo(SchoolType.PRIMARY);
            assertThat(s.enrolment().primary()).isEqualTo(120);
        });
    }

    @Test
    void titleRowsAboveTheHeader_arePassedOver() {
        Path xlsx = new Books()
                .sheet("区县", row("测试县基本情况"), row(), row("项目", "填报值"), row("行政区划代码", "330999"))
                .sheet("学校", row("测试县学校情况统计表（2024学年）"), row("填表单位：测试县教育局"),
                        row("学校标识码", "小学在校生数"), row("S1", 120))
                .xlsx(dir.resolve("titled.xlsx"));

        District d = SheetFacts.read(xlsx).get(0);

        assertThat(d.code()).isEqualTo("330999");
        assertThat(d.schools()).singleElement().satisfies(s -> assertThat(s.enrolment().primary()).isEqualTo(120));
    }

    @Test
    void template_fromAFileOfSeveralDistricts_isRefused() throws IOException {
        Path two = dir.resolve("two.json");
        Files.writeString(two, "[" + Files.readString(RoundTripTest.SMALL) + "," + Files.readString(RoundTripTest.REALISTIC) + "]");

        FactsException e = catchThrowableOfType(FactsException.class,
                () -> WorkbookTemplate.of("QB2017", Locale.ENGLISH).prefilled(two));

        assertThat(e.problems()).map(FactProblem::toString)
                .containsExactly(two + ": (document): found 2 districts, expected one district: a workbook holds one");
    }

    @Test
    void workbookSavedAsCsv_readsBackToTheSample_evenInGbk() throws IOException {
        Path xlsx = dir.resolve("county.xlsx");
        WorkbookTemplate.of("QB2017", Locale.SIMPLIFIED_CHINESE).prefilled(RoundTripTest.REALISTIC).write(xlsx);
        Path district = saveAsCsv(xlsx, "330998-", Charset.forName("GBK"));

        assertThat(district.getFileName().toString()).isEqualTo("330998-district.csv");
        assertThat(SheetFacts.read(district)).isEqualTo(FactsReader.read(RoundTripTest.REALISTIC));
    }

    /** What "save as CSV" gives for each sheet: the district sheet as PREFIXdistrict.csv, the others by name. */
    private Path saveAsCsv(Path xlsx, String prefix, Charset charset) throws IOException {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        Path district = null;
        try (Workbook wb = WorkbookFactory.create(xlsx.toFile())) {
            for (Sheet sheet : wb) {
                String sheetName = sheet.getSheetName();
                if (sheetName.equals("说明") || sheetName.startsWith("_")) {
                    continue;   // the notes and the hidden lists of choices are not data
                }
                String name = sheetName.equals("区县") ? "district" : sheetName.equals("学校") ? "schools" : sheetName;
                StringBuilder b = new StringBuilder();
                for (Row row : sheet) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        String v = row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c));
                        b.append(c > 0 ? "," : "").append(v.contains(",") ? "\"" + v + "\"" : v);
                    }
                    b.append("\r\n");
                }
                Path file = dir.resolve(prefix + name + ".csv");
                Files.write(file, b.toString().getBytes(charset));
                if (name.equals("district")) {
                    district = file;
                }
            }
        }
        return district;
    }

    @Test
    void utf8CsvWithByteOrderMark_isRead() throws IOException {
        Files.writeString(dir.resolve("district.csv"), "\uFEFF字段,填报值\r\ncode,330999\r\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("学校.csv"), "学校标识码,小学在校生数\r\nS1,12\r\n", StandardCharsets.UTF_8);

        District d = SheetFacts.read(dir.resolve("district.csv")).get(0);

        assertThat(d.code()).isEqualTo("330999");
        assertThat(d.schools()).singleElement().satisfies(s -> assertThat(s.enrolment().primary()).isEqualTo(12));
    }
}
