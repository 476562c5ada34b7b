package io.dudao.rules.bb2012;

import static org.assertj.core.api.Assertions.assertThat;

import io.dudao.api.EvaluationReport;
import io.dudao.api.Evaluator;
import io.dudao.api.FactsReader;
import io.dudao.api.Indicator;
import io.dudao.api.IndicatorResult;
import io.dudao.api.ReportJson;
import io.dudao.api.ReportText;
import io.dudao.api.Verdict;
import io.dudao.facts.District;
import io.dudao.rules.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * BB2012 beyond what a scenario file states: with QB2017 in one evaluation, explanations of every result,
 * determinism, and properties that hold for any district (single CVs never FAIL, missing data is never PASS,
 * the composite is the mean of the eight).
 */
class Bb2012EvaluationTest {

    private static final Path COUNTY = Path.of("src/test/scenarios/BB2012/facts/county.json");
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Locale EN = Locale.ENGLISH;
    private static final List<String> CVS = List.of("BB2012-CV1", "BB2012-CV2", "BB2012-CV3", "BB2012-CV4",
            "BB2012-CV5", "BB2012-CV6", "BB2012-CV7", "BB2012-CV8");
    private static final Pattern RAW = Pattern.compile("BB2012-|QB2017-|school:|district:|teachers\\.|enrolment\\.|\\{\\{");

    private static District county() {
        return FactsReader.read(COUNTY).get(0);
    }

