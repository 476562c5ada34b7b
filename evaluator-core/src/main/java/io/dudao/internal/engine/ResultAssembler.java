package io.dudao.internal.engine;

import io.dudao.api.ConflictingOutcomesException;
import io.dudao.api.DudaoException;
import io.dudao.api.Indicator;
import io.dudao.api.IndicatorResult;
import io.dudao.api.Missing;
import io.dudao.api.ResultRef;
import io.dudao.api.Verdict;
import io.dudao.facts.District;
import io.dudao.facts.Stage;
import io.dudao.rulemodel.CvResult;
import io.dudao.rulemodel.Measure;
import io.dudao.rulemodel.MissingField;
import io.dudao.rulemodel.Outcome;
import io.dudao.rulemodel.SchoolPart;
import io.dudao.rulemodel.Subjects;
import io.dudao.rulemodel.Tally;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The completeness guard and the conversion of rule outcomes into results.
 *
 * <p>Design note. Rules may forget a subject or produce two outcomes for one; neither may pass
 * silently. For every catalog indicator the guard enumerates the subjects it applies to (every school
 * part, each compulsory stage, the district) and requires exactly one outcome for each: two are a
 * {@link ConflictingOutcomesException} naming both rules; none becomes INSUFFICIENT_DATA with reason
 * {@code no-outcome}. An outcome for an indicator outside the catalog, or for a subject the indicator
 * does not apply to, is a rule-set error.
 */
final class ResultAssembler {

    private static final int LOWEST = 3;

    private ResultAssembler() {
    }

    static List<IndicatorResult> assemble(District district, List<Indicator> indicators, List<SchoolPart> parts,
                                          List<OutcomeCollector.Produced> produced) {
        String districtCode = district.code();
        Map<String, Map<String, List<OutcomeCollector.Produced>>> byKey = new HashMap<>();
        Map<String, Indicator> catalog = new LinkedHashMap<>();
        indicators.forEach(i -> catalog.put(i.id(), i));
        for (OutcomeCollector.Produced p : produced) {
            Outcome o = p.outcome();
            if (!catalog.containsKey(o.indicator())) {
                throw new DudaoException("rules.invalid", "rule \"" + p.rules().get(p.rules().size() - 1)
                        + "\" produced an outcome for indicator " + o.indicator() + ", which is not in the catalog");
            }
            byKey.computeIfAbsent(o.indicator(), k -> new HashMap<>())
                    .computeIfAbsent(o.subject(), k -> new ArrayList<>()).add(p);
        }
        Map<String, SchoolPart> partsBySubject = new HashMap<>();
        parts.forEach(sp -> partsBySubject.put(sp.subject(), sp));
        List<String> partSubjects = parts.stream().map(SchoolPart::subject).sorted(Subjects.NATURAL).toList();
        Map<String, String> names = new HashMap<>();
        district.schools().forEach(sc -> {
            if (sc.name() != null) {
                names.put(Subjects.school(sc.id()), sc.name());
            }
        });
        district.kindergartens().forEach(k -> {
            if (k.name() != null) {
                names.put(Subjects.kindergarten(k.id()), k.name());
            }
        });
        List<IndicatorResult> results = new ArrayList<>();
        for (Indicator ind : indicators) {
            List<String> subjects = subjects(ind, district, partSubjects);
            Map<String, List<OutcomeCollector.Produced>> got = byKey.getOrDefault(ind.id(), Map.of());
            for (String subject : got.keySet()) {
                boolean applies = ind.subject() == io.dudao.api.SubjectKind.SCHOOL_PART
                        ? partsBySubject.containsKey(subject) : subjects.contains(subject);
                if (!applies) {
                    throw new DudaoException("rules.invalid", "rule \"" + last(got.get(subject).get(0))
                            + "\" produced an outcome of " + ind.id() + " for " + subject + ", but " + ind.id()
                            + " applies to " + ind.subject() + " subjects");
                }
            }
            for (String subject : subjects) {
                List<OutcomeCollector.Produced> list = got.getOrDefault(subject, List.of());
                if (list.size() > 1) {
                    throw new ConflictingOutcomesException(ind.id(), subject,
                            list.stream().map(ResultAssembler::last).sorted().toList());
                }
                SchoolPart part = partsBySubject.get(subject);
                String unit = names.get(subject);
                results.add(list.isEmpty() ? noOutcome(ind, subject, part, unit)
                        : result(ind, list.get(0), part, unit, catalog));
            }
        }
        return results;
    }

