package io.dudao.api;

import java.util.List;

/**
 * Two or more rules produced an outcome for the same indicator and subject (code
 * {@code eval.conflicting_outcomes}): the rule set is wrong, and no report is made.
 */
public class ConflictingOutcomesException extends DudaoException {

    private final String indicator;
    private final String subject;
    private final List<String> rules;

    public ConflictingOutcomesException(String indicator, String subject, List<String> rules) {
        super("eval.conflicting_outcomes", "indicator " + indicator + " has " + rules.size()
                + " outcomes for " + subject + ", from rules " + rules);
        this.indicator = indicator;
        this.subject = subject;
        this.rules = List.copyOf(rules);
    }

    public String indicator() {
        return indicator;
    }

    public String subject() {
        return subject;
    }

    /** The rules that produced the outcomes. */
    public List<String> rules() {
        return rules;
    }
}
