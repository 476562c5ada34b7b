package io.dudao.cli;

import io.dudao.api.DudaoException;
import io.dudao.api.EvaluationReport;
import io.dudao.api.Evaluator;
import io.dudao.api.Explanations;
import io.dudao.api.FactProblem;
import io.dudao.api.FactsException;
import io.dudao.api.Verdict;
import io.dudao.facts.District;
import io.dudao.sheets.ColumnMapping;
import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dudao evaluate FACTS...}: reads every facts file, compiles the rule set, evaluates each district,
 * renders each report's explanations in the chosen locale and writes the reports, as text for people or as
 * JSON. All facts problems of all files are reported together before any rule compiles.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Evaluates the districts in the facts files and writes their reports.")
final class EvaluateCommand extends Subcommand {

    @Spec
    private CommandSpec spec;

    /** Whether standard output is a terminal, where the text report is the default. */
    private final BooleanSupplier terminal;

    /** The command as picocli creates it: the text report is the default when stdout is a terminal. */
    EvaluateCommand() {
        this(EvaluateCommand::stdoutIsTerminal);
    }

    /** The command with another test for a terminal (tests). */
    EvaluateCommand(BooleanSupplier terminal) {
        this.terminal = Objects.requireNonNull(terminal, "terminal");
    }

    @Parameters(paramLabel = "FACTS", arity = "1..*",
            description = "Facts files (UTF-8 JSON), each holding one district or an array of districts; or "
                    + "data-collection workbooks (.xlsx, see `dudao template`) or district CSV files "
                    + "(PREFIXdistrict.csv with PREFIXschools.csv beside it), one district each.")
    private List<Path> facts;

    @Option(names = "--mapping", paramLabel = "FILE",
            description = "For workbooks and CSV files: a YAML or JSON file mapping your sheet names and headers "
                    + "to the workbook's (see the README).")
    private Path mapping;

    @Mixin
    private RuleOptions rules;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES}. Default: text when standard output is a terminal "
                    + "(an interactive console) and there is no --output, json otherwise (pipes, files). Text is "
                    + "the report for people, at most 100 columns wide; json gives one report for one district, "
                    + "an array for several.")
    private Format format;

    @Option(names = "--locale", paramLabel = "LOCALE", defaultValue = "zh-CN",
            description = "Language of the explanations and of the text report: zh-CN or en (default: "
                    + "${DEFAULT-VALUE}). JSON reports carry the explanation of each result beside its "
                    + "messageKey and arguments.")
    private String locale;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the output to FILE (UTF-8), not stdout.")
    private Path output;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "As-of date (yyyy-MM-dd) selecting dated parameters; default: 1 September of each "
                    + "district's school year.")
    private LocalDate asOf;

    @Option(names = "--exit-code", description = "Exit with 5 when any result is FAIL.")
    private boolean exitCode;

    @Override
    int run() {
        Locale language = language();
        List<Input> inputs = read();
        Evaluator evaluator = rules.evaluator(evaluators());
        List<EvaluationReport> reports = new ArrayList<>();
        List<FactProblem> problems = new ArrayList<>();
        for (Input input : inputs) {
            try {
                reports.add(evaluator.explanations().render(evaluator.evaluate(input.district(), asOf), language));
            } catch (FactsException e) {
                e.problems().stream().map(input::locate).forEach(problems::add);
            }
        }
        if (!problems.isEmpty()) {
            throw new FactsException(problems);
        }
        write(format().render(reports, evaluator.indicators()));
        boolean failed = reports.stream().anyMatch(r -> !r.withVerdict(Verdict.FAIL).isEmpty());
        return exitCode && failed ? ErrorHandler.FAILED : ErrorHandler.OK;
    }

    /** {@code --locale} as a supported locale; a usage error (exit 2) for any other. */
    private Locale language() {
        try {
            return Explanations.locale(locale);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--locale: " + e.getMessage());
        }
    }

    /** {@code --format}, else text on a terminal without {@code --output}, else JSON. */
    private Format format() {
        if (format != null) {
            return format;
        }
        return output == null && terminal.getAsBoolean() ? Format.TEXT : Format.JSON;
    }

    /**
     * Whether standard output is an interactive terminal: {@link System#console()} is present (Java 17 gives
     * one only when standard input and output are terminals) and, on Java 22 and later, where a console
     * exists for redirected output too, {@code Console.isTerminal()} says so.
     */
    static boolean stdoutIsTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException | ClassCastException e) {
            return true;   // before Java 22 a console means a terminal
        }
    }

    /** Every district of every file, in order; throws one exception listing the problems of all files. */
    private List<Input> read() {
        List<Input> inputs = new ArrayList<>();
        List<FactProblem> problems = new ArrayList<>();
        ColumnMapping columns = InputFormats.mapping(mapping);
        for (Path file : facts) {
            try {
                List<District> districts = InputFormats.read(file, columns);
                for (int i = 0; i < districts.size(); i++) {
                    inputs.add(new Input(file, districts.size() == 1 ? -1 : i, districts.get(i)));
                }
            } catch (FactsException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new FactsException(problems);
        }
        return inputs;
    }

    private void write(String text) {
        if (output == null) {
            out().print(text);
            out().flush();
            return;
        }
        try {
            Files.writeString(output, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DudaoException("internal", "cannot write " + output + ": " + e, e);
        }
    }

    /** A district and where it came from: its file, and its index when the file holds several, else -1. */
    private record Input(Path file, int index, District district) {

        /** The problem with this district's file and, in a file of several, its index in the path. */
        FactProblem locate(FactProblem p) {
            if (p.file() != null) {
                return p;
            }
            String path = index < 0 ? p.path() : "[" + index + "]" + (p.path().isEmpty() ? "" : "." + p.path());
            return new FactProblem(file.toString(), path, p.value(), p.expected());
        }
    }
}
