package io.dudao.api;

/**
 * An input that a result needed and did not have.
 *
 * @param subject the subject whose data is missing
 * @param field   the field path, or a description of an unusable value ({@code enrolment.primary = 0})
 */
public record Missing(String subject, String field) {
}
