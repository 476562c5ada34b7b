package io.dudao.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.dudao.api.EvaluationReport;
import io.dudao.api.Evaluator;
import io.dudao.api.Indicator;
import io.dudao.api.IndicatorResult;
import io.dudao.api.RuleProblem;
import io.dudao.api.RulesException;
import io.dudao.api.Verdict;
import io.dudao.facts.District;
import io.dudao.facts.Enrolment;
import io.dudao.facts.Location;
import io.dudao.facts.Ownership;
import io.dudao.facts.School;
import io.dudao.facts.SchoolType;
import io.dudao.facts.StageTeachers;
import io.dudao.facts.Teachers;
import io.dudao.internal.text.DefaultExplanations;
import io.dudao.rulemodel.SchoolPart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every QB2017 template renders, for every verdict of every indicator, in zh-CN and en, on real
 * evaluations of constructed counties; the text says what a county education bureau needs to know; and
 * broken templates are caught when the evaluator is built, with file and line.
 */
class ExplanationsTest {

    private static final Locale ZH = Locale.forLanguageTag("zh-CN");
    private static final Locale EN = Locale.ENGLISH;
    private static final List<Locale> LOCALES = List.of(ZH, EN);

    private static Evaluator evaluator;
    /** Every county evaluated with the bundled rules, by name. */
    private static final Map<String, EvaluationReport> REPORTS = new LinkedHashMap<>();
    private static final Set<String> NAMES = new HashSet<>();

    @BeforeAll
    static void evaluate() {
        evaluator = Evaluator.builder().standards("QB2017").build();
        for (District d : List.of(mixed(), allGood(), primaryOnly(), undecided(), nothingInScope(), noRooms(),
                specialOnly())) {
            REPORTS.put(d.name(), evaluator.evaluate(d));
        }
        // the whole of QB2017: the sample counties (every item decided; the certified one passes everything) and a
        // county that fails every government, quality, recognition, precondition and veto item
        for (Path p : List.of(Path.of("../examples/samples/qb2017-realistic-county.json"),
                Path.of("../examples/samples/qb2017-certified-county.json"),
                Path.of("src/test/scenarios/QB2017/facts/every-item-fails-just-past-its-threshold.json"),
                Path.of("src/test/scenarios/QB2017/facts/school-without-enrolment.json"))) {
            District d = io.dudao.api.FactsReader.read(p).get(0);
            REPORTS.put(d.name(), evaluator.evaluate(d));
            // names and documents the facts give, which English text quotes as they are
            NAMES.add(d.name());
            d.schools().forEach(x -> NAMES.add(x.name()));
            d.evidence().values().stream().map(e -> e.reference()).filter(x -> x != null).forEach(NAMES::add);
            d.vetoes().values().stream().map(e -> e.reference()).filter(x -> x != null).forEach(NAMES::add);
            if (d.quality() != null && d.quality().monitoring() != null) {
                d.quality().monitoring().forEach(m -> NAMES.add(m.subject()));
            }
        }
    }

    // ---------------------------------------------------------------- counties

    /** Fails: RA by count (P2), RA passes with a miss (P3), an undecided RA (P4), out of scope (P5, P6, V1), a junior stage whose CVs fail (J2–J4). */
    static District mixed() {
        return county("330901", "示范县",
                school("P1", "示范县城关第一小学").primary(1200),
                school("P2", "示范县城关第二小学").primary(900).area(0.68).sports(0.6),
                school("P3", "示范县东湖小学").primary(600).sports(0.6),
                school("P4", "示范县石塘乡中心小学").primary(300).rural().without("pe"),
                school("P5", "示范县特殊教育学校").primary(80).special(),
                school("P6", "示范县岭下教学点").type(SchoolType.TEACHING_POINT).primary(30).rural(),
                school("N1", "示范县桃源九年一贯制学校").type(SchoolType.NINE_YEAR).primary(400).junior(300).rural(),
                school("J1", "示范县实验初级中学").type(SchoolType.JUNIOR).junior(1000),
                school("J2", "示范县山区初级中学").type(SchoolType.JUNIOR).junior(600).rural().quality(0.15),
                school("J3", "示范县溪口初级中学").type(SchoolType.JUNIOR).junior(300).rural().quality(0.5),
                school("J4", "示范县石塘初级中学").type(SchoolType.JUNIOR).junior(300).rural().quality(0.6),
                school("V1", "示范县职业中学").type(SchoolType.JUNIOR).junior(500).vocational());
    }

