package io.dudao.internal.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import io.dudao.api.EvaluationReport;
import io.dudao.api.Evaluator;
import io.dudao.api.IndicatorResult;
import io.dudao.api.RuleProblem;
import io.dudao.api.RulesException;
import io.dudao.api.Verdict;
import io.dudao.facts.District;
import io.dudao.facts.Location;
import io.dudao.facts.Ownership;
import io.dudao.facts.SchoolType;
import io.dudao.facts.Stage;
import io.dudao.internal.engine.RuleSetFixtures;
import io.dudao.rulemodel.Exclusion;
import io.dudao.rulemodel.Param;
import io.dudao.rulemodel.Quantity;
import io.dudao.rulemodel.SchoolPart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.drools.decisiontable.parser.csv.CsvLineParser;
import org.drools.model.codegen.ExecutableModelProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;

/**
 * Decision tables ({@code *.drl.csv}, {@code *.drl.xlsx}) in a standard's folder: compiled with the standard,
 * their errors reported by sheet, row and column, spreadsheets under other names reported, and the bundled
 * QB2017 scope table excluding exactly the school parts that the DRL rules it replaced excluded.
 */
class DecisionTableTest {

    private static final String FILE = "T1/T1-D-district.drl.csv";

    /**
     * T1-D does not apply in pilot districts: rows 9 and 10. Row 9 is a city list of province 10, row 10 all
     * of province 20. The consequence adds the year the pilot began.
     */
    private static final String TABLE = """
            RuleSet,dudao.rules.t1
            Import,io.dudao.rulemodel.*
            ,
            RuleTable T1-D district
            METADATA,CONDITION,CONDITION,ACTION
            ,$d : DistrictFact...,$d : DistrictFact...,
            "indicator(""$param"")",provinceCode == "$param",cityCode in ($param),"insert( Outcome.notApplicable( ""T1-D"", $d.subject(), ""$1"" ).with( ""pilotSince"", $2 ) );"
            指标 indicator,省 province,市 cities,"不适用原因, 试点年份 reason, pilot since"
            T1-D,10,\"""1000"", ""1001\""","city-pilot, 2025"
            T1-D,20,,"province-pilot, 2024"
            """;

    /** The cities cell of row 9 as the CSV file has it: {@code "1000", "1001"}. */
    private static final String CITIES = "\"\"\"1000\"\", \"\"1001\"\"\"";

    private static Path ruleSet(Path dir, String table) throws IOException {
        Path rules = RuleSetFixtures.copy("basic", dir);
        Files.writeString(rules.resolve(FILE), table);
        return rules;
    }

    private static List<RuleProblem> problems(Path rules) {
        try {
            Evaluator.builder().rulesDirectory(rules).build();
        } catch (RulesException e) {
            assertThat(e.code()).isEqualTo("rules.invalid");
            return e.problems();
        }
        throw new AssertionError("the rule set built");
    }

    private static District district(String province, String city) {
        return new District("100001", "测试县", province, city, "2024-2025",
                List.of(RuleSetFixtures.primary("A", "2250", 500)), Map.of());
    }

