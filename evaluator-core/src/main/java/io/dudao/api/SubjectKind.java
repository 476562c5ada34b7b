package io.dudao.api;

/** What an indicator is evaluated for. */
public enum SubjectKind {
    /** Each stage part of each school: {@code school:<id>/<STAGE>}. */
    SCHOOL_PART,
    /** Each compulsory stage of the district: {@code district:<code>/<STAGE>}. */
    DISTRICT_STAGE,
    /** The district as a whole: {@code district:<code>}. */
    DISTRICT,
    /** Each school as a whole, every school of the district: {@code school:<id>}. */
    SCHOOL,
    /** Each kindergarten of the district: {@code kindergarten:<id>}. */
    KINDERGARTEN
}
