package io.dudao.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code dudao} command: evaluates education supervision standards over facts files and checks
 * rule sets. Each subcommand is its own class; this one only groups them and starts the JVM.
 *
 * <p>Exit codes: 0 ok, 1 internal error, 2 usage, 3 rules or parameters invalid, 4 facts invalid,
 * 5 FAIL verdicts present (with {@code evaluate --exit-code}). Standard output carries only the
 * command's result (the report); messages and logs go to standard error.
 */
@Command(name = "dudao", mixinStandardHelpOptions = true, versionProvider = DudaoCommand.Version.class,
        description = "Evaluates education supervision standards (督导评估) over district facts.",
        subcommands = {EvaluateCommand.class, BatchCommand.class, DiffCommand.class, CheckCommand.class,
                TestCommand.class, TemplateCommand.class, HelpCommand.class})
public final class DudaoCommand implements Runnable {

    private final EvaluatorFactory evaluators;

    @Spec
    private CommandSpec spec;

    /** The command as the launcher runs it: every run compiles the rule set it asks for. */
    public DudaoCommand() {
        this(EvaluatorFactory.compiling());
    }

    /** The command with another way to obtain evaluators (tests reuse compiled ones). */
    DudaoCommand(EvaluatorFactory evaluators) {
        this.evaluators = Objects.requireNonNull(evaluators, "evaluators");
    }

    /** Runs the command line and exits with its exit code. */
    public static void main(String[] args) {
        PrintWriter out = utf8(new FileOutputStream(FileDescriptor.out));
        // Standard output carries the report alone: anything else that prints there goes to stderr.
        System.setOut(System.err);
        CommandLine cli = new CommandLine(new DudaoCommand())
                .setOut(out)
                .setErr(utf8(new FileOutputStream(FileDescriptor.err)));
        int exitCode = cli.execute(args);
        cli.getOut().flush();
        cli.getErr().flush();
        System.exit(exitCode);
    }

    /** Without a subcommand there is nothing to do: a usage error. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand");
    }

    EvaluatorFactory evaluators() {
        return evaluators;
    }

    private static PrintWriter utf8(OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    /** The version from the jar manifest. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = DudaoCommand.class.getPackage().getImplementationVersion();
            return new String[] {"dudao " + (version == null ? "(development build)" : version)};
        }
    }
}
