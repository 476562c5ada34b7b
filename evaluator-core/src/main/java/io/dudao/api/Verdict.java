package io.dudao.api;

/** The verdict of one indicator for one subject. Missing data is never {@link #PASS}. */
public enum Verdict {
    /** The subject meets the indicator. */
    PASS,
    /** The subject misses the indicator, on data that settles it. */
    FAIL,
    /** The indicator does not apply to the subject (out of scope, empty stage); the reason says why. */
    NOT_APPLICABLE,
    /** The data needed to decide is missing or unusable; the outcome names what is missing. */
    INSUFFICIENT_DATA
}