    private static String last(OutcomeCollector.Produced p) {
        return p.rules().get(p.rules().size() - 1);
    }

    private static List<String> subjects(Indicator ind, District district, List<String> partSubjects) {
        String districtCode = district.code();
        return switch (ind.subject()) {
            case SCHOOL_PART -> partSubjects;
            case DISTRICT_STAGE -> List.of(Subjects.districtStage(districtCode, Stage.PRIMARY),
                    Subjects.districtStage(districtCode, Stage.JUNIOR));
            case DISTRICT -> List.of(Subjects.district(districtCode));
            case SCHOOL -> district.schools().stream().map(sc -> Subjects.school(sc.id())).sorted(Subjects.NATURAL)
                    .toList();
            case KINDERGARTEN -> district.kindergartens().stream().map(k -> Subjects.kindergarten(k.id()))
                    .sorted(Subjects.NATURAL).toList();
        };
    }

    /**
     * Every school-part result names its school and stage, also where no measure did (out of scope, no outcome);
     * every result of a whole school or a kindergarten names it ({@code unit}) where the facts give a name.
     */
    private static Map<String, Object> withPart(Map<String, Object> args, SchoolPart part, String unit) {
        if (unit != null) {
            args.putIfAbsent("school", unit);
        }
        if (part != null) {
            if (part.schoolName() != null) {
                args.putIfAbsent("school", part.schoolName());
            }
            args.putIfAbsent("stage", part.stage().name());
        }
        return args;
    }

    /** {@code <indicator>.<VERDICT>}, built once per indicator and verdict. */
    private static final Map<String, String[]> MESSAGE_KEYS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String messageKey(Indicator ind, Verdict verdict) {
        String[] keys = MESSAGE_KEYS.get(ind.id());
        if (keys == null) {
            if (MESSAGE_KEYS.size() > 10_000) {
                MESSAGE_KEYS.clear();
            }
            keys = new String[Verdict.values().length];
            for (Verdict v : Verdict.values()) {
                keys[v.ordinal()] = ind.id() + "." + v;
            }
            MESSAGE_KEYS.put(ind.id(), keys);
        }
        return keys[verdict.ordinal()];
    }

    private static IndicatorResult noOutcome(Indicator ind, String subject, SchoolPart part, String unit) {
        Map<String, Object> args = new TreeMap<>();
        args.put("reason", "no-outcome");
        return new IndicatorResult(ind.id(), subject, Verdict.INSUFFICIENT_DATA, null, null, null, null, null, null,
                null, ind.clause(), List.of(), List.of(), List.of(), List.of(), "no-outcome",
                ind.id() + "." + Verdict.INSUFFICIENT_DATA, withPart(args, part, unit), null);
    }

    private static IndicatorResult result(Indicator ind, OutcomeCollector.Produced p, SchoolPart part, String unit,
                                          Map<String, Indicator> catalog) {
        Outcome o = p.outcome();
        List<ResultRef> children = List.of();
        if (o.tally() != null) {
            List<Outcome> cs = o.tally().children();
            ResultRef[] refs = new ResultRef[cs.size()];
            for (int i = 0; i < refs.length; i++) {
                Outcome c = cs.get(i);
                refs[i] = new ResultRef(c.indicator(), c.subject(), c.verdict());
            }
            children = List.of(refs);
        }
        List<Missing> missing = List.of();
        if (!o.missing().isEmpty()) {
            Missing[] ms = new Missing[o.missing().size()];
            for (int i = 0; i < ms.length; i++) {
                ms[i] = new Missing(o.missing().get(i).subject(), o.missing().get(i).field());
            }
            missing = List.of(ms);
        }
        Object grade = o.arguments().get("grade");
        Object score = o.arguments().get("score");
        return new IndicatorResult(ind.id(), o.subject(), o.verdict(), grade == null ? null : String.valueOf(grade),
                score instanceof BigDecimal b ? exact(b) : null, round(o.value(), ind.decimals()),
                exact(o.value()), exact(o.threshold()), o.operator(), o.thresholdSource(), ind.clause(), p.rules(),
                children, o.failing(), missing, o.reason(), messageKey(ind, o.verdict()),
                withPart(arguments(ind, o, catalog), part, unit), null);
    }

