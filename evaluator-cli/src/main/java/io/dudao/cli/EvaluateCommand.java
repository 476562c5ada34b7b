package io.dudao.cli;

import io.dudao.api.DudaoException;
import io.dudao.api.EvaluationReport;
import io.dudao.api.Evaluator;
import io.dudao.api.FactProblem;
import io.dudao.api.FactsException;
import io.dudao.api.FactsReader;
import io.dudao.api.Verdict;
import io.dudao.facts.District;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dudao evaluate FACTS...}: reads every facts file, compiles the rule set, evaluates each district
 * and writes the reports. All facts problems of all files are reported together before any rule compiles.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Evaluates the districts in the facts files and writes their reports.")
final class EvaluateCommand extends Subcommand {

    @Parameters(paramLabel = "FACTS", arity = "1..*",
            description = "Facts files (UTF-8 JSON), each holding one district or an array of districts.")
    private List<Path> facts;

    @Mixin
    private RuleOptions rules;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). One district "
                    + "gives one report, several give an array.")
    private Format format;

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
        List<Input> inputs = read();
        Evaluator evaluator = rules.evaluator(evaluators());
        List<EvaluationReport> reports = new ArrayList<>();
        List<FactProblem> problems = new ArrayList<>();
        for (Input input : inputs) {
            try {
                reports.add(evaluator.evaluate(input.district(), asOf));
            } catch (FactsException e) {
                e.problems().stream().map(input::locate).forEach(problems::add);
            }
        }
        if (!problems.isEmpty()) {
            throw new FactsException(problems);
        }
        write(format.render(reports));
        boolean failed = reports.stream().anyMatch(r -> !r.withVerdict(Verdict.FAIL).isEmpty());
        return exitCode && failed ? ErrorHandler.FAILED : ErrorHandler.OK;
    }

    /** Every district of every file, in order; throws one exception listing the problems of all files. */
    private List<Input> read() {
        List<Input> inputs = new ArrayList<>();
        List<FactProblem> problems = new ArrayList<>();
        for (Path file : facts) {
            try {
                List<District> districts = FactsReader.read(file);
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
