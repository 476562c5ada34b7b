package io.dudao.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dudao.api.scenario.Check;
import io.dudao.api.scenario.Coverage;
import io.dudao.api.scenario.ScenarioResult;
import io.dudao.api.scenario.ScenarioResult.Status;
import io.dudao.api.scenario.ScenarioRunner;
import io.dudao.api.scenario.SuiteResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dudao test PATH…}: runs scenario files (facts and expected results as data, see
 * {@code docs/scenarios.md}) and prints PASS, FAIL, ERROR or PENDING per scenario, the readable diff of
 * each failure, and a summary line ({@code 12 passed, 1 failed, 0 errors, 2 pending}). Each rule set the
 * scenarios name is compiled once. Exit 0 when nothing failed (pending scenarios are allowed), 5 when a
 * scenario failed or ended in an error, or coverage is below {@code --min-coverage}; 2 for a path that
 * does not exist or holds no scenario.
 */
@Command(name = "test", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Runs scenario files and reports PASS, FAIL, ERROR or PENDING for each.")
final class TestCommand extends Subcommand {

    /** The output formats of {@code test}. */
    enum Output {
        /** One line per scenario, the diff of each failure, a summary line last. */
        TEXT,
        /** One JSON document: summary, scenarios with their checks, coverage when asked for. */
        JSON;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Scenario files, or folders searched for *.yaml, *.yml and *.scenario.json "
                    + "(rule-set folders, those with a ruleset.yaml, are skipped).")
    private List<Path> paths;

    @Option(names = "--coverage",
            description = "Also report, per indicator, the scenarios that confirm each verdict, and the rules that "
                    + "never fired.")
    private boolean coverage;

    @Option(names = "--min-coverage", paramLabel = "PERCENT",
            description = "Exit with 5 when fewer than PERCENT %% of the indicators have both a PASS and a FAIL scenario.")
    private Double minCoverage;

    @Option(names = "--junit-xml", paramLabel = "FILE",
            description = "Also write the results to FILE as JUnit XML (the surefire <testsuite> format).")
    private Path junitXml;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Output format;

    @Override
    int run() {
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw usage("no such scenario file or directory: " + p);
            }
        }
        if (minCoverage != null && (minCoverage < 0 || minCoverage > 100)) {
            throw usage("--min-coverage takes a percentage from 0 to 100, found " + minCoverage);
        }
        List<Path> files = ScenarioRunner.discover(paths);
        if (files.isEmpty()) {
            throw usage("no scenario files (*.yaml, *.yml, *.scenario.json) in " + paths);
        }
        ScenarioRunner runner = new ScenarioRunner(s -> evaluators().evaluator(s.rulesDirectory(), s.standards(), s.overlays()));
        List<ScenarioResult> results = new ArrayList<>();
        List<Long> nanos = new ArrayList<>();
        for (Path file : files) {
            long start = System.nanoTime();
            results.add(runner.run(file));
            nanos.add(System.nanoTime() - start);
        }
        SuiteResult suite = new SuiteResult(results, runner.coverage(results));
        boolean showCoverage = coverage || minCoverage != null;
        out().print(format == Output.JSON ? json(suite, showCoverage) : text(suite, showCoverage));
        out().flush();
        if (junitXml != null) {
            writeJUnitXml(suite, nanos);
        }
        boolean belowBar = minCoverage != null && suite.coverage().percent() < minCoverage;
        if (belowBar) {
            err().printf(Locale.ROOT, "dudao: coverage %.1f%% is below the minimum of %s%%; indicators without both "
                    + "a PASS and a FAIL scenario: %s%n", suite.coverage().percent(), plain(minCoverage),
                    String.join(", ", suite.coverage().uncovered()));
            err().flush();
        }
        return !suite.successful() || belowBar ? ErrorHandler.FAILED : ErrorHandler.OK;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    // ---- text ----------------------------------------------------------------------------------------

    private static String text(SuiteResult suite, boolean showCoverage) {
        StringBuilder b = new StringBuilder();
        for (ScenarioResult r : suite.scenarios()) {
            b.append(String.format(Locale.ROOT, "%-8s %s  %s%n", r.status(), r.file(), r.name()));
            String details = r.details();
            if (!details.isEmpty()) {
                details.lines().forEach(l -> b.append("         ").append(l).append('\n'));
            }
        }
        if (showCoverage) {
            coverageText(suite.coverage(), b);
        }
        return b.append(suite.summary()).append('\n').toString();
    }

    private static void coverageText(Coverage c, StringBuilder b) {
        long covered = c.indicators().stream().filter(Coverage.IndicatorCoverage::covered).count();
        b.append(String.format(Locale.ROOT, "%ncoverage: %d of %d indicators have a PASS and a FAIL scenario (%.1f%%)%n",
                covered, c.indicators().size(), c.percent()));
        int width = c.indicators().stream().mapToInt(i -> i.indicator().length()).max().orElse(9);
        String row = "  %-" + width + "s %5s %5s %5s %8s %9s%s%n";
        b.append(String.format(Locale.ROOT, row, "indicator", "PASS", "FAIL", "N/A", "MISSING", "BOUNDARY", ""));
        for (Coverage.IndicatorCoverage i : c.indicators()) {
            b.append(String.format(Locale.ROOT, row, i.indicator(), i.pass(), i.fail(), i.notApplicable(),
                    i.missingData(), i.boundary(), i.covered() ? "" : "   not covered"));
        }
        b.append(String.format(Locale.ROOT, "rules that never fired: %d of %d%n",
                c.rulesNeverFired().size(), c.rules().size()));
        c.rulesNeverFired().forEach(r -> b.append("  ").append(r).append('\n'));
        b.append('\n');
    }

    // ---- JSON ----------------------------------------------------------------------------------------

    private static String json(SuiteResult suite, boolean showCoverage) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ObjectNode summary = root.putObject("summary");
        summary.put("passed", suite.count(Status.PASS));
        summary.put("failed", suite.count(Status.FAIL));
        summary.put("errors", suite.count(Status.ERROR));
        summary.put("pending", suite.count(Status.PENDING));
        summary.put("text", suite.summary());
        ArrayNode scenarios = root.putArray("scenarios");
        for (ScenarioResult r : suite.scenarios()) {
            ObjectNode s = scenarios.addObject();
            s.put("file", r.file().toString());
            s.put("name", r.name());
            s.put("status", r.status().name());
            if (r.line() > 0) {
                s.put("line", r.line());
            }
            if (r.message() != null) {
                s.put("message", r.message());
            }
            r.tags().forEach(s.putArray("tags")::add);
            ArrayNode checks = s.putArray("checks");
            for (Check c : r.checks()) {
                ObjectNode o = checks.addObject();
                o.put("line", c.line());
                o.put("indicator", c.indicator());
                o.put("subject", c.subject());
                o.put("expected", c.expected().name());
                o.put("actual", c.actual() == null ? null : c.actual().verdict().name());
                o.put("passed", c.passed());
                c.differences().forEach(o.putArray("differences")::add);
                if (c.actual() != null && c.actual().explanation() != null) {
                    o.put("explanation", c.actual().explanation());
                }
            }
        }
        if (showCoverage) {
            Coverage c = suite.coverage();
            ObjectNode cov = root.putObject("coverage");
            cov.put("percent", c.percent());
            ArrayNode indicators = cov.putArray("indicators");
            for (Coverage.IndicatorCoverage i : c.indicators()) {
                indicators.addObject().put("indicator", i.indicator()).put("pass", i.pass()).put("fail", i.fail())
                        .put("notApplicable", i.notApplicable()).put("missingData", i.missingData())
                        .put("boundary", i.boundary()).put("covered", i.covered());
            }
            cov.put("rules", c.rules().size());
            c.rulesNeverFired().forEach(cov.putArray("rulesNeverFired")::add);
        }
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the results as JSON: " + e.getOriginalMessage(), e);
        }
    }

    // ---- JUnit XML -----------------------------------------------------------------------------------

    private void writeJUnitXml(SuiteResult suite, List<Long> nanos) {
        try (Writer w = Files.newBufferedWriter(junitXml, StandardCharsets.UTF_8)) {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(w);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuite");
            x.writeAttribute("name", "dudao test");
            x.writeAttribute("tests", String.valueOf(suite.scenarios().size()));
            x.writeAttribute("failures", String.valueOf(suite.count(Status.FAIL)));
            x.writeAttribute("errors", String.valueOf(suite.count(Status.ERROR)));
            x.writeAttribute("skipped", String.valueOf(suite.count(Status.PENDING)));
            x.writeAttribute("time", seconds(nanos.stream().mapToLong(Long::longValue).sum()));
            for (int i = 0; i < suite.scenarios().size(); i++) {
                ScenarioResult r = suite.scenarios().get(i);
                x.writeCharacters("\n  ");
                x.writeStartElement("testcase");
                x.writeAttribute("name", xml(r.name()));
                Path folder = r.file().getParent();
                x.writeAttribute("classname", folder == null ? "" : xml(folder.toString().replace('\\', '/')
                        .replaceFirst("^/+", "").replace('/', '.')));
                x.writeAttribute("file", xml(r.file().toString()));
                x.writeAttribute("time", seconds(nanos.get(i)));
                String element = switch (r.status()) {
                    case PASS -> null;
                    case FAIL -> "failure";
                    case ERROR -> "error";
                    case PENDING -> "skipped";
                };
                if (element != null) {
                    x.writeCharacters("\n    ");
                    x.writeStartElement(element);
                    x.writeAttribute("message", xml(r.details().lines().findFirst().orElse("")));
                    if (r.status() != Status.PENDING) {
                        x.writeAttribute("type", r.status().name());
                        x.writeCharacters(xml(r.details()));
                    }
                    x.writeEndElement();
                    x.writeCharacters("\n  ");
                }
                x.writeEndElement();
            }
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.close();
        } catch (IOException | XMLStreamException e) {
            throw new UncheckedIOException("cannot write JUnit XML to " + junitXml + ": " + e.getMessage(),
                    e instanceof IOException io ? io : new IOException(e));
        }
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
    }

    /** The text without the control characters XML 1.0 cannot hold. */
    private static String xml(String s) {
        return s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "");
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