    static District allGood() {
        return county("330902", "达标县",
                school("P1", "达标县实验小学").primary(1000),
                school("P2", "达标县城南小学").primary(700).quality(0.9),
                school("J1", "达标县实验初级中学").type(SchoolType.JUNIOR).junior(800));
    }

    static District primaryOnly() {
        return county("330903", "小学县", school("P1", "小学县第一小学").primary(800),
                school("P2", "小学县第二小学").primary(500));
    }

    /** No FAIL anywhere, but P2 lacks its equipment value and J2 reports no junior students. */
    static District undecided() {
        return county("330904", "待补县",
                school("P1", "待补县第一小学").primary(800),
                school("P2", "待补县第二小学").primary(500).without("equipmentValue"),
                school("J1", "待补县第一初级中学").type(SchoolType.JUNIOR).junior(700),
                school("J2", "待补县第二初级中学").type(SchoolType.JUNIOR).junior(0));
    }

    static District nothingInScope() {
        return county("330905", "无校县", school("P1", "无校县特殊教育学校").primary(60).special(),
                school("P2", "无校县上庄教学点").type(SchoolType.TEACHING_POINT).primary(20).rural());
    }

    /** A special-education school only: every whole-school check of QB2017 is NOT_APPLICABLE. */
    static District specialOnly() {
        return county("330908", "特教县", school("S1", "特教县特殊教育学校").primary(90).special());
    }

    /** No junior school has a multimedia room: the CV of a zero mean is undefined. */
    static District noRooms() {
        return county("330906", "无室县", school("P1", "无室县第一小学").primary(800),
                school("J1", "无室县第一初级中学").type(SchoolType.JUNIOR).junior(600).rooms(0),
                school("J2", "无室县第二初级中学").type(SchoolType.JUNIOR).junior(400).rooms(0));
    }

    // ---------------------------------------------------------------- every template, both locales

    @Test
    void everyTemplate_rendersForEveryVerdictOfEveryIndicator_inBothLocales() {
        Set<String> expected = new TreeSet<>();
        for (Indicator i : evaluator.indicators()) {
            i.verdicts().forEach(v -> expected.add(i.id() + "." + v));
        }
        Set<String> rendered = new TreeSet<>();
        for (EvaluationReport report : REPORTS.values()) {
            for (Locale l : LOCALES) {
                EvaluationReport r = evaluator.explanations().render(report, l);
                for (IndicatorResult x : r.results()) {
                    assertReadable(x, l);
                    rendered.add(x.messageKey());
                }
            }
        }
        assertThat(rendered).containsExactlyElementsOf(expected);
    }