    @Test
    void qb2017AndBb2012Together_giveBothSectionsForOneDistrict() {
        Evaluator both = Bb2012Fixtures.withQb2017();
        District d = county();
        EvaluationReport report = both.evaluate(d);

        assertThat(report.standards()).containsExactly("QB2017", "BB2012");
        for (Indicator i : both.indicators()) {
            assertThat(report.resultsOf(i.id())).as(i.id()).isNotEmpty();
        }
        assertThat(report.result("QB2017-RD", "district:500199")).isNotNull();
        assertThat(report.result("BB2012-CERT", "district:500199").verdict()).isEqualTo(Verdict.PASS);
        // each section is what its standard gives alone, in catalog order: QB2017 first, then BB2012
        List<IndicatorResult> qb = Fixtures.evaluator().evaluate(d).results();
        List<IndicatorResult> bb = Bb2012Fixtures.evaluator().evaluate(d).results();
        List<IndicatorResult> expected = new ArrayList<>(qb);
        expected.addAll(bb);
        assertThat(report.results()).containsExactlyElementsOf(expected);
        // the nine-year school splits differently per standard, the teaching point is left out by both
        assertThat(report.result("QB2017-R4", "school:T1/PRIMARY").verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(report.result("BB2012-SCH", "school:T1").verdict()).isEqualTo(Verdict.PASS);

        String zh = ReportText.render(both, report, ZH);
        assertThat(zh).contains("资源配置", "校际均衡状况", "评估门槛", "认定结论", "县域义务教育基本均衡认定");
        String en = ReportText.render(both, report, EN);
        assertThat(en).contains("Resource allocation", "Balance between schools", "Certification as a basic balanced county");
    }

    @Test
    void sameFacts_giveByteIdenticalJson() {
        Evaluator e = Bb2012Fixtures.withQb2017();
        String first = ReportJson.toJson(e.explanations().render(e.evaluate(county()), ZH));
        String second = ReportJson.toJson(e.explanations().render(e.evaluate(county()), ZH));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void everyResult_hasAReadableExplanationInBothLocales() {
        Evaluator e = Bb2012Fixtures.evaluator();
        List<District> districts = new ArrayList<>(randomDistricts(40, 7));
        districts.add(county());
        for (District d : districts) {
            EvaluationReport report = e.evaluate(d);
            for (Locale l : List.of(ZH, EN)) {
                for (IndicatorResult x : e.explanations().render(report, l).results()) {
                    assertReadable(x, l);
                }
            }
        }
    }

    @Test
    void anyDistrict_singleCvsNeverFail_missingDataIsNeverPass_compositeIsTheMeanOfTheEight() {
        Evaluator e = Bb2012Fixtures.evaluator();
        int composites = 0;
        for (District d : randomDistricts(300, 2012)) {
            EvaluationReport report = e.evaluate(d);
            for (IndicatorResult r : report.results()) {
                String what = d.code() + " " + r.indicator() + " " + r.subject() + " " + r.verdict();
                if (CVS.contains(r.indicator())) {
                    assertThat(r.verdict()).as(what).isNotEqualTo(Verdict.FAIL);
                    assertThat(r.threshold()).as(what).isNull();
                }
                if (r.verdict() == Verdict.PASS) {
                    assertThat(r.missing()).as(what).isEmpty();
                }
                if (r.verdict() == Verdict.INSUFFICIENT_DATA && !"no-outcome".equals(r.reason())
                        && !r.indicator().equals("BB2012-PRE") && !r.indicator().equals("BB2012-CERT")) {
                    assertThat(r.missing()).as(what).isNotEmpty();
                }
            }
            for (String stage : List.of("PRIMARY", "JUNIOR")) {
                String subject = "district:" + d.code() + "/" + stage;
                IndicatorResult c = report.result("BB2012-CVC", subject);
                List<IndicatorResult> singles = CVS.stream().map(id -> report.result(id, subject)).toList();
                if (singles.stream().allMatch(s -> s.verdict() == Verdict.PASS)) {
                    BigDecimal sum = singles.stream().map(IndicatorResult::exactValue)
                            .reduce(BigDecimal.ZERO, (a, b) -> a.add(b, MathContext.DECIMAL64));
                    assertThat(c.exactValue()).as(subject)
                            .isEqualByComparingTo(sum.divide(BigDecimal.valueOf(8), MathContext.DECIMAL64));
                    assertThat(c.verdict()).isIn(Verdict.PASS, Verdict.FAIL);
                    composites++;
                } else if (singles.stream().anyMatch(s -> s.verdict() == Verdict.INSUFFICIENT_DATA)) {
                    assertThat(c.verdict()).as(subject).isEqualTo(Verdict.INSUFFICIENT_DATA);
                } else {
                    assertThat(c.verdict()).as(subject).isEqualTo(Verdict.NOT_APPLICABLE);
                }
            }
        }
        assertThat(composites).as("composites computed").isGreaterThan(50);
    }

    @Test
    void everyTemplate_rendersWhenNoRuleDecides(@TempDir Path dir) throws IOException {
        Path rules = copyOfBundledRules(dir);
        // no rule matches its first pattern; the rules stay (the templates use the arguments they add), never firing
        try (Stream<Path> s = Files.list(rules.resolve("BB2012"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Files.writeString(p, Files.readString(p)
                        .replace("$p : SchoolPart( )", "$p : SchoolPart( schoolId == \"none\" )")
                        .replace("$g : StageGroup( )", "$g : StageGroup( districtCode == \"none\" )")
                        .replace("$d : DistrictFact( )", "$d : DistrictFact( code == \"none\" )")
                        .replace("$s : SchoolFact( ", "$s : SchoolFact( schoolId == \"none\", "));
            }
        }
        Evaluator e = Evaluator.builder().rulesDirectory(rules).standards("BB2012").build();
        EvaluationReport report = e.evaluate(county());
        assertThat(report.results()).extracting(IndicatorResult::verdict).containsOnly(Verdict.INSUFFICIENT_DATA);
        assertThat(report.results()).extracting(IndicatorResult::indicator)
                .containsAll(e.indicators().stream().map(Indicator::id).toList());
        for (Locale l : List.of(ZH, EN)) {
            for (IndicatorResult x : e.explanations().render(report, l).results()) {
                assertReadable(x, l);
                assertThat(x.explanation()).contains(l == ZH ? "评估规则未对其给出结论" : "no rule decided it");
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private static void assertReadable(IndicatorResult x, Locale l) {
        String t = x.explanation();
        String what = x.indicator() + " " + x.subject() + " " + x.verdict() + " " + l + ": " + t;
        assertThat(t).as(what).isNotBlank();
        assertThat(RAW.matcher(t).find()).as(what).isFalse();
        if (l == ZH) {
            assertThat(t).as(what).endsWith("。").doesNotContain("（）", "()", "，。", "：。", "、。", "。。", "；。", "为。", "：，");
        } else {
            assertThat(t).as(what).endsWith(".").doesNotContain("()", " .", " ,", "..", "  ", ": .", ",.", " ;");
        }
    }

    /**
     * {@code n} districts from {@code seed}: one to five schools of the kinds a county has, some values unknown,
     * some zero, some schools small, special or vocational; the government score and satisfaction around the limit.
     */
    private static List<District> randomDistricts(int n, long seed) {
        Random r = new Random(seed);
        List<District> out = new ArrayList<>();
        String[] types = {"PRIMARY", "PRIMARY", "JUNIOR", "NINE_YEAR", "TWELVE_YEAR", "COMPLETE_MIDDLE", "TEACHING_POINT"};
        for (int i = 0; i < n; i++) {
            List<String> schools = new ArrayList<>();
            int count = 1 + r.nextInt(5);
            for (int s = 0; s < count; s++) {
                String type = types[r.nextInt(types.length)];
                boolean hasPrimary = List.of("PRIMARY", "NINE_YEAR", "TWELVE_YEAR", "TEACHING_POINT").contains(type);
                boolean hasJunior = List.of("JUNIOR", "NINE_YEAR", "TWELVE_YEAR", "COMPLETE_MIDDLE").contains(type);
                boolean hasSenior = List.of("TWELVE_YEAR", "COMPLETE_MIDDLE").contains(type);
                int size = type.equals("TEACHING_POINT") ? 10 + r.nextInt(80) : 100 + r.nextInt(1500);
                int area = size * (3 + r.nextInt(6));
                List<String> fields = new ArrayList<>(List.of("\"id\":\"S" + s + "\"", "\"name\":\"随机县" + i + "学校" + s + "\"",
                        "\"type\":\"" + type + "\""));
                if (r.nextInt(12) == 0) {
                    fields.add("\"special\":true");
                } else if (r.nextInt(15) == 0) {
                    fields.add("\"vocational\":true");
                }
                fields.add("\"enrolment\":" + object(
                        hasPrimary ? maybe(r, "primary", size) : "",
                        hasJunior ? maybe(r, "junior", size / 2 + r.nextInt(size)) : "",
                        hasSenior ? "\"senior\":" + r.nextInt(size) : ""));
                fields.add("\"teachers\":" + object(
                        hasPrimary ? "\"primary\":" + teachers(r, size) : "",
                        hasJunior ? "\"junior\":" + teachers(r, size) : ""));
                fields.add(maybe(r, "areaTeachingAux", area));
                fields.add("\"areaIndoorSports\":" + r.nextInt(area / 4 + 1));
                fields.add(maybe(r, "areaSportsField", size * r.nextInt(12)));
                fields.add(maybe(r, "equipmentValue", size * (500 + r.nextInt(4000))));
                fields.add(maybe(r, "computers", r.nextInt(size / 5 + 2)));
                fields.add(maybe(r, "books", size * r.nextInt(40)));
                fields.add("\"meetsProvincialBasicStandard\":" + (r.nextInt(8) == 0 ? "null" : r.nextInt(6) > 0));
                schools.add(object(fields.toArray(String[]::new)));
            }
            String json = object("\"code\":\"" + (510000 + i) + "\"", "\"name\":\"随机县" + i + "\"",
                    "\"provinceCode\":\"51\"", "\"cityCode\":\"5101\"", "\"schoolYear\":\"2018-2019\"",
                    "\"government\":" + object(maybe(r, "basicBalanceWorkScore", 80 + r.nextInt(11))),
                    "\"surveys\":" + object(maybe(r, "publicSatisfaction", (80 + r.nextInt(11)) / 100.0)),
                    "\"schools\":[" + String.join(",", schools) + "]");
            out.add(FactsReader.parse(json, "random-" + i).get(0));
        }
        return out;
    }

    /** A JSON object of the non-empty {@code entries}. */
    private static String object(String... entries) {
        return "{" + String.join(",", Stream.of(entries).filter(e -> !e.isEmpty()).toList()) + "}";
    }

    /** {@code "name":value} or, one time in ten, nothing (unknown). */
    private static String maybe(Random r, String name, Object value) {
        return r.nextInt(10) == 0 ? "" : "\"" + name + "\":" + value;
    }

    private static String teachers(Random r, int students) {
        int fullTime = Math.max(1, students / (12 + r.nextInt(10)));
        return object(maybe(r, "fullTime", fullTime), maybe(r, "aboveRequiredQualification", r.nextInt(fullTime + 1)),
                maybe(r, "midSeniorTitle", r.nextInt(fullTime + 1)));
    }

    private static Path copyOfBundledRules(Path dir) {
        try {
            Path from = Path.of(Bb2012EvaluationTest.class.getResource("/dudao/rules/ruleset.yaml").toURI()).getParent();
            try (Stream<Path> s = Files.walk(from)) {
                for (Path p : s.toList()) {
                    Path to = dir.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(p, to);
                    }
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

}
