package io.dudao.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.dudao.api.DudaoException;
import io.dudao.api.EvaluationReport;
import io.dudao.api.Evaluator;
import io.dudao.api.EvaluatorBuilder;
import io.dudao.api.FactsReader;
import io.dudao.api.IndicatorResult;
import io.dudao.api.ReloadingEvaluator;
import io.dudao.api.ReportJson;
import io.dudao.api.RuleProblem;
import io.dudao.api.RulesException;
import io.dudao.api.Verdict;
import io.dudao.api.scenario.Coverage;
import io.dudao.api.scenario.ScenarioResult;
import io.dudao.api.scenario.ScenarioRunner;
import io.dudao.api.scenario.SuiteResult;
import io.dudao.facts.District;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Performs AUTHORING.md as written, one dynamic test per marked block, in the order of the document:
 * <ul>
 *   <li>{@code <!-- file: PATH -->}: the block is the file at PATH (from the repository root), byte for byte;</li>
 *   <li>{@code <!-- run: ID -->}: the shell block is run, command by command ({@code mkdir -p}, {@code cp [-r]},
 *       {@code cat … >>}, assignments and {@code ./dudao check|test|evaluate}, the last through the API the
 *       command uses), in a temporary folder standing for {@code $W}; then the claims the text makes about that
 *       step are checked;</li>
 *   <li>{@code <!-- output: ID -->}: the output the text shows is what the step gives;</li>
 *   <li>{@code <!-- code: ID -->}: the Java block is the region {@code tutorial:ID} of this file, which runs.</li>
 * </ul>
 * Every marker must have a check here and every check a marker, so neither side can gain or lose a step alone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthoringTutorialTest {

    private static final Pattern MARKER = Pattern.compile("<!-- (file|run|output|code): (\\S+) -->");

    @TempDir
    Path w;
    private final Path root = repositoryRoot();
    private final Map<String, String> vars = new LinkedHashMap<>();
    /** What the last {@code ./dudao} command of each kind gave. */
    private EvaluationReport lastReport;
    private Evaluator lastEvaluator;
    private List<String> lastCheckOutput;
    private SuiteResult lastSuite;
    private final List<AutoCloseable> closeables = new ArrayList<>();

    @AfterAll
    void close() throws Exception {
        for (AutoCloseable c : closeables) {
            c.close();
        }
    }

    @TestFactory
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    Stream<DynamicTest> authoringMd_worksAsWritten() throws IOException {
        String doc = Files.readString(root.resolve("AUTHORING.md"), StandardCharsets.UTF_8);
        Map<String, Consumer<String>> runs = runChecks();
        Map<String, Consumer<String>> outputs = outputChecks();
        Map<String, Consumer<String>> code = codeChecks();
        Set<String> used = new LinkedHashSet<>();
        List<DynamicTest> tests = new ArrayList<>();
        Matcher m = MARKER.matcher(doc);
        while (m.find()) {
            String kind = m.group(1);
            String id = m.group(2);
            String block = fencedBlockAfter(doc, m.end());
            String name = kind + ": " + id;
            switch (kind) {
                case "file" -> tests.add(DynamicTest.dynamicTest(name, () ->
                        assertThat(block).as("the block of AUTHORING.md showing %s", id)
                                .isEqualTo(Files.readString(root.resolve(id), StandardCharsets.UTF_8))));
                case "run" -> {
                    Consumer<String> check = runs.get(id);
                    used.add("run:" + id);
                    tests.add(DynamicTest.dynamicTest(name, () -> {
                        assertThat(check).as("a check of the step 'run: %s'", id).isNotNull();
                        run(block);
                        check.accept(block);
                    }));
                }
                case "output" -> {
                    Consumer<String> check = outputs.get(id);
                    used.add("output:" + id);
                    tests.add(DynamicTest.dynamicTest(name, () -> {
                        assertThat(check).as("a check of 'output: %s'", id).isNotNull();
                        check.accept(block);
                    }));
                }
                case "code" -> {
                    Consumer<String> check = code.get(id);
                    used.add("code:" + id);
                    tests.add(DynamicTest.dynamicTest(name, () -> {
                        assertThat(check).as("a check of 'code: %s'", id).isNotNull();
                        check.accept(block);
                    }));
                }
                default -> throw new IllegalStateException(kind);
            }
        }
        Set<String> all = new LinkedHashSet<>();
        runs.keySet().forEach(k -> all.add("run:" + k));
        outputs.keySet().forEach(k -> all.add("output:" + k));
        code.keySet().forEach(k -> all.add("code:" + k));
        tests.add(DynamicTest.dynamicTest("every check has its step in AUTHORING.md", () ->
                assertThat(used).containsExactlyInAnyOrderElementsOf(all)));
        return tests.stream();
    }

    // ---- the claims of each step --------------------------------------------------------------------

    private Map<String, Consumer<String>> runChecks() {
        Map<String, Consumer<String>> c = new LinkedHashMap<>();
        c.put("setup", block -> assertThat(w).isDirectory());
        c.put("overlay", block -> {
            EvaluationReport r = lastReport;
            assertThat(r.parameters().layers()).containsExactly("national", "province:33");
            IndicatorResult cc01 = r.result("QB2017-R4", "school:CC01/PRIMARY");
            assertThat(cc01.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(cc01.value()).isEqualByComparingTo("5.03");
            assertThat(cc01.threshold()).isEqualByComparingTo("5.1");
            assertThat(cc01.thresholdSource()).isEqualTo("province:33");
            assertThat(r.result("QB2017-R4", "school:CC03/PRIMARY").verdict()).isEqualTo(Verdict.PASS);
            assertThat(r.result("QB2017-R4", "school:CC03/PRIMARY").value()).isEqualByComparingTo("5.12");
            assertThat(r.result("QB2017-R4", "school:CC04/PRIMARY").verdict()).isEqualTo(Verdict.FAIL);
            assertThat(r.result("QB2017-R4", "school:CC04/PRIMARY").value()).isEqualByComparingTo("5.06");
            assertThat(r.result("QB2017-R1", "school:CC04/PRIMARY").verdict()).isEqualTo(Verdict.FAIL);
            assertThat(r.result("QB2017-RA", "school:CC04/PRIMARY").verdict()).isEqualTo(Verdict.FAIL);
            IndicatorResult junior = r.result("QB2017-R4", "school:CC09/JUNIOR");
            assertThat(junior.threshold()).isEqualByComparingTo("5.8");
            assertThat(junior.thresholdSource()).isEqualTo("national");
            // section 2's example, and what the overlay changed: without it CC01 passes and CC04's RA passes
            assertThat(r.result("QB2017-R4", "school:CC02/PRIMARY").value()).isEqualByComparingTo("4.34");
            EvaluationReport national = Evaluator.builder().build().evaluate(smallCounty());
            assertThat(national.result("QB2017-R4", "school:CC01/PRIMARY").verdict()).isEqualTo(Verdict.PASS);
            assertThat(national.result("QB2017-R4", "school:CC02/PRIMARY").verdict()).isEqualTo(Verdict.FAIL);
            assertThat(national.result("QB2017-RA", "school:CC04/PRIMARY").verdict()).isEqualTo(Verdict.PASS);
            assertThat(w.resolve("report-overlay.json")).content().contains("\"province:33\"");
            // a loosening is rejected with the file, the line and both values
            Path loose = w.resolve("loose-33.yaml");
            write(loose, read(w.resolve("province-33.yaml")).replace("{PRIMARY: 5.1}", "{PRIMARY: 4.0}"));
            try {
                Evaluator.builder().overlays(loose).build();
                fail("a loosening overlay was accepted");
            } catch (RulesException e) {
                assertThat(e.problems()).extracting(RuleProblem::file, RuleProblem::line)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(loose.toString(), 9));
                assertThat(e.getMessage()).contains("4.0").contains("4.5");
            }
        });
        c.put("copy", block -> {
            assertThat(w.resolve("rules-33/QB2017/QB2017-R4-teaching-area.drl")).exists();
            assertThat(w.resolve("rules-33/ruleset.yaml")).content().contains("id: province-33");
        });
        c.put("add-rule", block -> assertThat(w.resolve("rules-33/QB2017/QB2017-P1-library-books.drl")).exists());
        c.put("add-catalog", block -> assertThat(w.resolve("rules-33/QB2017/catalog.yaml")).content()
                .endsWith(read(root.resolve("examples/authoring/rules-33-additions/QB2017/P1-catalog.yaml"))));
        c.put("add-parameters", block -> assertThat(w.resolve("rules-33/QB2017/parameters.yaml")).content()
                .endsWith(read(root.resolve("examples/authoring/rules-33-additions/QB2017/P1-parameters.yaml"))));
        c.put("add-templates", block -> {
            assertThat(w.resolve("rules-33/QB2017/messages_zh_CN.properties")).content().contains("QB2017-P1.FAIL=");
            assertThat(w.resolve("rules-33/QB2017/messages_en.properties")).content().contains("QB2017-P1.FAIL=");
        });
        c.put("check", block -> {
            assertThat(lastCheckOutput).hasSize(1);
            assertThat(lastCheckOutput.get(0)).startsWith("OK: ");
        });
        c.put("test", block -> {
            assertThat(lastSuite.scenarios()).hasSize(6).allSatisfy(s -> assertThat(s.status())
                    .as("%s: %s", s.file(), s.details()).isEqualTo(ScenarioResult.Status.PASS));
            Coverage.IndicatorCoverage p1 = lastSuite.coverage().indicators().stream()
                    .filter(i -> i.indicator().equals("QB2017-P1")).findFirst().orElseThrow();
            assertThat(p1.pass()).isEqualTo(2);
            assertThat(p1.fail()).isEqualTo(2);
            assertThat(p1.covered()).isTrue();
        });
        c.put("evaluate", block -> {
            EvaluationReport r = lastEvaluator.explanations().render(lastReport);
            assertThat(r.ruleSet().id()).isEqualTo("province-33");
            assertThat(r.ruleSet().edition()).isEqualTo("2026.1-33.1");
            assertThat(lastEvaluator.indicators().get(lastEvaluator.indicators().size() - 1).id())
                    .isEqualTo("QB2017-P1");
            List<IndicatorResult> p1 = r.results().stream().filter(x -> x.indicator().equals("QB2017-P1")).toList();
            assertThat(p1).hasSize(13);
            assertThat(p1.stream().filter(x -> x.verdict() == Verdict.INSUFFICIENT_DATA)).hasSize(12)
                    .allSatisfy(x -> assertThat(x.missing()).extracting(io.dudao.api.Missing::field)
                            .containsExactly("extra.books"));
            assertThat(r.result("QB2017-P1", "school:CC08/PRIMARY").verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
            assertThat(r.result("QB2017-P1", "school:CC01/PRIMARY").explanation())
                    .isEqualTo("澄川县实验小学(小学)生均图书无法判定（缺少有效数据）：未填报图书藏量（册）。");
            assertThat(w.resolve("report-33.json")).content().contains("\"province-33\"");
        });
        return c;
    }

    private Map<String, Consumer<String>> outputChecks() {
        Map<String, Consumer<String>> c = new LinkedHashMap<>();
        c.put("layout", block -> {
            Path bundled = root.resolve("rules/src/main/resources/dudao/rules");
            for (String line : block.lines().toList()) {
                assertThat(bundled.resolve(line.split("\\s+")[0])).as("listed in section 1").isRegularFile();
            }
        });
        c.put("check-ok", block -> assertThat(lastCheckOutput).containsExactly(block.strip()));
        c.put("check-without-english", block -> {
            // the rule set as at the end of section 4, less the English templates of step 4.5
            Path rules = w.resolve("without-english/rules-33");
            copyTree(w.resolve("rules-33"), rules);
            write(rules.resolve("QB2017/messages_en.properties"),
                    read(root.resolve("rules/src/main/resources/dudao/rules/QB2017/messages_en.properties")));
            List<String> out = check(rules, List.of(w.resolve("province-33.yaml")));
            List<String> shown = block.lines().map(l -> l.replace("$W/", w.resolve("without-english") + "/")).toList();
            assertThat(withoutLineNumbers(out)).containsExactlyElementsOf(withoutLineNumbers(shown));
        });
        c.put("test-summary", block -> assertThat(lastSuite.summary()).isEqualTo(block.strip()));
        return c;
    }

    private Map<String, Consumer<String>> codeChecks() {
        Map<String, Consumer<String>> c = new LinkedHashMap<>();
        c.put("reload", block -> {
            String source = read(root.resolve("examples/src/test/java/io/dudao/examples/AuthoringTutorialTest.java"));
            int start = source.indexOf("// tutorial:reload\n") + "// tutorial:reload\n".length();
            String region = source.substring(start,
                    source.lastIndexOf('\n', source.indexOf("// end:reload\n", start)) + 1);
            assertThat(block).as("AUTHORING.md's Java block is the region tutorial:reload of this test")
                    .isEqualTo(region.lines().map(l -> l.length() >= 8 ? l.substring(8) : l.strip())
                            .reduce("", (a, b) -> a + b + "\n"));
            reload();
        });
        return c;
    }

    /** Section 7.2: the embedding code, then the author's two edits of the overlay. */
    private void reload() {
        Path rulesDirectory = w.resolve("rules-33");
        Path provinceOverlay = w.resolve("province-33.yaml");
        District district = smallCounty();
        RecordingLog log = new RecordingLog();
        // tutorial:reload
        ReloadingEvaluator evaluator = ReloadingEvaluator.builder()
                .rulesDirectory(rulesDirectory)                 // $W/rules-33
                .overlays(provinceOverlay)                      // $W/province-33.yaml
                .listener(new ReloadingEvaluator.Listener() {
                    @Override
                    public void reloadFailed(DudaoException why) {
                        log.warn("规则未更新，继续使用上一版 / rules not updated, still using the last good ones: {}",
                                why.getMessage());
                    }
                })
                .build()
                .watch();
        EvaluationReport report = evaluator.evaluate(district);   // as before
        // end:reload
        closeables.add(evaluator);
        assertThat(report.result("QB2017-R4", "school:CC03/PRIMARY").verdict()).isEqualTo(Verdict.PASS);

        // change 5.1 to 5.2 and save: CC03 (5.12) fails against 5.2, without a restart
        write(provinceOverlay, read(provinceOverlay).replace("{PRIMARY: 5.1}", "{PRIMARY: 5.2}"));
        await(() -> evaluator.evaluate(district).result("QB2017-R4", "school:CC03/PRIMARY").verdict() == Verdict.FAIL);
        assertThat(evaluator.evaluate(district).result("QB2017-R4", "school:CC03/PRIMARY").threshold())
                .isEqualByComparingTo("5.2");

        // a loosening by mistake: still 5.2, and the listener names line 9 and both values
        write(provinceOverlay, read(provinceOverlay).replace("{PRIMARY: 5.2}", "{PRIMARY: 4.0}"));
        await(() -> !log.messages.isEmpty());
        assertThat(log.messages.get(0)).contains(provinceOverlay + ":9:1:").contains("4.0").contains("4.5");
        assertThat(evaluator.evaluate(district).result("QB2017-R4", "school:CC03/PRIMARY").threshold())
                .isEqualByComparingTo("5.2");

        // fixed and saved: in effect
        write(provinceOverlay, read(provinceOverlay).replace("{PRIMARY: 4.0}", "{PRIMARY: 5.1}"));
        await(() -> evaluator.evaluate(district).result("QB2017-R4", "school:CC03/PRIMARY").verdict() == Verdict.PASS);
        assertThat(evaluator.evaluate(district).result("QB2017-R4", "school:CC03/PRIMARY").threshold())
                .isEqualByComparingTo("5.1");
        assertThat(log.messages).hasSize(1);
    }

    /** Stands in for the application's logger in the tutorial's snippet, and remembers what it was told. */
    static final class RecordingLog {
        final List<String> messages = new CopyOnWriteArrayList<>();

        void warn(String format, Object argument) {
            messages.add(format.replace("{}", String.valueOf(argument)));
        }
    }

    // ---- running the shell blocks -------------------------------------------------------------------

    private void run(String block) {
        String joined = block.replace("\\\n", " ");
        for (String raw : joined.lines().toList()) {
            String line = raw.replaceAll("(^|\\s)#.*$", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher assignment = Pattern.compile("^(\\w+)=(\\S+)$").matcher(line);
            if (assignment.matches()) {
                // $W is the test's temporary folder, wherever the tutorial suggests putting it
                vars.put(assignment.group(1), assignment.group(1).equals("W") ? w.toString()
                        : expand(assignment.group(2)));
                continue;
            }
            List<String> t = List.of(expand(line).split("\\s+"));
            try {
                switch (t.get(0)) {
                    case "mkdir" -> {
                        assertThat(t).hasSize(3).element(1).isEqualTo("-p");
                        Files.createDirectories(path(t.get(2)));
                    }
                    case "cp" -> {
                        boolean recursive = t.get(1).equals("-r");
                        List<String> args = t.subList(recursive ? 2 : 1, t.size());
                        assertThat(args).as(line).hasSize(2);
                        Path from = path(args.get(0));
                        Path to = path(args.get(1));
                        if (Files.isDirectory(to)) {
                            to = to.resolve(from.getFileName().toString());
                        }
                        if (recursive) {
                            copyTree(from, to);
                        } else {
                            assertThat(from).as(line).isRegularFile();
                            Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                    case "cat" -> {
                        assertThat(t).as(line).hasSize(4).element(2).isEqualTo(">>");
                        Files.write(path(t.get(3)), Files.readAllBytes(path(t.get(1))), StandardOpenOption.APPEND);
                    }
                    case "./dudao" -> dudao(t.subList(1, t.size()));
                    default -> fail("AUTHORING.md runs '" + line + "', which this test cannot perform");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(line, e);
            }
        }
    }

    /** {@code ./dudao check|test|evaluate}, through the API each command is built on. */
    private void dudao(List<String> args) throws IOException {
        String command = args.get(0);
        Path rules = null;
        List<Path> overlays = new ArrayList<>();
        List<Path> positional = new ArrayList<>();
        String format = null;
        Path output = null;
        for (int i = 1; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--rules" -> rules = path(args.get(++i));
                case "--overlay" -> overlays.add(path(args.get(++i)));
                case "--format" -> format = args.get(++i);
                case "--output" -> output = path(args.get(++i));
                case "--coverage" -> { }
                default -> {
                    assertThat(args.get(i)).as("an option this test knows").doesNotStartWith("-");
                    positional.add(path(args.get(i)));
                }
            }
        }
        switch (command) {
            case "check" -> lastCheckOutput = check(rules, overlays);
            case "test" -> lastSuite = new ScenarioRunner().run(positional);
            case "evaluate" -> {
                assertThat(positional).hasSize(1);
                lastEvaluator = builder(rules, overlays).build();
                lastReport = lastEvaluator.evaluate(FactsReader.read(positional.get(0)).get(0));
                assertThat(format).isEqualTo("json");
                if (output != null) {
                    write(output, ReportJson.toJson(lastEvaluator.explanations().render(lastReport)));
                }
            }
            default -> fail("unknown dudao command " + command);
        }
    }

    /** What {@code dudao check} prints: OK and the rule set, or every problem under the directory as given. */
    private static List<String> check(Path rules, List<Path> overlays) {
        try {
            Evaluator e = builder(rules, overlays).build();
            if (!e.lint().isEmpty()) {
                return located(rules, "rules.invalid", e.lint());
            }
            return List.of("OK: rule set " + e.ruleSet().id() + " " + e.ruleSet().edition() + ", "
                    + e.indicators().size() + " indicators");
        } catch (RulesException x) {
            return located(rules, x.code(), x.problems());
        }
    }

    private static List<String> located(Path rules, String code, List<RuleProblem> problems) {
        List<String> out = new ArrayList<>();
        for (RuleProblem p : problems) {
            boolean overlay = p.file().startsWith("/");
            out.add((overlay || rules == null ? p.file() : rules.resolve(p.file()).toString()) + ":" + p.line() + ":"
                    + p.column() + ": " + p.message());
        }
        int n = problems.size();
        out.add("dudao: " + code + ": " + n + " problem" + (n == 1 ? "" : "s") + " in the rules in " + rules);
        return out;
    }

    private static EvaluatorBuilder builder(Path rules, List<Path> overlays) {
        EvaluatorBuilder b = Evaluator.builder();
        if (rules != null) {
            b.rulesDirectory(rules);
        }
        return b.overlays(overlays.toArray(Path[]::new));
    }

    /** Line and column numbers, which depend on the length of the bundled files, left out. */
    private static List<String> withoutLineNumbers(List<String> lines) {
        return lines.stream().map(l -> l.replaceAll(":\\d+:\\d+: ", ":L:C: ").replaceAll("on line \\d+", "on line L"))
                .toList();
    }

    private String expand(String s) {
        Matcher m = Pattern.compile("\\$(\\w+)").matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String v = vars.get(m.group(1));
            assertThat(v).as("$%s is set before it is used", m.group(1)).isNotNull();
            m.appendReplacement(b, Matcher.quoteReplacement(v));
        }
        return m.appendTail(b).toString();
    }

    private Path path(String s) {
        Path p = Path.of(s);
        return p.isAbsolute() ? p : root.resolve(p);
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private District smallCounty() {
        return FactsReader.read(root.resolve("examples/samples/qb2017-small-county.json")).get(0);
    }

    /** The text of the fenced block that starts after {@code from}, with its final newline. */
    private static String fencedBlockAfter(String doc, int from) {
        int open = doc.indexOf("```", from);
        int start = doc.indexOf('\n', open) + 1;
        int close = doc.indexOf("\n```", start - 1);
        assertThat(doc.substring(from, open)).as("a fenced block follows the marker at once").isBlank();
        return start > close ? "" : doc.substring(start, close + 1);
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path p, String text) {
        try {
            Files.writeString(p, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Polls {@code condition} every 50 ms for up to 60 s. */
    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("not within 60 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static Path repositoryRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isRegularFile(p.resolve("AUTHORING.md"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("no AUTHORING.md above " + Path.of("").toAbsolutePath());
        }
        return p;
    }
}