    @Test
    void everyTemplate_rendersWhenNoRuleDecides(@TempDir Path dir) throws IOException {
        Path rules = copyOfBundledRules(dir);
        // no rule derives a measure; the roll-ups keep their rules (whose arguments the templates use), never firing
        try (Stream<Path> s = Files.list(rules.resolve("QB2017"))) {
            for (Path p : s.filter(p -> p.toString().matches(".*QB2017-(R\\d|CV\\d).*\\.drl")).toList()) {
                Files.delete(p);
            }
        }
        // the rules of the other dimensions match no district, school or school part (their templates keep the
        // arguments the rules add)
        try (Stream<Path> s = Files.list(rules.resolve("QB2017"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".drl")).toList()) {
                String text = Files.readString(p);
                for (String[] fact : new String[][] {{"DistrictFact", "code"}, {"SchoolFact", "schoolId"},
                        {"SchoolPart", "schoolId"}}) {
                    text = text.replace(fact[0] + "( )", fact[0] + "( " + fact[1] + " == \"none\" )")
                            .replace(fact[0] + "( ", fact[0] + "( " + fact[1] + " == \"none\", ");
                }
                Files.writeString(p, text);
            }
        }
        Path ra = rules.resolve("QB2017/QB2017-RA-school-resources.drl");
        Files.writeString(ra, Files.readString(ra).replace("$p : SchoolPart( )", "$p : SchoolPart( schoolId == \"none\" )"));
        Path rd = rules.resolve("QB2017/QB2017-RD-resource-allocation.drl");
        Files.writeString(rd, Files.readString(rd).replace("$d : DistrictFact( )", "$d : DistrictFact( code == \"none\" )"));
        // QB2017's templates; DUTY's and LXDD's are rendered by their scenarios and by relaxedValues_… below
        Evaluator e = Evaluator.builder().rulesDirectory(rules).standards("QB2017").build();
        EvaluationReport report = e.evaluate(mixed());
        assertThat(report.withVerdict(Verdict.INSUFFICIENT_DATA)).extracting(IndicatorResult::indicator)
                .containsAll(e.indicators().stream().map(Indicator::id).toList());
        for (Locale l : LOCALES) {
            for (IndicatorResult x : e.explanations().render(report, l).results()) {
                assertReadable(x, l);
                if (x.verdict() == Verdict.INSUFFICIENT_DATA) {
                    assertThat(x.explanation()).contains(l == ZH ? "评估规则未对其给出结论" : "no rule decided it");
                }
            }
        }
    }

    @Test
    void relaxedValues_sayHowTheyWereCounted(@TempDir Path dir) throws IOException {
        Path rules = copyOfBundledRules(dir);
        Path params = rules.resolve("QB2017/parameters.yaml");
        Files.writeString(params, Files.readString(params).replace("  - key: QB2017.relaxations\n    value: false",
                "  - key: QB2017.relaxations\n    value: true"));
        Evaluator e = Evaluator.builder().rulesDirectory(rules).standards("QB2017").build();
        District d = county("330907", "放宽县", school("P1", "放宽县城区小学").primary(900).denseCityCentre().sports(0.5),
                school("P2", "放宽县山区小学").primary(80).rural().teachers(0.5));
        EvaluationReport zh = e.explanations().render(e.evaluate(d), ZH);
        EvaluationReport en = e.explanations().render(e.evaluate(d), EN);
        assertThat(zh.result("QB2017-R5", "school:P1/PRIMARY").explanation())
                .contains("（按中心城区学校的规定，校内改造的体育活动场地和校外就近租用的体育场地计入）");
        assertThat(zh.result("QB2017-R3", "school:P2/PRIMARY").explanation())
                .contains("（按农村小规模学校和教学点的规定，交流轮岗、兼职、走教的体育艺术教师计入）");
        assertThat(en.result("QB2017-R5", "school:P1/PRIMARY").explanation())
                .contains("(under the rule for crowded city-centre schools, converted space on campus and leased venues nearby count)");
        for (EvaluationReport r : List.of(zh, en)) {
            r.results().forEach(x -> assertReadable(x, r == zh ? ZH : EN));
        }
    }

    // ---------------------------------------------------------------- what the explanations say

    private static String text(String county, Locale l, String indicator, String subject) {
        return evaluator.explanations().render(REPORTS.get(county), l).result(indicator, subject).explanation();
    }

    @Test
    void schoolFail_givesMeasureSchoolStageValueThresholdAndUnit() {
        assertThat(text("示范县", ZH, "QB2017-R4", "school:P2/PRIMARY"))
                .isEqualTo("示范县城关第二小学(小学)生均教学及辅助用房面积为4.26平方米，低于标准4.5平方米。");
        assertThat(text("示范县", EN, "QB2017-R4", "school:P2/PRIMARY")).isEqualTo("Teaching and auxiliary floor space per "
                + "student at 示范县城关第二小学 (primary): 4.26 m² per student, below the standard of 4.5.");
        assertThat(text("示范县", ZH, "QB2017-R6", "school:J2/JUNIOR"))
                .isEqualTo("示范县山区初级中学(初中)生均教学仪器设备值为450.00元，低于标准2500元。");
        assertThat(text("示范县", EN, "QB2017-R1", "school:P1/PRIMARY")).isEqualTo("Teachers above the required "
                + "qualification per 100 students at 示范县城关第一小学 (primary): 7.00 teachers per 100 students, meeting the"
                + " standard of 4.2.");
    }

    @Test
    void raFail_namesTheMissedIndicatorsWithValuesAndThresholds_andThoseBelowTheFloor() {
        String count = text("示范县", ZH, "QB2017-RA", "school:P2/PRIMARY");
        assertThat(count).isEqualTo("示范县城关第二小学(小学)资源配置未达标：7项指标中5项达到标准，要求至少6项达到标准且其余各项不低于"
                + "标准的85%。未达标的指标：生均教学及辅助用房面积为4.26平方米/生（标准4.5，为标准的94.7%）、"
                + "生均体育运动场馆面积为7.10平方米/生（标准7.5，为标准的94.7%）。");
        String floor = text("示范县", ZH, "QB2017-RA", "school:J3/JUNIOR");
        assertThat(floor).startsWith("示范县溪口初级中学(初中)资源配置未达标：7项指标中1项达到标准")
                .contains("每百名学生拥有高于规定学历教师数为3.67人/百名学生（标准5.3，为标准的69.2%）")
                .endsWith("；其中每百名学生拥有高于规定学历教师数、每百名学生拥有体育、艺术(美术、音乐)专任教师数、"
                        + "生均教学及辅助用房面积、生均体育运动场馆面积、生均教学仪器设备值、每百名学生拥有网络多媒体教室数低于标准的85%。");
        assertThat(text("示范县", EN, "QB2017-RA", "school:P2/PRIMARY")).isEqualTo("Resource allocation at 示范县城关第二小学"
                + " (primary) does not meet the standard: 5 of 7 indicators are met, where at least 6 must be met and the rest"
                + " must reach 85% of their standard. Missed: Teaching and auxiliary floor space per student 4.26 m² per"
                + " student (standard 4.5, 94.7% of it) and Sports ground and hall area per student 7.10 m² per student"
                + " (standard 7.5, 94.7% of it).");
        assertThat(text("示范县", ZH, "QB2017-RA", "school:P3/PRIMARY")).isEqualTo("示范县东湖小学(小学)资源配置达标：7项指标中6项"
                + "达到标准（要求不少于6项）；生均体育运动场馆面积为7.10平方米/生，低于标准7.5，但达到标准的94.7%，不低于85%。");
    }

    @Test
    void cvFail_namesStageCvLimit_andTheThreeSchoolsFurthestBelowTheMean() {
        String zh = text("示范县", ZH, "QB2017-CV4", "district:330901/JUNIOR");
        assertThat(zh).startsWith("示范县初中阶段生均教学及辅助用房面积校际差异系数为0.5")
                .contains("，高于标准0.45（参与计算的学校5所，按在校生数加权的均值为")
                .containsPattern("低于均值幅度最大的学校：示范县山区初级中学0\\.55（低于均值\\d+(\\.\\d)?%）、示范县溪口初级中学"
                        + "3\\.00（低于均值\\d+(\\.\\d)?%）、示范县石塘初级中学3\\.70（低于均值\\d+(\\.\\d)?%）。$");
        String en = text("示范县", EN, "QB2017-CV4", "district:330901/JUNIOR");
        assertThat(en).startsWith("Inter-school coefficient of variation: teaching and auxiliary floor space per student, "
                        + "junior secondary schools of 示范县: 0.5")
                .containsPattern("Furthest below the mean: 示范县山区初级中学 0\\.55 \\([\\d.]+% below\\), 示范县溪口初级中学 3\\.00 "
                        + "\\([\\d.]+% below\\) and 示范县石塘初级中学 3\\.70 \\([\\d.]+% below\\)\\.$");
        for (int n = 1; n <= 7; n++) {
            assertThat(REPORTS.get("示范县").result("QB2017-CV" + n, "district:330901/JUNIOR").verdict())
                    .as("CV%d junior", n).isEqualTo(Verdict.FAIL);
        }
    }

    @Test
    void insufficientData_namesTheMissingFieldsAndSchools() {
        assertThat(text("示范县", ZH, "QB2017-R3", "school:P4/PRIMARY")).isEqualTo(
                "示范县石塘乡中心小学(小学)每百名学生拥有体育、艺术(美术、音乐)专任教师数无法判定（缺少有效数据）：未填报体育专任教师(小学)。");
        assertThat(text("示范县", EN, "QB2017-R3", "school:P4/PRIMARY")).isEqualTo("PE and arts (music, fine art) "
                + "teachers per 100 students at 示范县石塘乡中心小学 (primary) cannot be decided (data missing or unusable): PE teachers"
                + " (primary) not reported.");
        assertThat(text("示范县", ZH, "QB2017-RA", "school:P4/PRIMARY")).isEqualTo("示范县石塘乡中心小学(小学)资源配置暂无法判定："
                + "每百名学生拥有体育、艺术(美术、音乐)专任教师数因数据不全无法判定，未填报体育专任教师(小学)。已有6项达到标准（要求不少于6项）。");
        assertThat(text("示范县", ZH, "QB2017-CV3", "district:330901/PRIMARY")).isEqualTo("示范县小学阶段每百名学生拥有体育、"
                + "艺术(美术、音乐)专任教师数校际差异系数无法计算（有学校缺少计算所需的数据，差异系数不能只按部分学校计算）："
                + "示范县石塘乡中心小学(小学)未填报体育专任教师(小学)。");
        assertThat(text("待补县", ZH, "QB2017-R1", "school:J2/JUNIOR"))
                .isEqualTo("待补县第二初级中学(初中)每百名学生拥有高于规定学历教师数无法判定（缺少有效数据）：在校生数(初中)为0。");
        assertThat(text("待补县", ZH, "QB2017-RD", "district:330904")).startsWith("待补县资源配置暂无法判定（部分分项指标因数据不全无法判定）：")
                .contains("待补县第二小学(小学)未填报教学仪器设备资产值").contains("待补县第二初级中学(初中)在校生数(初中)为0");
        assertThat(text("待补县", EN, "QB2017-CV6", "district:330904/PRIMARY")).isEqualTo("Inter-school coefficient of "
                + "variation: teaching equipment value per student, primary schools of 待补县, cannot be computed (a school"
                + " lacks data, and a coefficient of variation is never computed over part of the schools): 待补县第二小学"
                + " (primary): teaching equipment value not reported.");
        assertThat(text("无室县", ZH, "QB2017-CV7", "district:330906/JUNIOR"))
                .isEqualTo("无室县初中阶段每百名学生拥有网络多媒体教室数校际差异系数无法计算（各校该项指标均为0，差异系数没有意义）："
                        + "无室县第一初级中学(初中)指标值为0；无室县第二初级中学(初中)指标值为0。");
    }

    @Test
    void notApplicable_saysWhy() {
        assertThat(text("示范县", ZH, "QB2017-RA", "school:P5/PRIMARY")).endsWith("(小学)不参加学校资源配置评估：特殊教育学校不纳入资源配置评估。");
        assertThat(text("示范县", ZH, "QB2017-R1", "school:P6/PRIMARY")).endsWith("在校生少于规定人数的教学点不纳入资源配置评估。");
        assertThat(text("示范县", EN, "QB2017-R7", "school:V1/JUNIOR"))
                .endsWith(": vocational schools are outside the resource-allocation assessment.");
        assertThat(text("小学县", ZH, "QB2017-CV2", "district:330903/JUNIOR"))
                .isEqualTo("小学县初中阶段每百名学生拥有县级以上骨干教师数校际差异系数不适用：本县该学段没有纳入评估的学校。");
        assertThat(text("无校县", ZH, "QB2017-RD", "district:330905")).isEqualTo("无校县资源配置不适用：没有适用的分项评估结果。");
        assertThat(text("无校县", EN, "QB2017-RD", "district:330905"))
                .isEqualTo("Resource allocation in 无校县 does not apply: no result to roll up applies.");
    }

    @Test
    void districtFail_listsWhatFailed_andPassSaysAllPass() {
        assertThat(text("示范县", ZH, "QB2017-RD", "district:330901")).startsWith("示范县资源配置未达到要求：")
                .contains("未达标的有：").contains("学校资源配置达标(至少6项达标且余项不低于85%)4项（示范县山区初级中学(初中)、"
                        + "示范县溪口初级中学(初中)、示范县石塘初级中学(初中)、示范县城关第二小学(小学)）")
                .contains("生均教学及辅助用房面积校际差异系数1项（示范县初中阶段0.5");
        assertThat(text("达标县", ZH, "QB2017-RD", "district:330902"))
                .isEqualTo("达标县资源配置达到要求：17项评估结果（各校资源配置和各学段校际差异系数）全部达标。");
    }

    // ---------------------------------------------------------------- the declaration of arguments

    @Test
    void resultArguments_areTheOnesDeclaredForTheirShape() {
        DefaultExplanations x = (DefaultExplanations) evaluator.explanations();
        for (EvaluationReport r : REPORTS.values()) {
            for (IndicatorResult res : r.results()) {
                Map<String, Boolean> declared = x.arguments(res.indicator(), res.verdict());
                assertThat(declared.keySet()).as("%s %s %s", res.indicator(), res.subject(), res.verdict())
                        .containsAll(res.arguments().keySet());
                declared.forEach((name, always) -> {
                    if (always) {
                        assertThat(res.arguments()).as("%s %s has %s", res.indicator(), res.subject(), name).containsKey(name);
                    }
                });
            }
        }
    }

    @Test
    void everyFieldAResultCanMiss_hasALabelInBothLocales() throws IOException {
        Path dir = bundledRules().resolve("QB2017");
        for (String file : List.of("messages_zh_CN.properties", "messages_en.properties")) {
            String text = Files.readString(dir.resolve(file));
            List<String> fields = new ArrayList<>(SchoolPart.SCHOOL_FIELDS);
            for (String stage : List.of("primary", "junior")) {
                SchoolPart.STAGE_FIELDS.forEach(f -> fields.add("teachers." + stage + f.substring("teachers".length())));
                fields.add("enrolment." + stage);
            }
            fields.add("total-enrolment");
            for (String f : fields) {
                assertThat(text).as(file).contains("\ncommon.field." + f + "=");
            }
        }
    }

    // ---------------------------------------------------------------- broken templates fail the build

    @Test
    void missingTemplate_andUnresolvedPlaceholder_failTheBuild_withFileAndLine(@TempDir Path dir) throws IOException {
        Path rules = copyOfBundledRules(dir);
        Path zh = rules.resolve("QB2017/messages_zh_CN.properties");
        Path en = rules.resolve("QB2017/messages_en.properties");
        int cv7 = lineOf(zh, "QB2017-CV7.FAIL=");
        List<String> lines = new ArrayList<>(Files.readAllLines(zh));
        // QB2017-CV7.FAIL spans three lines (continuations)
        lines.subList(cv7 - 1, cv7 + 2).clear();
        Files.write(zh, lines);
        Files.writeString(en, Files.readString(en).replace("QB2017-R4.FAIL={{indicatorName}} at {{subjectName}}: {{value}}",
                "QB2017-R4.FAIL={{indicatorName}} at {{subjectName}}: {{valeu}}"));
        int r4 = lineOf(en, "QB2017-R4.FAIL=");
        try {
            Evaluator.builder().rulesDirectory(rules).build();
            fail("the rule set built");
        } catch (RulesException e) {
            assertThat(e.code()).isEqualTo("rules.invalid");
            assertThat(e.problems()).extracting(RuleProblem::toString).containsExactlyInAnyOrder(
                    "QB2017/messages_zh_CN.properties:" + lineOf(zh, "QB2017-CV7.PASS=") + ":1: no template QB2017-CV7.FAIL:"
                            + " QB2017-CV7 needs one for each verdict it can produce (its catalog entry lists FAIL)",
                    "QB2017/messages_en.properties:" + r4 + ":" + ("QB2017-R4.FAIL={{indicatorName}} at {{subjectName}}: ".length() + 1)
                            + ": QB2017-R4.FAIL: {{valeu}} is not an argument of a FAIL result of QB2017-R4 (a school part"
                            + " judged against a threshold); it can use " + String.join(", ", new TreeSet<>(List.of(
                            "clause", "districtCode", "districtName", "indicator", "indicatorName", "note", "noteText",
                            "operator", "school", "stage", "stageName", "subject", "subjectName", "threshold",
                            "thresholdPercent", "unit", "value", "valuePercent", "verdict", "verdictName"))));
        }
    }

    // ---------------------------------------------------------------- helpers

    private static final Pattern RAW = Pattern.compile("QB2017-|school:|district:|teachers\\.|enrolment\\.|relaxation:"
            + "|\\{\\{|}}|null|common\\.|(?<![a-z])(missing-input|cv-[a-z-]+|empty-stage|undecided-children"
            + "|no-applicable-children|no-outcome|special-school|vocational-school|small-teaching-point)(?![a-z])");

    /** Text a bureau can paste: no raw codes, no gaps, no doubled punctuation; the locale's sentence end. */
    private static void assertReadable(IndicatorResult x, Locale l) {
        String t = x.explanation();
        String what = x.indicator() + " " + x.subject() + " " + x.verdict() + " " + l + ": " + t;
        assertThat(t).as(what).isNotBlank();
        assertThat(RAW.matcher(t).find()).as(what).isFalse();
        if (l == ZH) {
            assertThat(t).as(what).endsWith("。").doesNotContain("（）", "()", "，。", "：。", "、。", "。。", "；。", "为。", "：，")
                    .doesNotContainPattern("[A-Za-z]{2,}");
        } else {
            assertThat(t).as(what).endsWith(".").doesNotContain("()", " .", " ,", "..", "  ", ": .", ",.", " ;")
                    .doesNotContainPattern("[\\u4e00-\\u9fff]\\(");
            String stripped = t;
            for (String n : NAMES.stream().sorted(java.util.Comparator.comparing(String::length).reversed()).toList()) {
                stripped = stripped.replace(n, "");
            }
            assertThat(stripped).as(what).doesNotContainPattern("[\\u4e00-\\u9fff]");
        }
    }

    private static int lineOf(Path file, String prefix) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i + 1;
            }
        }
        throw new AssertionError(prefix + " not in " + file);
    }

    private static Path bundledRules() {
        try {
            return Path.of(ExplanationsTest.class.getResource("/dudao/rules/ruleset.yaml").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path copyOfBundledRules(Path dir) {
        Path from = bundledRules();
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path to = dir.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static District county(String code, String name, SchoolBuilder... schools) {
        NAMES.add(name);
        List<School> list = new ArrayList<>();
        for (SchoolBuilder b : schools) {
            NAMES.add(b.name);
            list.add(b.build());
        }
        return new District(code, name, "33", "3309", "2024-2025", list, Map.of());
    }

    private static SchoolBuilder school(String id, String name) {
        return new SchoolBuilder(id, name);
    }

    /**
     * A school whose figures meet QB2017 comfortably at quality 1 (per student: 7 teachers above the required
     * qualification and 2 backbone teachers per 100, 1.2 PE and arts teachers per 100, 6.5 m² teaching space,
     * 11.5 m² sports area, 3000 元 of equipment, 3 multimedia rooms per 100), scaled by per-indicator factors.
     */
    static final class SchoolBuilder {
        final String id;
        final String name;
        SchoolType type = SchoolType.PRIMARY;
        Location location = Location.URBAN;
        boolean special;
        boolean vocational;
        boolean dense;
        Integer primary;
        Integer junior;
        double teachers = 1;
        double area = 1;
        double sports = 1;
        double equipment = 1;
        Double rooms;
        double roomsFactor = 1;
        final Set<String> without = new HashSet<>();

        SchoolBuilder(String id, String name) {
            this.id = id;
            this.name = name;
        }

        SchoolBuilder type(SchoolType t) {
            type = t;
            return this;
        }

        SchoolBuilder primary(int n) {
            primary = n;
            return this;
        }

        SchoolBuilder junior(int n) {
            junior = n;
            return this;
        }

        SchoolBuilder rural() {
            location = Location.RURAL;
            return this;
        }

        SchoolBuilder special() {
            special = true;
            return this;
        }

        SchoolBuilder vocational() {
            vocational = true;
            return this;
        }

        SchoolBuilder denseCityCentre() {
            dense = true;
            return this;
        }

        SchoolBuilder quality(double q) {
            teachers = q;
            area = q;
            sports = q;
            equipment = q;
            roomsFactor = q;
            return this;
        }

        SchoolBuilder teachers(double q) {
            teachers = q;
            return this;
        }

        SchoolBuilder area(double q) {
            area = q;
            return this;
        }

        SchoolBuilder sports(double q) {
            sports = q;
            return this;
        }

        SchoolBuilder rooms(double count) {
            rooms = count;
            return this;
        }

        SchoolBuilder without(String field) {
            without.add(field);
            return this;
        }

        private StageTeachers stage(Integer n) {
            if (n == null) {
                return null;
            }
            return new StageTeachers(Math.max(1, Math.round(n / 12f)), count(0.07 * n * teachers), count(0.02 * n * teachers),
                    without.contains("pe") ? null : count(0.006 * n * teachers), count(0.003 * n * teachers),
                    count(0.003 * n * teachers), 0, count(0.01 * n));
        }

        private static int count(double x) {
            return (int) Math.round(x);
        }

        private BigDecimal value(String field, double x) {
            return without.contains(field) ? null : BigDecimal.valueOf(Math.round(x * 100) / 100.0);
        }

        School build() {
            int total = (primary == null ? 0 : primary) + (junior == null ? 0 : junior);
            int basis = Math.max(total, 1);
            return new School(id, name, type, Ownership.PUBLIC, location, special, vocational,
                    new Enrolment(primary, junior, null), new Teachers(stage(primary), stage(junior)),
                    value("areaTeachingAux", 7 * basis * area), value("areaIndoorSports", 0.5 * basis),
                    value("areaSportsField", 11 * basis * sports), value("equipmentValue", 3000 * basis * equipment),
                    value("multimediaClassrooms", rooms != null ? rooms : Math.ceil(0.03 * basis * roomsFactor)),
                    value("areaOtherSportsOnCampus", 2.0 * basis), value("areaLeasedOffCampus", 2.0 * basis), dense,
                    Map.of());
        }
    }
}
