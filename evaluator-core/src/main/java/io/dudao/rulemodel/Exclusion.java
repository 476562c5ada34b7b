package io.dudao.rulemodel;

/**
 * A subject that a standard's scope rules put outside the standard; its school-level indicators are
 * NOT_APPLICABLE with {@link #reason()}.
 *
 * @param subject the excluded subject (a school part)
 * @param reason  a stable reason code, e.g. {@code special-school}, {@code small-teaching-point}
 */
public record Exclusion(String subject, String reason) {
}
