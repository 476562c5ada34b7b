package io.dudao.cli;

import io.dudao.api.BatchEvaluation;
import io.dudao.api.EvaluationReport;
import io.dudao.api.Evaluator;
import io.dudao.api.Explanations;
import io.dudao.api.FactsException;
import io.dudao.api.ReportJson;
import io.dudao.facts.District;
import io.dudao.sheets.ColumnMapping;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dudao batch INPUT... --output-dir DIR}: evaluates every district of many facts files (a province, the
 * nation) on several threads sharing one compiled rule set, writing each district's report to
 * {@code DIR/<code>.json} as it completes; files are read one at a time, so memory stays flat.
 */
@Command(name = "batch", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Evaluates every district of the facts files or directories, writing one JSON report per "
                + "district.")
final class BatchCommand extends Subcommand {

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Facts files, or directories searched for facts files (*.json, *.xlsx workbooks, "
                    + "*district.csv files).")
    private List<Path> inputs;

    @Option(names = "--mapping", paramLabel = "FILE",
            description = "For workbooks and CSV files: a YAML or JSON file mapping your sheet names and headers "
                    + "to the workbook's.")
    private Path mapping;

    @Mixin
    private RuleOptions rules;

    @Option(names = "--output-dir", paramLabel = "DIR", required = true,
            description = "Where to write <district code>.json reports (created if missing).")
    private Path outputDir;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
            description = "Threads evaluating at once (default: ${DEFAULT-VALUE}).")
    private int threads;

    @Option(names = "--locale", paramLabel = "LOCALE", defaultValue = "zh-CN",
            description = "Language of the explanations in the reports: zh-CN or en (default: ${DEFAULT-VALUE}).")
    private String locale;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "As-of date (yyyy-MM-dd) for all districts; default: each district's school year.")
    private LocalDate asOf;

    @Override
    int run() {
        Locale lang = Explanations.locale(locale);
        List<Path> files = files();
        Evaluator evaluator = rules.evaluator(evaluators());
        try {
            Files.createDirectories(outputDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + outputDir + ": " + e.getMessage(), e);
        }
        List<FactsException> unreadable = Collections.synchronizedList(new ArrayList<>());
        ColumnMapping columns = InputFormats.mapping(mapping);
        BatchEvaluation.Summary s = BatchEvaluation.run(evaluator, districts(files, columns, unreadable), threads, asOf,
                report -> write(evaluator.explanations().render(report, lang)));
        err().printf(Locale.ROOT, "%d districts evaluated on %d thread%s: %d with FAIL results, %d could not be "
                        + "evaluated, %d files unreadable; reports in %s%n", s.evaluated(), threads,
                threads == 1 ? "" : "s", s.withFailures(), s.errors().size(), unreadable.size(), outputDir);
        s.errors().forEach(e -> err().println("  " + e.districtCode() + ": " + e.code() + ": " + e.message()));
        unreadable.forEach(e -> err().println("  " + e.getMessage()));
        err().flush();
        return s.errors().isEmpty() && unreadable.isEmpty() ? ErrorHandler.OK : ErrorHandler.exitCode("facts.invalid");
    }

    private void write(EvaluationReport report) {
        Path file = outputDir.resolve(report.district().code() + ".json");
        try {
            Files.writeString(file, ReportJson.toJson(report), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The facts files of the inputs, directories searched recursively for facts inputs, in path order. */
    private List<Path> files() {
        List<Path> out = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> s = Files.walk(in)) {
                    s.filter(p -> Files.isRegularFile(p) && InputFormats.isInput(p)).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + in + ": " + e.getMessage(), e);
                }
            } else {
                out.add(in);
            }
        }
        return out;
    }

    /** The districts of {@code files}, reading one file at a time; a file that cannot be read is recorded. */
    private static Iterator<District> districts(List<Path> files, ColumnMapping mapping,
                                                List<FactsException> unreadable) {
        return new Iterator<>() {
            private int next;
            private Iterator<District> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && next < files.size()) {
                    Path f = files.get(next++);
                    try {
                        current = InputFormats.read(f, mapping).iterator();
                    } catch (FactsException e) {
                        unreadable.add(e);
                    }
                }
                return current.hasNext();
            }

            @Override
            public District next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }
}
