package io.dudao.rulemodel;

/**
 * An input that an outcome needed and did not have.
 *
 * @param subject the subject whose data is missing, e.g. {@code school:S03/PRIMARY}
 * @param field   the field path within the facts, e.g. {@code teachers.primary.pe}, or a problem such as
 *                {@code enrolment.primary = 0}
 */
public record MissingField(String subject, String field) implements Comparable<MissingField> {

    @Override
    public int compareTo(MissingField o) {
        int c = Subjects.compare(subject, o.subject);
        return c != 0 ? c : field.compareTo(o.field);
    }
}