    /** The named arguments of the explanation: generic evidence plus what the rule added. */
    private static Map<String, Object> arguments(Indicator ind, Outcome o, Map<String, Indicator> catalog) {
        Map<String, Object> a = new TreeMap<>();
        Measure m = o.measure();
        if (m != null) {
            if (m.stage() != null) {
                a.put("stage", m.stage().name());
            }
            if (m.schoolName() != null) {
                a.put("school", m.schoolName());
            }
        }
        if (o.value() != null) {
            a.put("value", round(o.value(), ind.decimals()));
        }
        if (o.threshold() != null) {
            a.put("threshold", exact(o.threshold()));
            a.put("operator", o.operator().symbol());
        }
        if (o.reason() != null) {
            a.put("reason", o.reason());
        }
        if (!o.missing().isEmpty()) {
            a.put("missing", o.missing().stream().map(ResultAssembler::missingText).toList());
        }
        if (m != null && m.cv() != null) {
            cvArguments(a, m.cv());
        }
        if (o.tally() != null) {
            tallyArguments(a, o, catalog);
        }
        o.arguments().forEach((k, v) -> a.put(k, v instanceof BigDecimal b ? exact(b) : v));
        return a;
    }

    private static void cvArguments(Map<String, Object> a, CvResult cv) {
        a.put("schools", cv.parts().size());
        if (cv.mean() != null) {
            a.put("mean", round(cv.mean(), 2));
        }
        List<Map<String, Object>> lowest = new ArrayList<>();
        for (Measure m : cv.furthestBelowMean(LOWEST)) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("subject", m.subject());
            s.put("school", m.schoolName() == null ? m.schoolId() : m.schoolName());
            s.put("value", round(m.value(), 2));
            s.put("belowMean", round(BigDecimal.ONE.subtract(m.value().divide(cv.mean(), io.dudao.rulemodel.Quantity.MC)), 3));
            lowest.add(s);
        }
        if (!lowest.isEmpty()) {
            a.put("lowest", lowest);
        }
        if (cv.status() == CvResult.Status.MISSING_VALUES) {
            a.put("incomplete", cv.missing().stream().map(MissingField::subject).distinct().toList());
        }
    }

    private static void tallyArguments(Map<String, Object> a, Outcome o, Map<String, Indicator> catalog) {
        Tally t = o.tally();
        a.put("passed", t.pass());
        a.put("failed", t.fail());
        a.put("undecided", t.insufficient());
        a.put("notApplicable", t.notApplicable());
        List<Map<String, Object>> missed = new ArrayList<>();
        for (Outcome c : t.with(Verdict.FAIL)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("indicator", c.indicator());
            m.put("subject", c.subject());
            if (c.measure() != null && c.measure().stage() == null && c.measure().schoolName() != null) {
                // a whole school: named here too, for reports that list the roll-up but not the school's result
                m.put("school", c.measure().schoolName());
            }
            if (c.value() != null) {
                // as the child's own result shows it: its catalog decimals (a CV 3), else 2
                Indicator child = catalog.get(c.indicator());
                int decimals = child != null ? child.decimals() : c.measure() != null && c.measure().cv() != null ? 3 : 2;
                m.put("value", round(c.value(), decimals));
                m.put("threshold", exact(c.threshold()));
                BigDecimal r = c.getRatioToThreshold();
                if (r != null) {
                    m.put("ratio", round(r, 3));
                }
            }
            missed.add(m);
        }
        if (!missed.isEmpty()) {
            a.put("missed", missed);
        }
        List<String> undecided = t.with(Verdict.INSUFFICIENT_DATA).stream()
                .map(c -> c.subject().equals(o.subject()) ? c.indicator() : c.indicator() + " " + c.subject()).toList();
        if (!undecided.isEmpty()) {
            a.put("undecidedChildren", undecided);
        }
    }

    private static String missingText(MissingField m) {
        return m.subject() + " " + m.field();
    }

    static BigDecimal round(BigDecimal v, int decimals) {
        return v == null ? null : v.setScale(decimals, RoundingMode.HALF_UP);
    }

    static BigDecimal exact(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
