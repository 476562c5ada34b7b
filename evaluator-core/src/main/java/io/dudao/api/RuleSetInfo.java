package io.dudao.api;

/**
 * Identifies the rule set a report was made with.
 *
 * @param id      rule-set id from its manifest
 * @param edition edition from its manifest
 * @param hash    {@code sha256:} over every file of the rule set (paths and contents)
 */
public record RuleSetInfo(String id, String edition, String hash) {
}
