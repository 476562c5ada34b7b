package io.dudao.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import io.dudao.api.EvaluationReport;
import io.dudao.api.Evaluator;
import io.dudao.api.FactsReader;
import io.dudao.api.ReportJson;
import io.dudao.facts.District;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook written from a facts file reads back to the same districts, and they evaluate to the same
 * report, in both languages.
 */
class RoundTripTest {

    static final Path REALISTIC = Path.of("../examples/samples/qb2017-realistic-county.json");
    static final Path SMALL = Path.of("../examples/samples/qb2017-small-county.json");

    private static Evaluator evaluator;

    @TempDir
    Path dir;

    @BeforeAll
    static void compile() {
        evaluator = Evaluator.builder().standards("QB2017").build();
    }

    @Test
    void prefilledWorkbook_readsBackToTheSameDistrict_inChinese() {
        Path xlsx = dir.resolve("county.xlsx");
        WorkbookTemplate.of("QB2017", Locale.SIMPLIFIED_CHINESE).prefilled(REALISTIC).write(xlsx);

        List<District> fromSheet = SheetFacts.read(xlsx);
        List<District> fromJson = FactsReader.read(REALISTIC);

        assertThat(fromSheet).isEqualTo(fromJson);
        assertThat(fromSheet.get(0).schools()).hasSize(fromJson.get(0).schools().size()).hasSizeGreaterThan(20);
    }

    @Test
    void prefilledWorkbook_evaluatesToTheSameReportAsTheJsonSample() {
        for (Path sample : List.of(REALISTIC, SMALL)) {
            Path xlsx = dir.resolve(sample.getFileName() + ".xlsx");
            WorkbookTemplate.of("QB2017", Locale.ENGLISH).prefilled(sample).write(xlsx);

            EvaluationReport fromSheet = evaluator.evaluate(SheetFacts.read(xlsx).get(0));
            EvaluationReport fromJson = evaluator.evaluate(FactsReader.read(sample).get(0));

            assertThat(fromSheet.results()).isNotEmpty();
            assertThat(ReportJson.toJson(fromSheet)).isEqualTo(ReportJson.toJson(fromJson));
        }
    }

    @Test
    void toJson_givesTheFactsDocumentOfTheWorkbook() throws IOException {
        Path xlsx = dir.resolve("county.xlsx");
        WorkbookTemplate.of("QB2017", Locale.SIMPLIFIED_CHINESE).prefilled(SMALL).write(xlsx);

        String json = SheetFacts.toJson(xlsx, ColumnMapping.none());

        assertThat(json).contains("\"type\":\"小学\"", "\"code\":\"330999\"");
        assertThat(FactsReader.parse(json, "converted")).isEqualTo(FactsReader.read(SMALL));
    }

    @Test
    void template_isTitledByTheStandard() {
        assertThat(WorkbookTemplate.of("QB2017", Locale.SIMPLIFIED_CHINESE).title())
                .isEqualTo("督导评估数据采集表：县域义务教育优质均衡发展督导评估（QB2017）");
        assertThat(WorkbookTemplate.of("QB2017", Locale.ENGLISH).title())
                .startsWith("Data collection workbook: County-level");
    }
}
