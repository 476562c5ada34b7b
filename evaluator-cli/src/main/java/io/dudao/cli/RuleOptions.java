package io.dudao.cli;

import io.dudao.api.Evaluator;
import io.dudao.api.RuleProblem;
import io.dudao.api.RulesException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options that choose a rule set and its standards, shared by the subcommands that compile one. */
final class RuleOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rule directory (a ruleset.yaml and a folder per standard); default: the bundled rules.")
    private Path directory;

    @Option(names = "--standard", paramLabel = "ID", split = ",",
            description = "Standard to evaluate: QB2017, DUTY, LXDD (a profile that includes others) or any of the "
                    + "rule set; repeatable or comma-separated. Default: every standard of the rule set (evaluate: "
                    + "those that apply to each district's facts, by their catalog's appliesWhen).")
    private List<String> standards;

    /** Whether {@code --standard} names the standards; otherwise {@code evaluate} runs those that apply. */
    boolean standardsNamed() {
        return standards != null && !standards.isEmpty();
    }

    @Option(names = "--overlay", paramLabel = "FILE",
            description = "Provincial or city parameter file (省定/市定标准) laid over the national parameters; "
                    + "repeatable. It applies to the districts whose province or city code matches its code.")
    private List<Path> overlays;

    /**
     * Compiles the chosen rule set. Problems in a rule directory name their files by the directory as
     * given, so that editors can open them.
     *
     * @throws ParameterException when {@code --rules} is not a directory, an {@code --overlay} is not a file or
     *                            a {@code --standard} is blank
     * @throws RulesException     when the rule set or an overlay is invalid
     */
    Evaluator evaluator(EvaluatorFactory factory) {
        if (directory != null && !Files.isDirectory(directory)) {
            throw new ParameterException(command.commandLine(), "--rules: no such directory: " + directory);
        }
        if (standards != null && standards.stream().anyMatch(String::isBlank)) {
            throw new ParameterException(command.commandLine(), "--standard: a standard id must not be blank");
        }
        List<Path> layers = overlays == null ? List.of() : List.copyOf(overlays);
        for (Path o : layers) {
            if (!Files.isRegularFile(o)) {
                throw new ParameterException(command.commandLine(), "--overlay: no such file: " + o);
            }
        }
        try {
            return factory.evaluator(directory, standards == null ? List.of() : List.copyOf(standards), layers);
        } catch (RulesException e) {
            if (directory == null) {
                throw e;
            }
            RulesException located = new RulesException(e.code(), e.problems().stream().map(this::locate).toList());
            located.initCause(e);
            throw located;
        }
    }

    /** The rule set in words: {@code the bundled rules} or {@code the rules in DIR}. */
    String describe() {
        return directory == null ? "the bundled rules" : "the rules in " + directory;
    }

    /** {@code problems} with their files named by the rule directory as given. */
    List<RuleProblem> locate(List<RuleProblem> problems) {
        return directory == null ? problems : problems.stream().map(this::locate).toList();
    }

    private RuleProblem locate(RuleProblem p) {
        if (p.file() == null || p.file().isEmpty()
                || (overlays != null && overlays.stream().anyMatch(o -> o.toString().equals(p.file())))) {
            return p;
        }
        return new RuleProblem(directory.resolve(p.file()).toString(), p.line(), p.column(), p.message());
    }
}
