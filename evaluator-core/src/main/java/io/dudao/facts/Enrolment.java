package io.dudao.facts;

/**
 * Students enrolled (在校生数) per stage. A {@code null} count is unknown, never zero.
 *
 * @param primary 小学 students
 * @param junior  初中 students
 * @param senior  高中 students (used only for the stage split of twelve-year and complete secondary schools)
 */
public record Enrolment(Integer primary, Integer junior, Integer senior) {

    /** The count for {@code stage}, or {@code null} when unknown. */
    public Integer of(Stage stage) {
        return switch (stage) {
            case PRIMARY -> primary;
            case JUNIOR -> junior;
            case SENIOR -> senior;
        };
    }
}