    @Test
    void tableInAStandardFolder_isCompiledWithTheStandard(@TempDir Path dir) throws IOException {
        Evaluator e = Evaluator.builder().rulesDirectory(ruleSet(dir, TABLE)).build();

        IndicatorResult city = e.evaluate(district("10", "1001")).result("T1-D", "district:100001");
        assertThat(city.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(city.reason()).isEqualTo("city-pilot");
        assertThat(city.rules()).containsExactly("T1-D district_9");
        assertThat(city.arguments()).containsEntry("pilotSince", 2025);

        IndicatorResult province = e.evaluate(district("20", "2000")).result("T1-D", "district:100001");
        assertThat(province.reason()).isEqualTo("province-pilot");
        assertThat(province.rules()).containsExactly("T1-D district_10");

        EvaluationReport elsewhere = e.evaluate(district("10", "1002"));
        assertThat(elsewhere.result("T1-D", "district:100001").reason()).isEqualTo("no-outcome");
        // the table's rules say @indicator("T1-D") and are named after it: the lint is content
        assertThat(e.lint()).isEmpty();
    }

    @Test
    void syntaxErrorInAConditionCell_namesFileRowAndColumn(@TempDir Path dir) throws IOException {
        Path rules = ruleSet(dir, TABLE.replace(CITIES, CITIES.replace(",", "")));

        assertThat(problems(rules)).extracting(RuleProblem::toString).containsExactly(FILE + ":9:3: "
                + "row 9, column C (市 cities): [ERR 102] mismatched input '\"1001\"' in pattern in rule \"T1-D district_9\"");
    }

    @Test
    void errorInAnActionCell_namesFileRowAndColumn(@TempDir Path dir) throws IOException {
        Path rules = ruleSet(dir, TABLE.replace("province-pilot, 2024", "province-pilot, 2024年"));

        List<RuleProblem> p = problems(rules);
        assertThat(p).isNotEmpty().allSatisfy(x -> {
            assertThat(x.file()).isEqualTo(FILE);
            assertThat(x.line()).isEqualTo(10);
            assertThat(x.column()).isEqualTo(4);
            assertThat(x.message()).startsWith("row 10, column D (不适用原因, 试点年份 reason, pilot since): ")
                    .doesNotContain("Line ");
        });
    }

    @Test
    void misspeltFieldInAColumnsCode_namesTheColumn(@TempDir Path dir) throws IOException {
        Path rules = ruleSet(dir, TABLE.replace("cityCode in ($param)", "cityCodes in ($param)"));

        assertThat(problems(rules)).isNotEmpty().allSatisfy(x -> assertThat(x.toString())
                .startsWith(FILE + ":9:3: row 9, column C (市 cities): ").contains("cityCodes"));
    }

    @Test
    void malformedTable_namesTheCell(@TempDir Path dir) throws IOException {
        Path rules = ruleSet(dir, TABLE.replace("METADATA,CONDITION,", "METADATA,KONDITION,"));

        assertThat(problems(rules)).extracting(RuleProblem::toString).containsExactly(FILE + ":5:2: row 5, column B: "
                + "Invalid column header: KONDITION, should be CONDITION, ACTION or attribute, in cell B5");
    }

    @Test
    void ruleSetRowOfAnotherPackage_orNone_isReportedAtTheTop(@TempDir Path dir) throws IOException {
        Path other = ruleSet(dir.resolve("other"), TABLE.replace("RuleSet,dudao.rules.t1", "RuleSet,dudao.rules.t2"));
        assertThat(problems(other)).extracting(RuleProblem::toString).containsExactly(FILE + ":1:2: "
                + "row 1, column B (RuleSet): declares package dudao.rules.t2, but rules of standard T1 belong to package "
                + "dudao.rules.t1");

        Path none = ruleSet(dir.resolve("none"), TABLE.replace("RuleSet,dudao.rules.t1\n", ""));
        assertThat(problems(none)).extracting(RuleProblem::toString).containsExactly(FILE + ":1:1: row 1, column A: "
                + "has no RuleSet row; the first row of a decision table of this standard is: RuleSet | dudao.rules.t1");
    }

    @Test
    void lintOfATableRule_namesItsRow(@TempDir Path dir) throws IOException {
        Evaluator e = Evaluator.builder()
                .rulesDirectory(ruleSet(dir, TABLE.replace("RuleTable T1-D district", "RuleTable District"))).build();

        assertThat(e.lint()).extracting(RuleProblem::toString).containsExactly(
                FILE + ":9:1: row 9: rule \"District_9\" serves T1-D; its name starts with the indicator id, "
                        + "e.g. \"T1-D fail: …\"",
                FILE + ":10:1: row 10: rule \"District_10\" serves T1-D; its name starts with the indicator id, "
                        + "e.g. \"T1-D fail: …\"");
    }

    @Test
    void spreadsheetNotNamedAsADecisionTable_isReportedNotSkipped(@TempDir Path dir) throws IOException {
        Path rules = RuleSetFixtures.copy("basic", dir);
        Files.writeString(rules.resolve("T1/T1-D-district.csv"), TABLE);
        Files.write(rules.resolve("T1/T1-D-limits.xlsx"), xlsx("Pilot", TABLE));

        assertThat(problems(rules)).extracting(RuleProblem::toString).containsExactly(
                "T1/T1-D-district.csv:0:0: T1-D-district.csv is not read; name decision tables *.drl.csv or *.drl.xlsx "
                        + "(e.g. T1-D-district.drl.csv)",
                "T1/T1-D-limits.xlsx:0:0: T1-D-limits.xlsx is not read; name decision tables *.drl.csv or *.drl.xlsx "
                        + "(e.g. T1-D-limits.drl.xlsx)");
    }

    @Test
    void csvThatIsNotUtf8_isReported(@TempDir Path dir) throws IOException {
        Path rules = RuleSetFixtures.copy("basic", dir);
        Files.write(rules.resolve(FILE), TABLE.getBytes(java.nio.charset.Charset.forName("GBK")));

        assertThat(problems(rules)).extracting(RuleProblem::toString).singleElement().asString()
                .startsWith(FILE + ":0:0: is not UTF-8 text");
    }

    @Test
    void xlsxTable_isCompiled_andItsErrorsNameTheSheet(@TempDir Path dir) throws IOException {
        Path rules = RuleSetFixtures.copy("basic", dir.resolve("good"));
        Files.write(rules.resolve("T1/T1-D-district.drl.xlsx"), xlsx("Pilot", TABLE));
        IndicatorResult r = Evaluator.builder().rulesDirectory(rules).build().evaluate(district("10", "1000"))
                .result("T1-D", "district:100001");
        assertThat(r.reason()).isEqualTo("city-pilot");
        assertThat(r.rules()).containsExactly("T1-D district_9");

        Path broken = RuleSetFixtures.copy("basic", dir.resolve("broken"));
        Files.write(broken.resolve("T1/T1-D-district.drl.xlsx"),
                xlsx("Pilot", TABLE.replace(CITIES, CITIES.replace(",", ""))));
        assertThat(problems(broken)).extracting(RuleProblem::toString).containsExactly("T1/T1-D-district.drl.xlsx:9:3: "
                + "sheet \"Pilot\", row 9, column C (市 cities): [ERR 102] mismatched input '\"1001\"' in pattern in rule "
                + "\"T1-D district_9\"");
    }

    // ---- the bundled QB2017 scope table ----

    /** The exclusion rules of QB2017-scope.drl before they became the table (salience 100, as there). */
    private static final String SCOPE_RULES_BEFORE = """
            package dudao.rules.qb2017;

            import io.dudao.rulemodel.*;
            import io.dudao.facts.SchoolType;

            rule "QB2017-SCOPE exclude: special-education school"
                @standard("QB2017")
                salience 100
            when
                $p : SchoolPart( special )
            then
                insert( new Exclusion( $p.subject(), "special-school" ) );
            end

            rule "QB2017-SCOPE exclude: vocational school"
                @standard("QB2017")
                salience 100
            when
                $p : SchoolPart( vocational, !special )
            then
                insert( new Exclusion( $p.subject(), "vocational-school" ) );
            end

            rule "QB2017-SCOPE exclude: teaching point below the student cut"
                @standard("QB2017")
                salience 100
            when
                Param( key == "QB2017.scope.teachingPointMinStudents", $cut : integer )
                $p : SchoolPart( schoolType == SchoolType.TEACHING_POINT, !special, !vocational,
                                 schoolStudents != null, schoolStudents < $cut )
            then
                insert( new Exclusion( $p.subject(), "small-teaching-point" ) );
            end
            """;

    private static Path bundledScopeTable() {
        Path p = Path.of(System.getProperty("basedir", "."))
                .resolve("../rules/src/main/resources/dudao/rules/QB2017/QB2017-scope.drl.csv").normalize();
        assertThat(p).as("the bundled QB2017 scope table").exists();
        return p;
    }

    private static SchoolPart part(String id, Stage stage, SchoolType type, boolean special, boolean vocational,
                                   Integer schoolStudents, Ownership ownership) {
        return new SchoolPart("school:" + id + "/" + stage, "100001", id, "学校" + id, stage, type, ownership,
                Location.RURAL, special, vocational, false, schoolStudents, schoolStudents, Quantity.of(1), Map.of(),
                Set.of(), Map.of());
    }

    private static List<SchoolPart> scopeCases() {
        List<SchoolPart> parts = new ArrayList<>();
        parts.add(part("ordinary", Stage.PRIMARY, SchoolType.PRIMARY, false, false, 300, Ownership.PUBLIC));
        parts.add(part("private", Stage.PRIMARY, SchoolType.PRIMARY, false, false, 30, Ownership.PRIVATE));
        parts.add(part("special", Stage.PRIMARY, SchoolType.PRIMARY, true, false, 80, Ownership.PUBLIC));
        parts.add(part("vocational", Stage.JUNIOR, SchoolType.JUNIOR, false, true, 400, Ownership.PUBLIC));
        parts.add(part("both", Stage.JUNIOR, SchoolType.JUNIOR, true, true, 90, Ownership.PUBLIC));
        parts.add(part("nine", Stage.PRIMARY, SchoolType.NINE_YEAR, true, false, 200, Ownership.PUBLIC));
        parts.add(part("nine", Stage.JUNIOR, SchoolType.NINE_YEAR, true, false, 200, Ownership.PUBLIC));
        parts.add(part("tp49", Stage.PRIMARY, SchoolType.TEACHING_POINT, false, false, 49, Ownership.PUBLIC));
        parts.add(part("tp50", Stage.PRIMARY, SchoolType.TEACHING_POINT, false, false, 50, Ownership.PUBLIC));
        parts.add(part("tpUnknown", Stage.PRIMARY, SchoolType.TEACHING_POINT, false, false, null, Ownership.PUBLIC));
        parts.add(part("tpSpecial", Stage.PRIMARY, SchoolType.TEACHING_POINT, true, false, 10, Ownership.PUBLIC));
        parts.add(part("tpVocational", Stage.PRIMARY, SchoolType.TEACHING_POINT, false, true, 10, Ownership.PUBLIC));
        parts.add(part("small", Stage.PRIMARY, SchoolType.PRIMARY, false, false, 12, Ownership.PUBLIC));
        return parts;
    }

    /** The exclusions that {@code drl} inserts for {@link #scopeCases()}: subject → reasons. */
    private static Map<String, List<String>> exclusions(String drl, boolean executableModel) {
        KieServices ks = KieServices.Factory.get();
        ReleaseId id = ks.newReleaseId("io.dudao.test", "scope", "1.0.0-" + UUID.randomUUID());
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(id);
        kfs.write("src/main/resources/dudao/rules/qb2017/scope.drl", drl);
        KieBuilder builder = ks.newKieBuilder(kfs);
        if (executableModel) {
            builder.buildAll(ExecutableModelProject.class);
        } else {
            builder.buildAll();
        }
        assertThat(builder.getResults().getMessages(Message.Level.ERROR)).isEmpty();
        KieContainer container = ks.newKieContainer(id);
        KieSession session = container.newKieSession();
        try {
            session.insert(new Param("QB2017.scope.teachingPointMinStudents", null, new BigDecimal("50"), "national"));
            scopeCases().forEach(session::insert);
            session.fireAllRules();
            Map<String, List<String>> out = new TreeMap<>();
            for (Object o : session.getObjects(o -> o instanceof Exclusion)) {
                Exclusion x = (Exclusion) o;
                out.computeIfAbsent(x.subject(), k -> new ArrayList<>()).add(x.reason());
            }
            return out;
        } finally {
            session.dispose();
            container.dispose();
            ks.getRepository().removeKieModule(id);
        }
    }

    @Test
    void bundledScopeTable_excludesTheSamePartsForTheSameReasonsAsTheRulesItReplaced() throws IOException {
        DecisionTables.Converted table = DecisionTables.convert("QB2017/QB2017-scope.drl.csv",
                Files.readAllBytes(bundledScopeTable()), "dudao.rules.qb2017");
        assertThat(table.problems()).isEmpty();
        // one rule per row, named by the lint's convention, with the scope rules' salience
        assertThat(table.drl()).contains("rule \"QB2017-SCOPE exclude_12\"", "rule \"QB2017-SCOPE exclude_13\"",
                "rule \"QB2017-SCOPE exclude_14\"").doesNotContain("exclude_15");
        assertThat(table.drl().split("@standard\\(\"QB2017\"\\)", -1)).hasSize(4);
        assertThat(table.drl().split("salience 100", -1)).hasSize(4);

        Map<String, List<String>> expected = new TreeMap<>(Map.of(
                "school:special/PRIMARY", List.of("special-school"),
                "school:vocational/JUNIOR", List.of("vocational-school"),
                "school:both/JUNIOR", List.of("special-school"),
                "school:nine/PRIMARY", List.of("special-school"),
                "school:nine/JUNIOR", List.of("special-school"),
                "school:tp49/PRIMARY", List.of("small-teaching-point"),
                "school:tpSpecial/PRIMARY", List.of("special-school"),
                "school:tpVocational/PRIMARY", List.of("vocational-school")));
        for (boolean executableModel : List.of(true, false)) {
            assertThat(exclusions(SCOPE_RULES_BEFORE, executableModel)).as("before, executable model " + executableModel)
                    .isEqualTo(expected);
            assertThat(exclusions(table.drl(), executableModel)).as("the table, executable model " + executableModel)
                    .isEqualTo(expected);
        }
    }

    // ---- helpers ----

    /**
     * {@code csv} as a workbook whose first sheet is {@code sheet}: each cell a text cell, and a run of cells
     * ending in {@code ...} (CSV's way of merging) one merged cell.
     */
    private static byte[] xlsx(String sheet, String csv) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet(sheet);
            wb.createSheet("Notes").createRow(0).createCell(0).setCellValue("not read: only the first sheet is");
            CsvLineParser parser = new CsvLineParser();
            String[] lines = csv.split("\n");
            for (int r = 0; r < lines.length; r++) {
                Row row = s.createRow(r);
                List<String> cells = parser.parse(lines[r]);
                int mergeStart = -1;
                for (int c = 0; c < cells.size(); c++) {
                    String v = cells.get(c);
                    boolean merged = v.endsWith("...");
                    if (merged) {
                        v = v.substring(0, v.length() - 3);
                        mergeStart = mergeStart < 0 ? c : mergeStart;
                    } else if (mergeStart >= 0) {
                        s.addMergedRegion(new CellRangeAddress(r, r, mergeStart, c - 1));
                        mergeStart = -1;
                    }
                    if (merged && mergeStart < c) {
                        row.createCell(c); // a merged region's other cells exist, blank, as Excel writes them
                    } else if (!v.isEmpty()) {
                        row.createCell(c).setCellValue(v);
                    }
                }
                if (mergeStart >= 0) {
                    s.addMergedRegion(new CellRangeAddress(r, r, mergeStart, cells.size() - 1));
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
