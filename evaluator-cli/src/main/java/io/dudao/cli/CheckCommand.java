package io.dudao.cli;

import io.dudao.api.Evaluator;
import io.dudao.api.RuleSetInfo;
import io.dudao.api.RulesException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code dudao check}: compiles a rule set the way {@code evaluate} would and reports the result:
 * {@code OK: rule set <id> <edition>, N indicators} on stdout, or every problem as
 * {@code file:line:column: message} on stderr (exit 3), one per line for editors and CI logs to link.
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Compiles a rule set and reports every problem in it.")
final class CheckCommand extends Subcommand {

    @Mixin
    private RuleOptions rules;

    @Override
    int run() {
        Evaluator evaluator;
        try {
            evaluator = rules.evaluator(evaluators());
        } catch (RulesException e) {
            e.problems().forEach(err()::println);
            int n = e.problems().size();
            err().println("dudao: " + e.code() + ": " + n + " problem" + (n == 1 ? "" : "s") + " in "
                    + rules.describe());
            err().flush();
            return ErrorHandler.exitCode(e.code());
        }
        RuleSetInfo info = evaluator.ruleSet();
        out().println("OK: rule set " + info.id() + " " + info.edition() + ", " + evaluator.indicators().size()
                + " indicators");
        out().flush();
        return ErrorHandler.OK;
    }
}
