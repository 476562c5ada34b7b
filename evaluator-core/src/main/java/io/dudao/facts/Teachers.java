package io.dudao.facts;

/** Teacher counts reported per stage. Either part may be {@code null} when the school lacks that stage or did not report it. */
public record Teachers(StageTeachers primary, StageTeachers junior) {

    /** The counts of {@code stage}, or {@code null}. */
    public StageTeachers of(Stage stage) {
        return switch (stage) {
            case PRIMARY -> primary;
            case JUNIOR -> junior;
            case SENIOR -> null;
        };
    }
}
