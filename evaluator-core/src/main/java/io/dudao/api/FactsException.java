package io.dudao.api;

import java.util.List;
import java.util.stream.Collectors;

/** Facts that cannot be evaluated (code {@code facts.invalid}); lists every problem found, not only the first. */
public class FactsException extends DudaoException {

    private final List<FactProblem> problems;

    public FactsException(List<FactProblem> problems) {
        super("facts.invalid", message(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in document order. */
    public List<FactProblem> problems() {
        return problems;
    }

    private static String message(List<FactProblem> problems) {
        return problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " in the facts:\n  "
                + problems.stream().map(FactProblem::toString).collect(Collectors.joining("\n  "));
    }
}
