package io.dudao.rulemodel;

import io.dudao.facts.Stage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A derived value of one indicator for one subject: what a judge rule compares with a threshold.
 * A school-part measure carries the part's enrolment as its weight for the enrolment-weighted CV.
 *
 * @param indicator  indicator id, e.g. {@code QB2017-R4}
 * @param subject    the subject
 * @param stage      the stage, {@code null} for a district-wide measure
 * @param schoolId   the school, {@code null} above school level
 * @param schoolName the school's name, {@code null} above school level
 * @param value      the exact value, {@code null} when unknown
 * @param missing    the inputs that made the value unknown
 * @param weight     enrolment weight (school parts), {@code null} otherwise
 * @param cv         the coefficient-of-variation details for a CV measure, {@code null} otherwise
 * @param note       a reason code for how the value was derived (e.g. a relaxation), {@code null} normally
 */
public record Measure(
        String indicator,
        String subject,
        Stage stage,
        String schoolId,
        String schoolName,
        BigDecimal value,
        List<MissingField> missing,
        BigDecimal weight,
        CvResult cv,
        String note) {

    public Measure {
        missing = List.copyOf(missing == null ? List.of() : missing);
    }

    /** The measure of {@code indicator} for a school part, from a computed quantity. */
    public static Measure of(String indicator, SchoolPart part, Quantity q) {
        List<MissingField> missing = q.missing().isEmpty() && q.problems().isEmpty() ? List.of() : new ArrayList<>();
        for (String f : q.missing()) {
            missing.add(new MissingField(part.subject(), f));
        }
        for (String p : q.problems()) {
            missing.add(new MissingField(part.subject(), p));
        }
        return new Measure(indicator, part.subject(), part.stage(), part.schoolId(), part.schoolName(), q.value(),
                missing, part.students() == null ? null : BigDecimal.valueOf(part.students()), null, null);
    }

    /**
     * The measure of {@code indicator} for a subject read by path (the district, a whole school, a
     * kindergarten), from a computed quantity; the missing inputs are named relative to the subject.
     */
    public static Measure of(String indicator, FactSubject s, Quantity q) {
        List<MissingField> missing = new ArrayList<>();
        for (String f : q.missing()) {
            missing.add(new MissingField(s.subject(), f));
        }
        for (String p : q.problems()) {
            missing.add(new MissingField(s.subject(), p));
        }
        boolean unit = s instanceof SchoolFact || s instanceof KindergartenFact;
        String id = s instanceof SchoolFact sf ? sf.schoolId() : s instanceof KindergartenFact k ? k.id() : null;
        return new Measure(indicator, s.subject(), null, id, unit ? s.displayName() : null, q.value(), missing, null,
                null, null);
    }

    /**
     * The measure of {@code indicator} for a stage of the district that is not a coefficient of variation
     * itself (e.g. a composite of several CVs), from a computed quantity.
     */
    public static Measure ofStage(String indicator, StageGroup group, Quantity q) {
        List<MissingField> missing = new ArrayList<>();
        for (String f : q.missing()) {
            missing.add(new MissingField(group.subject(), f));
        }
        for (String p : q.problems()) {
            missing.add(new MissingField(group.subject(), p));
        }
        return new Measure(indicator, group.subject(), group.stage(), null, null, q.value(), missing, null, null, null);
    }

    /** This measure, noting how it was derived (e.g. {@code relaxation:small-rural-school}). */
    public Measure noted(String note) {
        return new Measure(indicator, subject, stage, schoolId, schoolName, value, missing, weight, cv, note);
    }

    /** The measure of a CV indicator for a stage of the district. */
    public static Measure ofCv(String indicator, StageGroup group, CvResult cv) {
        return new Measure(indicator, group.subject(), group.stage(), null, null, cv.cv(), cv.missing(), null, cv, null);
    }

    /** Whether the value is known. */
    public boolean known() {
        return value != null;
    }

    /** Whether this is a CV over a stage without any school: nothing to compare. */
    public boolean isEmptyStage() {
        return cv != null && cv.status() == CvResult.Status.EMPTY;
    }
}
