package io.dudao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dudao.api.Evaluator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dudao template}, and {@code evaluate}/{@code batch} reading workbooks, black-box. */
class SpreadsheetCommandsTest {

    private static final Map<List<Object>, Evaluator> COMPILED = new ConcurrentHashMap<>();
    private static final EvaluatorFactory REUSING = (directory, standards) -> COMPILED.computeIfAbsent(
            List.of(String.valueOf(directory), standards),
            key -> EvaluatorFactory.compiling().evaluator(directory, standards));
    private static final String SMALL = Path.of("../examples/samples/qb2017-small-county.json").toString();

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run dudao(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = new CommandLine(new DudaoCommand(REUSING))
                .setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    @Test
    void template_filledFromTheSample_evaluatesToTheSameJsonReport() {
        Path xlsx = dir.resolve("small.xlsx");

        Run template = dudao("template", "--standard", "QB2017", "--from", SMALL, "--output", xlsx.toString());
        Run fromSheet = dudao("evaluate", "--format", "json", xlsx.toString());
        Run fromJson = dudao("evaluate", "--format", "json", SMALL);

        assertThat(template.exitCode()).as(template.err()).isZero();
        assertThat(template.err()).contains("wrote " + xlsx);
        assertThat(fromSheet.exitCode()).as(fromSheet.err()).isZero();
        assertThat(fromSheet.out()).contains("\"QB2017-RA\"").isEqualTo(fromJson.out());
    }

    @Test
    void template_inEnglish_hasEnglishSheetsAndDropDowns() throws IOException {
        Path xlsx = dir.resolve("en.xlsx");

        Run run = dudao("template", "--locale", "en", "--output", xlsx.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (Workbook wb = WorkbookFactory.create(xlsx.toFile())) {
            assertThat(wb).extracting(Sheet::getSheetName).startsWith("notes", "district", "schools").endsWith("_lists");
            Sheet schools = wb.getSheet("schools");
            assertThat(schools.getRow(0).getCell(0).getStringCellValue()).isEqualTo("id");
            assertThat(schools.getDataValidations()).extracting(v -> v.getValidationConstraint().getFormula1())
                    .isNotEmpty().allMatch(f -> f.startsWith("'_lists'!"));
            assertThat(wb.isSheetHidden(wb.getSheetIndex("_lists"))).isTrue();
        }
    }

    @Test
    void template_ofAnUnknownStandard_isAUsageError() {
        Run run = dudao("template", "--standard", "XX2099", "--output", dir.resolve("x.xlsx").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("standard XX2099: not bundled; expected one of QB2017");
    }

    @Test
    void evaluate_brokenWorkbook_exitsWith4_namingSheetRowAndColumn() throws IOException {
        Path xlsx = dir.resolve("broken.xlsx");
        Run template = dudao("template", "--from", SMALL, "--output", xlsx.toString());
        assertThat(template.exitCode()).as(template.err()).isZero();
        try (Workbook wb = WorkbookFactory.create(xlsx.toFile())) {
            wb.getSheet("学校").getRow(2).getCell(2).setCellValue("大学");
            wb.getSheet("学校").getRow(3).getCell(0).setBlank();
            try (OutputStream out = Files.newOutputStream(dir.resolve("broken2.xlsx"))) {
                wb.write(out);
            }
        }

        Run run = dudao("evaluate", dir.resolve("broken2.xlsx").toString());

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).contains("dudao: facts.invalid: 2 problems in the facts:",
                "broken2.xlsx: sheet 学校, row 3, column C 办学类型 (schools[1].type): found \"大学\"",
                "broken2.xlsx: sheet 学校, row 4, column A 学校标识码 (schools[2].id): missing");
    }

    @Test
    void evaluate_withABadMappingFile_exitsWith4() throws IOException {
        Path mapping = Files.writeString(dir.resolve("m.yaml"), "schools:\n  columns:\n    代码: code\n");

        Run run = dudao("evaluate", "--mapping", mapping.toString(), SMALL);

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).contains("m.yaml: schools.columns[\"代码\"]: found \"code\", expected a field path of "
                + "sheet schools");
    }

    @Test
    void batch_readsWorkbooksInADirectory() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        assertThat(dudao("template", "--from", SMALL, "--output", in.resolve("330999.xlsx").toString()).exitCode())
                .isZero();
        Files.writeString(in.resolve("notes.txt"), "not facts");

        Run run = dudao("batch", in.toString(), "--output-dir", dir.resolve("out").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(dir.resolve("out/330999.json")).exists();
        assertThat(run.err()).contains("1 districts evaluated");
    }
}
