package io.dudao.internal.engine;

import io.dudao.api.Indicator;
import io.dudao.api.Verdict;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The named arguments that {@link ResultAssembler} gives each kind of result: the vocabulary that
 * explanation templates are checked against when an evaluator is built. It is declared here, beside the
 * code that fills the arguments, and a test compares it with the arguments of real results.
 *
 * <p>The shape of a result follows from its indicator's catalog entry: an indicator with an operator is
 * judged against a threshold (per school part, per district stage — a coefficient of variation — or for
 * the district); one without is a roll-up of child results. Which arguments a result carries depends on
 * how its outcome was made ({@code Outcome.judged}, {@code Outcome.notApplicable}, {@code Outcome.rolledUp},
 * or no outcome at all, which the completeness guard turns into INSUFFICIENT_DATA with reason
 * {@code no-outcome}), so each verdict's arguments are the union over the ways that verdict can arise; an
 * argument is {@link Argument#always() always} present only when every way gives it. Rules may add
 * further arguments with {@code Outcome.with(name, value)}; those are not declared here.
 */
public enum ResultShape {
    /** A school part judged against a threshold: subject kind SCHOOL_PART with an operator. */
    JUDGED_PART,
    /** A stage's enrolment-weighted coefficient of variation: subject kind DISTRICT_STAGE with an operator. */
    CV,
    /** The district judged against a threshold: subject kind DISTRICT with an operator. */
    JUDGED_DISTRICT,
    /** A roll-up of child results: an indicator without an operator. */
    ROLL_UP,
    /** A school part's roll-up of its own indicators: subject kind SCHOOL_PART without an operator. */
    PART_ROLL_UP,
    /** A whole school or a kindergarten judged against a threshold: subject kind SCHOOL or KINDERGARTEN with an operator. */
    JUDGED_UNIT,
    /** A roll-up for a whole school or a kindergarten: subject kind SCHOOL or KINDERGARTEN without an operator. */
    UNIT_ROLL_UP,
    /** A finding on evidence (assessment EVIDENCE): an item accepted or not, a veto found or not. */
    EVIDENCE;

    /** What an argument holds. */
    public enum Type {
        /** a {@code BigDecimal} or an integer */
        NUMBER,
        /** a string */
        TEXT,
        /** a list of strings */
        TEXT_LIST,
        /** a list of maps, whose entries {@link Argument#fields()} declares */
        RECORD_LIST
    }

    /**
     * One named argument.
     *
     * @param name        the name
     * @param type        what it holds
     * @param always      whether every result of the shape and verdict has it
     * @param presentWith another argument of the same map whose presence implies this one's, or {@code null}
     * @param fields      the entries of each item of a {@link Type#RECORD_LIST}, empty otherwise
     */
    public record Argument(String name, Type type, boolean always, String presentWith, Map<String, Argument> fields) {
        public Argument {
            fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        Argument sometimes() {
            return always ? new Argument(name, type, false, presentWith, fields) : this;
        }
    }

    /** The shape of {@code indicator}'s results. */
    public static ResultShape of(Indicator indicator) {
        if (indicator.assessment() == io.dudao.api.Assessment.EVIDENCE) {
            return EVIDENCE;
        }
        boolean unit = indicator.subject() == io.dudao.api.SubjectKind.SCHOOL
                || indicator.subject() == io.dudao.api.SubjectKind.KINDERGARTEN;
        if (unit) {
            return indicator.operator() == null ? UNIT_ROLL_UP : JUDGED_UNIT;
        }
        if (indicator.operator() == null) {
            return indicator.subject() == io.dudao.api.SubjectKind.SCHOOL_PART ? PART_ROLL_UP : ROLL_UP;
        }
        return switch (indicator.subject()) {
            case SCHOOL_PART -> JUDGED_PART;
            case DISTRICT_STAGE -> CV;
            case DISTRICT -> JUDGED_DISTRICT;
            case SCHOOL, KINDERGARTEN -> JUDGED_UNIT;
        };
    }

    /** The arguments a result of this shape with {@code verdict} can carry, by name, in declaration order. */
    public Map<String, Argument> arguments(Verdict verdict) {
        List<Map<String, Argument>> ways = switch (this) {
            case EVIDENCE -> switch (verdict) {
                case PASS, FAIL -> List.of(evidence(verdict));
                case INSUFFICIENT_DATA -> List.of(evidence(verdict), noOutcome());
                case NOT_APPLICABLE -> List.of(notApplicable());
            };
            case JUDGED_PART, CV, JUDGED_DISTRICT, JUDGED_UNIT -> switch (verdict) {
                case PASS, FAIL -> List.of(judged(verdict));
                case INSUFFICIENT_DATA -> List.of(judged(verdict), noOutcome());
                case NOT_APPLICABLE -> List.of(judged(verdict), notApplicable());
            };
            case ROLL_UP, PART_ROLL_UP, UNIT_ROLL_UP -> switch (verdict) {
                case PASS, FAIL -> List.of(rolledUp(verdict));
                case INSUFFICIENT_DATA -> List.of(rolledUp(verdict), noOutcome());
                case NOT_APPLICABLE -> List.of(rolledUp(verdict), notApplicable());
            };
        };
        Map<String, Argument> a = new LinkedHashMap<>(union(ways));
        if (this == JUDGED_PART || this == PART_ROLL_UP) {
            // every school-part result names its stage, and its school where the facts give a name
            put(a, "stage", Type.TEXT, true);
            put(a, "school", Type.TEXT, false);
        }
        if (this == JUDGED_UNIT || this == UNIT_ROLL_UP || this == EVIDENCE) {
            // a whole school's or a kindergarten's result names it where the facts give a name
            put(a, "school", Type.TEXT, false);
        }
        return Collections.unmodifiableMap(a);
    }

    // ---- what ResultAssembler.arguments(...) puts, per way an outcome is made ----

    /** {@code Outcome.judged(measure, threshold, verdict)}. */
    private Map<String, Argument> judged(Verdict verdict) {
        boolean decided = verdict == Verdict.PASS || verdict == Verdict.FAIL;
        Map<String, Argument> a = new LinkedHashMap<>();
        if (this == JUDGED_PART || this == CV) {
            put(a, "stage", Type.TEXT, true);
        }
        if (this == JUDGED_PART) {
            put(a, "school", Type.TEXT, false);
        }
        if (decided) {
            put(a, "value", Type.NUMBER, true);
        }
        put(a, "threshold", Type.NUMBER, true);
        put(a, "operator", Type.TEXT, true);
        if (!decided) {
            put(a, "reason", Type.TEXT, true);
        }
        if (verdict == Verdict.INSUFFICIENT_DATA) {
            put(a, "missing", Type.TEXT_LIST, false);
        }
        if (this != CV) {
            put(a, "note", Type.TEXT, false);
        }
        if (this == CV) {
            put(a, "schools", Type.NUMBER, true);
            put(a, "mean", Type.NUMBER, decided);
            a.put("lowest", new Argument("lowest", Type.RECORD_LIST, false, null, LOWEST_ITEM));
            if (verdict == Verdict.INSUFFICIENT_DATA) {
                put(a, "incomplete", Type.TEXT_LIST, false);
            }
        }
        return a;
    }

    /** {@code Outcome.evidence(indicator, subject, flagPath, verdict)}. */
    private static Map<String, Argument> evidence(Verdict verdict) {
        Map<String, Argument> a = new LinkedHashMap<>();
        put(a, "reference", Type.TEXT, false);
        put(a, "remark", Type.TEXT, false);
        if (verdict == Verdict.INSUFFICIENT_DATA) {
            put(a, "reason", Type.TEXT, true);
            put(a, "missing", Type.TEXT_LIST, true);
        }
        return a;
    }

    /** {@code Outcome.notApplicable(indicator, subject, reason)}. */
    private static Map<String, Argument> notApplicable() {
        Map<String, Argument> a = new LinkedHashMap<>();
        put(a, "reason", Type.TEXT, true);
        return a;
    }

    /** No outcome: the completeness guard's INSUFFICIENT_DATA with reason {@code no-outcome}. */
    private static Map<String, Argument> noOutcome() {
        Map<String, Argument> a = new LinkedHashMap<>();
        put(a, "reason", Type.TEXT, true);
        return a;
    }

    /** {@code Outcome.rolledUp(tally, verdict)}. */
    private static Map<String, Argument> rolledUp(Verdict verdict) {
        Map<String, Argument> a = new LinkedHashMap<>();
        put(a, "passed", Type.NUMBER, true);
        put(a, "failed", Type.NUMBER, true);
        put(a, "undecided", Type.NUMBER, true);
        put(a, "notApplicable", Type.NUMBER, true);
        a.put("missed", new Argument("missed", Type.RECORD_LIST, false, null, MISSED_ITEM));
        put(a, "undecidedChildren", Type.TEXT_LIST, false);
        if (verdict == Verdict.INSUFFICIENT_DATA || verdict == Verdict.NOT_APPLICABLE) {
            put(a, "reason", Type.TEXT, true);
        }
        if (verdict == Verdict.INSUFFICIENT_DATA) {
            put(a, "missing", Type.TEXT_LIST, false);
        }
        return a;
    }

    /** An item of {@code lowest}: a school part of a CV, furthest below the mean. */
    public static final Map<String, Argument> LOWEST_ITEM = items(
            new Argument("subject", Type.TEXT, true, null, null),
            new Argument("school", Type.TEXT, true, null, null),
            new Argument("value", Type.NUMBER, true, null, null),
            new Argument("belowMean", Type.NUMBER, true, null, null));

    /** An item of {@code missed}: a child that FAILs; value, threshold and ratio when it was judged. */
    public static final Map<String, Argument> MISSED_ITEM = items(
            new Argument("indicator", Type.TEXT, true, null, null),
            new Argument("subject", Type.TEXT, true, null, null),
            new Argument("value", Type.NUMBER, false, null, null),
            new Argument("threshold", Type.NUMBER, false, "value", null),
            new Argument("ratio", Type.NUMBER, false, "value", null));

    private static Map<String, Argument> items(Argument... args) {
        Map<String, Argument> m = new LinkedHashMap<>();
        for (Argument a : args) {
            m.put(a.name(), a);
        }
        return Collections.unmodifiableMap(m);
    }

    private static void put(Map<String, Argument> a, String name, Type type, boolean always) {
        a.put(name, new Argument(name, type, always, null, null));
    }

    /** The arguments of any of {@code ways}: present always only when every way has them always. */
    private static Map<String, Argument> union(List<Map<String, Argument>> ways) {
        Map<String, Argument> out = new LinkedHashMap<>();
        for (Map<String, Argument> way : ways) {
            for (Argument a : way.values()) {
                Argument prior = out.get(a.name());
                out.put(a.name(), prior == null ? a : prior.always() && a.always() ? prior : prior.sometimes());
            }
        }
        for (Map.Entry<String, Argument> e : out.entrySet()) {
            if (ways.stream().anyMatch(w -> !w.containsKey(e.getKey()))) {
                e.setValue(e.getValue().sometimes());
            }
        }
        return Collections.unmodifiableMap(out);
    }
}
