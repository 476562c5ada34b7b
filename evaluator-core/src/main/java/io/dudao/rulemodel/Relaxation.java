package io.dudao.rulemodel;

/**
 * A relaxation (规程放宽) that applies to a subject for one indicator: rules derive the relaxed measure
 * instead of the normal one. Inserted by the indicator's own relaxation rule when the standard's
 * relaxation switch is on.
 *
 * @param subject   the subject it applies to
 * @param indicator the indicator relaxed
 * @param reason    a reason code, e.g. {@code small-rural-school}
 */
public record Relaxation(String subject, String indicator, String reason) {
}
