package io.dudao.facts;

/**
 * Zone admission (就近划片入学) per compulsory stage.
 *
 * @param primary the primary intake
 * @param junior  the junior secondary intake
 */
public record Admission(ZoneAdmission primary, ZoneAdmission junior) {
}
