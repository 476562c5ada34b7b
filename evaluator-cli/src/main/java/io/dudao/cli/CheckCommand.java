package io.dudao.cli;

import io.dudao.api.Evaluator;
import io.dudao.api.RuleProblem;
import io.dudao.api.RuleSetInfo;
import io.dudao.api.RulesException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code dudao check}: compiles a rule set the way {@code evaluate} would, then lints it (rules naming
 * indicators outside the catalog, indicators without rules; see {@code Evaluator.lint()}), and reports:
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
            return report(e.code(), e.problems());
        }
        if (!evaluator.lint().isEmpty()) {
            return report("rules.invalid", rules.locate(evaluator.lint()));
        }
        RuleSetInfo info = evaluator.ruleSet();
        out().println("OK: rule set " + info.id() + " " + info.edition() + ", " + evaluator.indicators().size()
                + " indicators");
        out().flush();
        return ErrorHandler.OK;
    }

    private int report(String code, List<RuleProblem> problems) {
        problems.forEach(err()::println);
        int n = problems.size();
        err().println("dudao: " + code + ": " + n + " problem" + (n == 1 ? "" : "s") + " in " + rules.describe());
        err().flush();
        return ErrorHandler.exitCode(code);
    }
}
