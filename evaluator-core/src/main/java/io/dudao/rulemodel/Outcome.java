package io.dudao.rulemodel;

import io.dudao.api.Operator;
import io.dudao.api.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The verdict of one indicator for one subject, as a rule inserts it. Rules create outcomes with the
 * factory methods: {@link #judged} for a measure against a threshold, {@link #rolledUp} for a roll-up of
 * child outcomes, {@link #notApplicable} for a subject outside the indicator's scope. The engine checks
 * that every (indicator, subject) has exactly one outcome.
 *
 * @param indicator       indicator id
 * @param subject         the subject
 * @param verdict         the verdict
 * @param value           the measured value (exact), {@code null} when there is none
 * @param threshold       the threshold compared with, {@code null} when there is none
 * @param operator        how the value was compared, {@code null} when there is none
 * @param thresholdSource the parameter layer that set the threshold
 * @param reason          a reason code for NOT_APPLICABLE and INSUFFICIENT_DATA, {@code null} otherwise
 * @param missing         the inputs that are missing, sorted
 * @param arguments       further named values for the explanation
 * @param measure         the measure judged, {@code null} for roll-ups
 * @param tally           the children rolled up, {@code null} for judged outcomes
 */
public record Outcome(
        String indicator,
        String subject,
        Verdict verdict,
        BigDecimal value,
        BigDecimal threshold,
        Operator operator,
        String thresholdSource,
        String reason,
        List<MissingField> missing,
        Map<String, Object> arguments,
        Measure measure,
        Tally tally) {

    public Outcome {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(verdict, "verdict");
        missing = missing == null || missing.isEmpty() ? List.of() : List.copyOf(new TreeSet<>(missing));
        arguments = arguments == null || arguments.isEmpty() ? Collections.emptySortedMap()
                : Collections.unmodifiableMap(new TreeMap<>(arguments));
    }

    /**
     * The verdict on {@code m} against {@code t}. An INSUFFICIENT_DATA verdict carries the measure's
     * missing inputs; an empty CV stage gives NOT_APPLICABLE with reason {@code empty-stage}.
     */
    public static Outcome judged(Measure m, Threshold t, Verdict verdict) {
        String reason = null;
        if (verdict == Verdict.INSUFFICIENT_DATA) {
            reason = m.cv() != null ? "cv-" + m.cv().status().name().toLowerCase().replace('_', '-') : "missing-input";
        } else if (verdict == Verdict.NOT_APPLICABLE) {
            reason = "empty-stage";
        }
        return new Outcome(m.indicator(), m.subject(), verdict, m.value(), t.value(), t.operator(), t.source(),
                reason, verdict == Verdict.INSUFFICIENT_DATA ? m.missing() : List.of(),
                m.note() == null ? Map.of() : Map.of("note", m.note()), m, null);
    }

    /** NOT_APPLICABLE for {@code subject}, with a reason code such as {@code special-school}. */
    public static Outcome notApplicable(String indicator, String subject, String reason) {
        return new Outcome(indicator, subject, Verdict.NOT_APPLICABLE, null, null, null, null, reason,
                List.of(), Map.of(), null, null);
    }

    /**
     * The roll-up of {@code t}'s children into {@code verdict}. An INSUFFICIENT_DATA roll-up carries the
     * missing inputs of its undecided children.
     */
    public static Outcome rolledUp(Tally t, Verdict verdict) {
        List<MissingField> missing = new ArrayList<>();
        if (verdict == Verdict.INSUFFICIENT_DATA) {
            for (Outcome c : t.with(Verdict.INSUFFICIENT_DATA)) {
                missing.addAll(c.missing);
            }
        }
        return new Outcome(t.indicator(), t.subject(), verdict, null, null, null, null,
                verdict == Verdict.INSUFFICIENT_DATA ? "undecided-children"
                        : verdict == Verdict.NOT_APPLICABLE ? "no-applicable-children" : null,
                missing, Map.of(), null, t);
    }

    /**
     * The verdict on a finding about evidence: a qualitative item accepted or not, or a veto found or not.
     * {@code flagPath} is the path of the finding's yes/no value on {@code s}, e.g.
     * {@code evidence.QB2017-G1.accepted} or {@code vetoes.QB2017-VETO1.found}; the finding's
     * {@code reference} and {@code note} beside it become the arguments {@code reference} and {@code remark}.
     * An INSUFFICIENT_DATA verdict names {@code flagPath} as missing, with reason {@code no-finding}.
     */
    public static Outcome evidence(String indicator, FactSubject s, String flagPath, Verdict verdict) {
        int dot = flagPath.lastIndexOf('.');
        String base = dot < 0 ? "" : flagPath.substring(0, dot + 1);
        Map<String, Object> args = new TreeMap<>();
        String reference = s.text(base + "reference");
        String note = s.text(base + "note");
        if (reference != null) {
            args.put("reference", reference);
        }
        if (note != null) {
            args.put("remark", note);
        }
        boolean undecided = verdict == Verdict.INSUFFICIENT_DATA;
        return new Outcome(indicator, s.subject(), verdict, null, null, null, null, undecided ? "no-finding" : null,
                undecided ? List.of(new MissingField(s.subject(), s.values().reported(flagPath))) : List.of(), args,
                null, null);
    }

    /** This outcome with a grade (合格 / 基本合格 / 不合格 where the standard grades); reported as the result's grade. */
    public Outcome graded(String grade) {
        return with("grade", grade);
    }

    /** This outcome with a score where the standard scores; reported as the result's score. */
    public Outcome scored(BigDecimal score) {
        return with("score", score);
    }

    /** This outcome with one more named argument for its explanation. */
    public Outcome with(String name, Object value) {
        Map<String, Object> args = new TreeMap<>(arguments);
        args.put(name, value);
        return new Outcome(indicator, subject, verdict, this.value, threshold, operator, thresholdSource, reason,
                missing, args, measure, tally);
    }

    /** The subjects of the children that FAIL, other than this outcome's own subject, in order. */
    public List<String> failing() {
        if (tally == null) {
            return List.of();
        }
        LinkedHashSet<String> s = new LinkedHashSet<>();
        tally.with(Verdict.FAIL).stream().map(Outcome::subject).filter(x -> !x.equals(subject))
                .sorted(Subjects.NATURAL).forEach(s::add);
        return List.copyOf(s);
    }

    /** {@code value ÷ threshold}, the share of its threshold that a value reaches; {@code null} when unknown. */
    public BigDecimal getRatioToThreshold() {
        return value == null || threshold == null || threshold.signum() == 0 ? null : value.divide(threshold, Quantity.MC);
    }
}
