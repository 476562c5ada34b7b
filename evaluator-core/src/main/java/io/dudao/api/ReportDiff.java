package io.dudao.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.dudao.internal.json.Json;
import io.dudao.internal.report.DiffReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Two reports of one district compared, last year's and this year's: the 整改 (rectification) view a county
 * shows its inspectors. It lists the outcomes whose verdict changed (including outcomes only one report has),
 * the values that moved while the verdict stayed, by how much, and the schools newly failing and newly
 * passing. Made by {@link #of(EvaluationReport, EvaluationReport)}; written as text, JSON or a self-contained
 * HTML page.
 *
 * <p>What is comparable. Two reports of different districts, or made with different rule sets (another
 * rule-set id), are refused: their outcomes do not answer for the same thing. Reports of the same rule set
 * in another edition, with other parameters (another parameter hash, e.g. a provincial overlay) or of other
 * standards are compared, with a warning in {@link #warnings()}, since a county's rule set may well move on
 * between two inspections; the thresholds of each side are those its report records.
 *
 * <p>A school's status on each side is FAIL when any of its results fails, otherwise INSUFFICIENT_DATA when
 * any lacks data, otherwise PASS when any passes. Newly failing: FAIL now and not before (a school new this
 * year included). Newly passing: FAIL before and PASS now (missing data never counts as passing). Changes
 * are in this year's report order (catalog, then subject), then the outcomes only last year's report has.
 * Immutable; the same two reports give equal diffs and byte-identical output.
 *
 * @param district      the district code
 * @param districtName  the district name (this year's), or the code
 * @param last          last year's report, in brief
 * @param current       this year's report, in brief
 * @param warnings      why the comparison needs care (another edition, other parameters), empty when none
 * @param verdictChanges outcomes whose verdict changed, appeared or disappeared
 * @param valueChanges  outcomes whose verdict stayed but whose value moved
 * @param newlyFailing  schools failing now that did not before
 * @param newlyPassing  schools that failed before and pass now
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"district", "districtName", "last", "current", "warnings", "verdictChanges", "valueChanges",
        "newlyFailing", "newlyPassing"})
public record ReportDiff(
        String district,
        String districtName,
        Side last,
        Side current,
        List<String> warnings,
        List<Change> verdictChanges,
        List<Change> valueChanges,
        List<SchoolChange> newlyFailing,
        List<SchoolChange> newlyPassing) {

    /** The stable error code of two reports that cannot be compared. */
    public static final String INCOMPARABLE = "diff.incomparable";

    public ReportDiff {
        warnings = List.copyOf(warnings);
        verdictChanges = List.copyOf(verdictChanges);
        valueChanges = List.copyOf(valueChanges);
        newlyFailing = List.copyOf(newlyFailing);
        newlyPassing = List.copyOf(newlyPassing);
    }

    /**
     * One report in brief.
     *
     * @param schoolYear     the school year of its facts
     * @param asOf           its as-of date
     * @param ruleSet        rule-set id
     * @param edition        rule-set edition
     * @param ruleSetHash    rule-set hash
     * @param parametersHash parameters hash
     * @param layers         parameter layers
     * @param factsHash      facts hash
     * @param summary        result counts by verdict
     */
    @JsonPropertyOrder({"schoolYear", "asOf", "ruleSet", "edition", "ruleSetHash", "parametersHash", "layers",
            "factsHash", "summary"})
    public record Side(String schoolYear, LocalDate asOf, String ruleSet, String edition, String ruleSetHash,
                       String parametersHash, List<String> layers, String factsHash, Map<Verdict, Integer> summary) {
        public Side {
            layers = List.copyOf(layers);
            summary = Collections.unmodifiableMap(new LinkedHashMap<>(summary));
        }

        static Side of(EvaluationReport r) {
            return new Side(r.district().schoolYear(), r.asOf(), r.ruleSet().id(), r.ruleSet().edition(),
                    r.ruleSet().hash(), r.parameters().hash(), r.parameters().layers(), r.factsHash(), r.summary());
        }
    }

    /**
     * One outcome compared. A side that lacks the outcome has a {@code null} verdict.
     *
     * @param indicator    indicator id
     * @param subject      canonical subject
     * @param name         the school's or district's name, as the reports give it
     * @param before       last year's verdict, {@code null} when last year's report lacks the outcome
     * @param after        this year's verdict, {@code null} when this year's report lacks it
     * @param valueBefore  last year's value as reported (rounded), or {@code null}
     * @param valueAfter   this year's value as reported, or {@code null}
     * @param delta        {@code valueAfter − valueBefore} when both exist, else {@code null}
     * @param threshold    this year's threshold (last year's when this year has none), or {@code null}
     * @param operator     the operator that goes with the threshold, or {@code null}
     * @param explanation  this year's explanation (last year's for an outcome gone), or {@code null}
     */
    @JsonPropertyOrder({"indicator", "subject", "name", "before", "after", "valueBefore", "valueAfter", "delta",
            "threshold", "operator", "explanation"})
    public record Change(String indicator, String subject, String name, Verdict before, Verdict after,
                         BigDecimal valueBefore, BigDecimal valueAfter, BigDecimal delta, BigDecimal threshold,
                         Operator operator, String explanation) {
    }

    /**
     * A school whose status changed.
     *
     * @param school         school id
     * @param name           school name
     * @param failingBefore  the indicators it failed last year (ids; empty if none or new)
     * @param failingNow     the indicators it fails this year
     */
    public record SchoolChange(String school, String name, List<String> failingBefore, List<String> failingNow) {
        public SchoolChange {
            failingBefore = List.copyOf(failingBefore);
            failingNow = List.copyOf(failingNow);
        }
    }

    /**
     * Compares two reports of one district.
     *
     * @param last    last year's report (any locale); not {@code null}
     * @param current this year's report; not {@code null}
     * @throws DudaoException with code {@value #INCOMPARABLE} when the reports are of different districts or
     *                        of different rule sets; the message names both
     */
    public static ReportDiff of(EvaluationReport last, EvaluationReport current) {
        Objects.requireNonNull(last, "last");
        Objects.requireNonNull(current, "current");
        String a = last.district() == null ? null : last.district().code();
        String b = current.district() == null ? null : current.district().code();
        if (!Objects.equals(a, b)) {
            throw new DudaoException(INCOMPARABLE, "the reports are of different districts: " + a + " and " + b
                    + "; compare two reports of one district");
        }
        if (!Objects.equals(last.ruleSet().id(), current.ruleSet().id())) {
            throw new DudaoException(INCOMPARABLE, "the reports were made with different rule sets: "
                    + last.ruleSet().id() + " and " + current.ruleSet().id()
                    + "; their outcomes do not answer for the same indicators");
        }
        List<String> warnings = new ArrayList<>();
        if (!Objects.equals(last.ruleSet().edition(), current.ruleSet().edition())) {
            warnings.add("rule-set edition " + last.ruleSet().edition() + " → " + current.ruleSet().edition()
                    + ": thresholds and rules may differ between the years");
        } else if (!Objects.equals(last.ruleSet().hash(), current.ruleSet().hash())) {
            warnings.add("the rule set's files differ (hash " + last.ruleSet().hash() + " → " + current.ruleSet().hash()
                    + ") under one edition " + current.ruleSet().edition());
        }
        if (!Objects.equals(last.parameters().hash(), current.parameters().hash())) {
            warnings.add("the parameters differ (layers " + String.join(", ", last.parameters().layers()) + " → "
                    + String.join(", ", current.parameters().layers()) + "): a value may pass one threshold and fail another");
        }
        if (!last.standards().equals(current.standards())) {
            warnings.add("standards " + String.join(", ", last.standards()) + " → " + String.join(", ", current.standards()));
        }

        Map<String, IndicatorResult> before = new LinkedHashMap<>();
        last.results().forEach(r -> before.put(key(r), r));
        Map<String, String> names = new TreeMap<>();
        collectNames(last, names);
        collectNames(current, names);

        List<Change> verdictChanges = new ArrayList<>();
        List<Change> valueChanges = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (IndicatorResult now : current.results()) {
            seen.add(key(now));
            IndicatorResult was = before.get(key(now));
            Change c = change(was, now, names, current);
            if (was == null || was.verdict() != now.verdict()) {
                verdictChanges.add(c);
            } else if (!Objects.equals(stripped(was.value()), stripped(now.value()))) {
                valueChanges.add(c);
            }
        }
        for (IndicatorResult was : last.results()) {
            if (!seen.contains(key(was))) {
                verdictChanges.add(change(was, null, names, current));
            }
        }

        Map<String, Status> statusBefore = statuses(last);
        Map<String, Status> statusNow = statuses(current);
        List<SchoolChange> newlyFailing = new ArrayList<>();
        List<SchoolChange> newlyPassing = new ArrayList<>();
        Set<String> schools = new java.util.TreeSet<>(statusBefore.keySet());
        schools.addAll(statusNow.keySet());
        for (String s : schools) {
            Status was = statusBefore.get(s);
            Status now = statusNow.get(s);
            Verdict vb = was == null ? null : was.verdict();
            Verdict vn = now == null ? null : now.verdict();
            SchoolChange sc = new SchoolChange(s, names.getOrDefault("school:" + s, s),
                    was == null ? List.of() : List.copyOf(was.failing()), now == null ? List.of() : List.copyOf(now.failing()));
            if (vn == Verdict.FAIL && vb != Verdict.FAIL) {
                newlyFailing.add(sc);
            } else if (vb == Verdict.FAIL && vn == Verdict.PASS) {
                newlyPassing.add(sc);
            }
        }
        String name = current.district().name() != null ? current.district().name() : current.district().code();
        return new ReportDiff(b, name, Side.of(last), Side.of(current), warnings, verdictChanges, valueChanges,
                newlyFailing, newlyPassing);
    }

    /** The diff as JSON: UTF-8, two-space indentation, {@code \n} line ends, ending in a newline. */
    public String toJson() {
        return Json.pretty(this);
    }

    /** The diff as text for people in {@code locale} (zh-CN or en). */
    public String toText(Locale locale) {
        return DiffReport.text(this, locale);
    }

    /** The diff as one self-contained HTML page in {@code locale} (zh-CN or en): no network, no script. */
    public String toHtml(Locale locale) {
        return DiffReport.html(this, locale);
    }

    // ---- pieces ----------------------------------------------------------------------------------

    private static String key(IndicatorResult r) {
        return r.indicator() + "\u0000" + r.subject();
    }

    private static BigDecimal stripped(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros();
    }

    private static Change change(IndicatorResult was, IndicatorResult now, Map<String, String> names,
                                 EvaluationReport current) {
        IndicatorResult any = now != null ? now : was;
        BigDecimal vb = was == null ? null : was.value();
        BigDecimal va = now == null ? null : now.value();
        BigDecimal delta = vb != null && va != null ? va.subtract(vb) : null;
        IndicatorResult t = now != null && now.threshold() != null ? now : was != null && was.threshold() != null ? was : any;
        return new Change(any.indicator(), any.subject(), name(any.subject(), names, current),
                was == null ? null : was.verdict(), now == null ? null : now.verdict(), vb, va, delta,
                t.threshold(), t.operator(), any.explanation());
    }

    private static String name(String subject, Map<String, String> names, EvaluationReport current) {
        int slash = subject.lastIndexOf('/');
        String base = slash < 0 ? subject : subject.substring(0, slash);
        if (base.startsWith("district:") && current.district().name() != null) {
            return current.district().name();
        }
        return names.getOrDefault(base, base);
    }

    private static void collectNames(EvaluationReport r, Map<String, String> names) {
        for (IndicatorResult x : r.results()) {
            if (x.subject().startsWith("school:") && x.arguments().get("school") instanceof String n) {
                int slash = x.subject().lastIndexOf('/');
                names.put(slash < 0 ? x.subject() : x.subject().substring(0, slash), n);
            }
        }
    }

    private record Status(Verdict verdict, Set<String> failing) {
    }

    /** Each school's status: FAIL if any result fails, else INSUFFICIENT_DATA if any lacks data, else PASS if any passes. */
    private static Map<String, Status> statuses(EvaluationReport r) {
        Map<String, List<IndicatorResult>> bySchool = new TreeMap<>();
        for (IndicatorResult x : r.results()) {
            if (x.subject().startsWith("school:")) {
                String rest = x.subject().substring("school:".length());
                int slash = rest.lastIndexOf('/');
                bySchool.computeIfAbsent(slash < 0 ? rest : rest.substring(0, slash), k -> new ArrayList<>()).add(x);
            }
        }
        Map<String, Status> out = new TreeMap<>();
        bySchool.forEach((school, rs) -> {
            Set<String> failing = new LinkedHashSet<>();
            boolean insufficient = false;
            boolean passed = false;
            for (IndicatorResult x : rs) {
                switch (x.verdict()) {
                    case FAIL -> failing.add(x.indicator());
                    case INSUFFICIENT_DATA -> insufficient = true;
                    case PASS -> passed = true;
                    default -> { }
                }
            }
            Verdict v = !failing.isEmpty() ? Verdict.FAIL : insufficient ? Verdict.INSUFFICIENT_DATA
                    : passed ? Verdict.PASS : Verdict.NOT_APPLICABLE;
            out.put(school, new Status(v, failing));
        });
        return out;
    }
}
