package io.dudao.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A rule set that cannot be built: code {@code rules.invalid} for DRL, catalogs, templates and the
 * manifest, {@code parameters.invalid} for parameter files and overlays. Lists every problem found.
 */
public class RulesException extends DudaoException {

    private final List<RuleProblem> problems;

    public RulesException(String code, List<RuleProblem> problems) {
        super(code, problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " in the rule set:\n  "
                + problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, by file and line. */
    public List<RuleProblem> problems() {
        return problems;
    }
}
