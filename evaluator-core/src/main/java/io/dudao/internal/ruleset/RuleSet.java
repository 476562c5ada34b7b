package io.dudao.internal.ruleset;

import io.dudao.api.RuleSetInfo;
import java.util.List;

/**
 * A loaded, not yet compiled, rule set.
 *
 * @param info      id, edition and hash
 * @param source    where it was loaded from
 * @param standards its standards, in manifest order
 * @param from      the first day the rule set applies to (as-of dates), {@code null} for no limit
 * @param until     the last day it applies to, {@code null} for no limit
 */
public record RuleSet(RuleSetInfo info, RuleSetSource source, List<StandardDef> standards, java.time.LocalDate from,
                      java.time.LocalDate until) {

    /** This rule set with only {@code chosen} standards. */
    public RuleSet with(List<StandardDef> chosen) {
        return new RuleSet(info, source, chosen, from, until);
    }

    /** Whether {@code asOf} is within the effective period. */
    public boolean inEffect(java.time.LocalDate asOf) {
        return (from == null || !asOf.isBefore(from)) && (until == null || !asOf.isAfter(until));
    }
}
