package io.dudao.rulemodel;

import io.dudao.facts.Location;
import io.dudao.facts.Ownership;
import io.dudao.facts.SchoolType;

/**
 * One school as a whole ({@code school:<id>}), the subject of the school-level indicators that do not
 * split by stage: school size, class sizes, music and art rooms, funding, zone admission, charter, 双减.
 * Rules read its figures by path through {@link FactSubject}, as the facts file spells them:
 * {@code $s.number("enrolment.primary")}, {@code $s.sizes("classSizes.junior")},
 * {@code $s.number("finance.trainingBudget")}, {@code $s.text("moralEducationRating")}.
 *
 * @param subject      {@code school:<id>}
 * @param districtCode district code
 * @param schoolId     school id
 * @param schoolName   school name
 * @param schoolType   kind of school ({@code null} when unknown)
 * @param ownership    public or private ({@code null} when unknown)
 * @param location     urban, town or rural ({@code null} when unknown)
 * @param special      a special-education school
 * @param vocational   a vocational school
 * @param boarding     a boarding school
 * @param builtYear    year the school was built, {@code null} when unknown
 * @param students     compulsory-stage enrolment (primary + junior), {@code null} when any stage of its type is unknown
 * @param values       the school's figures by path
 */
public record SchoolFact(
        String subject,
        String districtCode,
        String schoolId,
        String schoolName,
        SchoolType schoolType,
        Ownership ownership,
        Location location,
        boolean special,
        boolean vocational,
        boolean boarding,
        Integer builtYear,
        Integer students,
        FactValues values) implements FactSubject {

    @Override
    public String displayName() {
        return schoolName;
    }

    /** Whether the school is public; unknown counts as no. */
    public boolean isPublic() {
        return ownership == Ownership.PUBLIC;
    }

    /** Whether the school has a primary stage. */
    public boolean isHasPrimary() {
        return schoolType != null && schoolType.stages().contains(io.dudao.facts.Stage.PRIMARY);
    }

    /** Whether the school has a junior secondary stage. */
    public boolean isHasJunior() {
        return schoolType != null && schoolType.stages().contains(io.dudao.facts.Stage.JUNIOR);
    }

    /** The compulsory-stage enrolment as a quantity, naming the missing stage counts. */
    public Quantity enrolment() {
        Quantity q = Quantity.of(0);
        if (isHasPrimary()) {
            q = q.plus(number("enrolment.primary"));
        }
        if (isHasJunior()) {
            q = q.plus(number("enrolment.junior"));
        }
        return schoolType == null ? Quantity.missing("type") : q;
    }
}
