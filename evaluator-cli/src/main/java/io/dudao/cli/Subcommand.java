package io.dudao.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every subcommand shares: {@code --verbose}, the output streams, the evaluators, and the one
 * place where an exception becomes a message on stderr and an exit code ({@link ErrorHandler}). The
 * handling lives here rather than in a handler set on the {@code CommandLine}, so that the exit codes
 * hold however the command line is created.
 */
abstract class Subcommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private DudaoCommand parent;

    @Option(names = "--verbose", description = "Log what the engine does; show stack traces of errors.")
    private boolean verbose;

    /** Runs the subcommand; parameter errors are left to picocli (exit 2), every other error is reported. */
    @Override
    public final Integer call() {
        if (verbose) {
            Logging.verbose();
        }
        try {
            return run();
        } catch (ParameterException e) {
            throw e;
        } catch (Exception e) {
            return ErrorHandler.report(e, err(), verbose);
        }
    }

    /**
     * Does the work; errors are thrown, preferably as {@code DudaoException}s with their code.
     *
     * @return the exit code
     */
    abstract int run();

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    EvaluatorFactory evaluators() {
        return parent.evaluators();
    }
}
