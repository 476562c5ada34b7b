package io.dudao.api;

/**
 * A reference to another result of the same report, e.g. a child of a roll-up.
 *
 * @param indicator indicator id
 * @param subject   subject
 * @param verdict   its verdict
 */
public record ResultRef(String indicator, String subject, Verdict verdict) {
}
