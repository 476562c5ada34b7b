package io.dudao.internal.ruleset;

import io.dudao.api.RuleSetInfo;
import java.util.List;

/**
 * A loaded, not yet compiled, rule set.
 *
 * @param info      id, edition and hash
 * @param source    where it was loaded from
 * @param standards its standards, in manifest order
 */
public record RuleSet(RuleSetInfo info, RuleSetSource source, List<StandardDef> standards) {
}
