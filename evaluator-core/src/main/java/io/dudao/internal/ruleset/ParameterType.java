package io.dudao.internal.ruleset;

/** The type of a parameter value. */
public enum ParameterType {
    /** A decimal, or one decimal per stage. */
    DECIMAL,
    /** A whole number. */
    INTEGER,
    /** A switch. */
    BOOLEAN,
    /** One weight per stage (PRIMARY, JUNIOR, SENIOR), for the stage split. */
    STAGE_WEIGHTS,
    /** A list of field names. */
    FIELDS
}
