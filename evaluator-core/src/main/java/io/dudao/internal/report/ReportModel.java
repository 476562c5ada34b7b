package io.dudao.internal.report;

import io.dudao.api.DistrictInfo;
import io.dudao.api.EvaluationReport;
import io.dudao.api.Indicator;
import io.dudao.api.IndicatorResult;
import io.dudao.api.Missing;
import io.dudao.api.ResultRef;
import io.dudao.api.SubjectKind;
import io.dudao.api.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the HTML and Markdown reports show, computed once from a rendered report and its catalog: the
 * decision per standard, each dimension's verdict and counts, the failures and the results lacking data with
 * their explanations, a school × indicator matrix per standard, one chart per coefficient of variation, the
 * results that do not apply, and the foot. Immutable once built.
 *
 * <p>Design note. Nothing here names an indicator of a particular standard: every piece is derived from the
 * catalog and the results. A dimension's verdict is that of its roll-up, the last indicator of the dimension
 * evaluated for the whole district without an operator (QB2017-RD). A standard's decision is the roll-up at
 * the top of its tree: the district roll-up of the standard that no other result counts as a child; when a
 * standard has no single such result, the report says the rule set gives no decision, rather than making
 * one up. The matrix takes every school-part indicator of a standard as a column (the judged ones and their
 * school roll-up); the charts take every indicator evaluated per district stage with an operator.
 */
public final class ReportModel {

    /** A label and its value, e.g. 学年: 2024-2025. */
    public record Meta(String label, String value) {
    }

    /** A standard's decision; {@code verdict} is {@code null} when the rule set gives none. */
    public record Decision(String standard, Verdict verdict, String verdictText, String cls, String indicator,
                           String note) {
    }

    /** A dimension: its verdict (that of its roll-up, {@code null} if none) and counts per verdict. */
    public record Dimension(String standard, String key, String name, Verdict verdict, String verdictText,
                            String cls, List<Integer> counts, int total, List<IndicatorCounts> indicators) {
    }

    /** One indicator's counts per verdict, in {@link Verdict} order. */
    public record IndicatorCounts(Indicator indicator, String shortId, String name, List<Integer> counts) {
    }

    /** The results of one indicator with one verdict, with their explanations. */
    public record Group(Indicator indicator, String shortId, String name, String heading, List<Item> items) {
    }

    /** One result as people read it. */
    public record Item(IndicatorResult result, String shortId, String subject, String stage, String text,
                       String value, String threshold) {
    }

    /** A school × indicator table of one standard. */
    public record Matrix(String standard, String title, List<Column> columns, List<MatrixRow> rows) {
    }

    /** A column of the matrix. */
    public record Column(String id, String shortId, String name, String unit) {
    }

    /** A school part's row. */
    public record MatrixRow(String school, String stage, List<Cell> cells) {
    }

    /** A cell: the value (or parts met, or a dash), the verdict's class and a tooltip. */
    public record Cell(String text, String cls, String title) {
    }

    /** A chart of one indicator evaluated per stage, e.g. a coefficient of variation against its limit. */
    public record Chart(Indicator indicator, String shortId, String title, List<Bar> bars) {
    }

    /** One stage of a chart. {@code value} and {@code threshold} may be {@code null}. */
    public record Bar(String stage, Verdict verdict, String cls, String verdictText, BigDecimal value,
                      BigDecimal threshold, String valueText, String limitText, List<String> lowest) {
    }

    /** The results that do not apply for one subject and reason. */
    public record NotApplicable(String text, String indicators) {
    }

    /** A missing input: whose, which field, for which indicators. */
    public record MissingInput(String subject, String field, String indicators) {
    }

    private final EvaluationReport report;
    private final ReportLabels labels;
    private final List<Indicator> indicators;
    private final Map<String, List<IndicatorResult>> byIndicator = new LinkedHashMap<>();
    private final Map<String, String> shortIds = new HashMap<>();
    private final Map<String, String> schoolNames = new HashMap<>();

    /**
     * The model of a rendered report.
     *
     * @throws IllegalArgumentException when the report is not rendered, or has a result of an indicator the
     *                                  catalog does not list
     */
    public ReportModel(EvaluationReport report, List<Indicator> catalog) {
        this.report = Objects.requireNonNull(report, "report");
        Objects.requireNonNull(catalog, "catalog");
        this.labels = ReportLabels.of(report.locale());
        Set<String> known = new HashSet<>();
        catalog.forEach(i -> known.add(i.id()));
        for (IndicatorResult r : report.results()) {
            if (!known.contains(r.indicator())) {
                throw new IllegalArgumentException("the report has a result of " + r.indicator()
                        + ", which the catalog does not list; pass the catalog of the evaluator that made it");
            }
            byIndicator.computeIfAbsent(r.indicator(), k -> new ArrayList<>()).add(r);
            if (r.arguments().get("school") instanceof String school && r.subject().startsWith("school:")) {
                schoolNames.putIfAbsent(Subject.parse(r.subject()).id(), school);
            }
        }
        this.indicators = catalog.stream()
                .filter(i -> report.standards().isEmpty() || report.standards().contains(i.standard())
                        || byIndicator.containsKey(i.id()))
                .toList();
        Map<String, Integer> uses = new HashMap<>();
        indicators.forEach(i -> uses.merge(shortId(i), 1, Integer::sum));
        indicators.forEach(i -> shortIds.put(i.id(), uses.get(shortId(i)) == 1 ? shortId(i) : i.id()));
    }

    public ReportLabels labels() {
        return labels;
    }

    public EvaluationReport report() {
        return report;
    }

    /** The district's name, else its code, else an empty string. */
    public String districtName() {
        DistrictInfo d = report.district();
        return d == null ? "" : d.name() != null ? d.name() : nonNull(d.code());
    }

    /** District, school year, as-of date, standards, rule set and edition. */
    public List<Meta> header() {
        DistrictInfo d = report.district();
        List<Meta> m = new ArrayList<>();
        m.add(new Meta(labels.get("district"), d == null ? "" : labels.get("districtValue", districtName(), d.code())));
        m.add(new Meta(labels.get("schoolYear"), d == null ? "" : nonNull(d.schoolYear())));
        m.add(new Meta(labels.get("asOf"), report.asOf() == null ? "" : report.asOf().toString()));
        m.add(new Meta(labels.get("standards"), String.join(labels.get("list"), report.standards())));
        m.add(new Meta(labels.get("ruleSet"), report.ruleSet() == null ? ""
                : report.ruleSet().id() + " " + report.ruleSet().edition()));
        return m;
    }

    /** Parameter layers and the hashes of parameters, rules and facts. */
    public List<Meta> foot() {
        List<Meta> m = new ArrayList<>();
        m.add(new Meta(labels.get("ruleSet"), report.ruleSet() == null ? "" : nonNull(report.ruleSet().id())));
        m.add(new Meta(labels.get("edition"), report.ruleSet() == null ? "" : nonNull(report.ruleSet().edition())));
        m.add(new Meta(labels.get("layers"), report.parameters() == null ? ""
                : String.join(labels.get("list"), report.parameters().layers())));
        m.add(new Meta(labels.get("parametersHash"), report.parameters() == null ? "" : nonNull(report.parameters().hash())));
        m.add(new Meta(labels.get("ruleSetHash"), report.ruleSet() == null ? "" : nonNull(report.ruleSet().hash())));
        m.add(new Meta(labels.get("factsHash"), nonNull(report.factsHash())));
        return m;
    }

    /** The decision of each standard evaluated, in report order. */
    public List<Decision> decisions() {
        return decisions(report, indicators, labels);
    }

    /** The decision of each standard of {@code report} (see the class note). */
    static List<Decision> decisions(EvaluationReport report, List<Indicator> catalog, ReportLabels labels) {
        List<Decision> out = new ArrayList<>();
        decisionResults(report, catalog).forEach((s, top) -> out.add(top == null
                ? new Decision(s, null, "—", "none", null, labels.get("decisionNone"))
                : new Decision(s, top.verdict(), labels.verdict(top.verdict()), cls(top.verdict()), top.indicator(),
                        labels.get("decidedBy", top.indicator()))));
        return out;
    }

    /**
     * For each standard of {@code report}, in report order, the result that decides it (the district roll-up no
     * other result counts as a child), or {@code null} when there is no single one.
     */
    public static Map<String, IndicatorResult> decisionResults(EvaluationReport report, List<Indicator> catalog) {
        Map<String, Indicator> byId = new HashMap<>();
        catalog.forEach(i -> byId.put(i.id(), i));
        Set<ResultRef> children = new HashSet<>();
        for (IndicatorResult r : report.results()) {
            r.children().forEach(c -> children.add(new ResultRef(c.indicator(), c.subject(), null)));
        }
        List<String> standards = new ArrayList<>(report.standards());
        if (standards.isEmpty()) {
            catalog.stream().map(Indicator::standard).distinct().forEach(standards::add);
        }
        Map<String, IndicatorResult> out = new LinkedHashMap<>();
        for (String s : standards) {
            List<IndicatorResult> tops = new ArrayList<>();
            for (IndicatorResult r : report.results()) {
                Indicator i = byId.get(r.indicator());
                if (i != null && i.standard().equals(s) && i.subject() == SubjectKind.DISTRICT && i.operator() == null
                        && !children.contains(new ResultRef(r.indicator(), r.subject(), null))) {
                    tops.add(r);
                }
            }
            out.put(s, tops.size() == 1 ? tops.get(0) : null);
        }
        return out;
    }

    /** Each dimension of each standard, in catalog order. */
    public List<Dimension> dimensions() {
        Map<String, List<Indicator>> groups = new LinkedHashMap<>();
        for (Indicator i : indicators) {
            groups.computeIfAbsent(i.standard() + "/" + i.dimension(), k -> new ArrayList<>()).add(i);
        }
        List<Dimension> out = new ArrayList<>();
        for (Map.Entry<String, List<Indicator>> e : groups.entrySet()) {
            List<Indicator> members = e.getValue();
            Indicator rollUp = rollUp(members);
            List<IndicatorResult> rs = rollUp == null ? List.of() : results(rollUp);
            Verdict v = rs.size() == 1 ? rs.get(0).verdict() : null;
            List<IndicatorCounts> per = new ArrayList<>();
            for (Indicator i : members) {
                per.add(new IndicatorCounts(i, shortIds.get(i.id()), name(i), counts(List.of(i))));
            }
            List<Integer> counts = counts(members);
            out.add(new Dimension(members.get(0).standard(), e.getKey(), dimensionName(members.get(0), rollUp), v,
                    v == null ? "—" : labels.verdict(v), v == null ? "none" : cls(v), counts,
                    counts.stream().mapToInt(Integer::intValue).sum(), per));
        }
        return out;
    }

    /** The results with {@code verdict}, grouped by indicator in catalog order, each with its explanation. */
    public List<Group> groups(Verdict verdict) {
        String headingKey = verdict == Verdict.FAIL ? "failedGroup" : "insufficientGroup";
        List<Group> out = new ArrayList<>();
        for (Indicator i : indicators) {
            List<Item> items = results(i).stream().filter(r -> r.verdict() == verdict).map(r -> item(r, i)).toList();
            if (!items.isEmpty()) {
                out.add(new Group(i, shortIds.get(i.id()), name(i),
                        labels.get(headingKey, shortIds.get(i.id()), name(i), items.size()), items));
            }
        }
        return out;
    }

    /** Every result of {@code verdict} in catalog order, then subject order. */
    public List<Item> items(Verdict verdict) {
        return groups(verdict).stream().flatMap(g -> g.items().stream()).toList();
    }

    /** The results of a dimension's indicators with {@code verdict}. */
    public List<Item> items(Dimension d, Verdict verdict) {
        List<Item> out = new ArrayList<>();
        for (IndicatorCounts c : d.indicators()) {
            for (IndicatorResult r : results(c.indicator())) {
                if (r.verdict() == verdict) {
                    out.add(item(r, c.indicator()));
                }
            }
        }
        return out;
    }

    /** A school × indicator table per standard that has school-part indicators with results. */
    public List<Matrix> matrices() {
        Map<String, List<Indicator>> perStandard = new LinkedHashMap<>();
        for (Indicator i : indicators) {
            if (i.subject() == SubjectKind.SCHOOL_PART && !results(i).isEmpty()) {
                perStandard.computeIfAbsent(i.standard(), k -> new ArrayList<>()).add(i);
            }
        }
        List<Matrix> out = new ArrayList<>();
        for (Map.Entry<String, List<Indicator>> e : perStandard.entrySet()) {
            List<Indicator> cols = e.getValue();
            Set<String> subjects = new LinkedHashSet<>();
            Map<String, IndicatorResult> cell = new HashMap<>();
            for (Indicator i : cols) {
                for (IndicatorResult r : results(i)) {
                    subjects.add(r.subject());
                    cell.put(i.id() + "\u0000" + r.subject(), r);
                }
            }
            List<MatrixRow> rows = new ArrayList<>();
            for (String subject : subjects) {
                Subject s = Subject.parse(subject);
                List<Cell> cells = new ArrayList<>();
                for (Indicator i : cols) {
                    IndicatorResult r = cell.get(i.id() + "\u0000" + subject);
                    if (r == null) {
                        cells.add(new Cell("", "none", ""));
                    } else {
                        String v = value(r, i);
                        String text = r.verdict() == Verdict.NOT_APPLICABLE ? "—"
                                : r.verdict() == Verdict.INSUFFICIENT_DATA && v.isEmpty() ? "?" : v;
                        String t = threshold(r, i);
                        cells.add(new Cell(text, cls(r.verdict()), labels.verdict(r.verdict())
                                + (t.isEmpty() ? "" : " (" + t + ")")));
                    }
                }
                rows.add(new MatrixRow(schoolName(s.id()), labels.stage(s.stage()), cells));
            }
            List<Column> columns = cols.stream().map(i -> new Column(i.id(), shortIds.get(i.id()), name(i),
                    i.unit().getOrDefault(labels.language(), i.unit().getOrDefault("zh", "")))).toList();
            out.add(new Matrix(e.getKey(), labels.get("matrixOf", e.getKey()), columns, rows));
        }
        return out;
    }

    /** One chart per indicator evaluated per district stage with an operator (the coefficients of variation). */
    public List<Chart> charts() {
        List<Chart> out = new ArrayList<>();
        for (Indicator i : indicators) {
            if (i.subject() != SubjectKind.DISTRICT_STAGE || i.operator() == null || results(i).isEmpty()) {
                continue;
            }
            List<Bar> bars = new ArrayList<>();
            for (IndicatorResult r : results(i)) {
                Subject s = Subject.parse(r.subject());
                List<String> lowest = new ArrayList<>();
                if (r.arguments().get("lowest") instanceof List<?> l) {
                    for (Object o : l) {
                        if (o instanceof Map<?, ?> m) {
                            BigDecimal below = decimal(m.get("belowMean"));
                            BigDecimal v = decimal(m.get("value"));
                            lowest.add(labels.get("lowestItem", String.valueOf(m.get("school")),
                                    v == null ? "" : labels.plain(v, 0),
                                    below == null ? "" : percent(below)));
                        }
                    }
                }
                String limit = r.threshold() == null ? "" : labels.get("limit", threshold(r, i));
                bars.add(new Bar(labels.stage(s.stage()), r.verdict(), cls(r.verdict()), labels.verdict(r.verdict()),
                        r.value(), r.threshold(), r.value() == null ? labels.get("noValue") : value(r, i), limit,
                        lowest));
            }
            out.add(new Chart(i, shortIds.get(i.id()), labels.get("chartOf", shortIds.get(i.id()), name(i)), bars));
        }
        return out;
    }

    /** The results that do not apply, one entry per subject and reason (the last explanation speaks for all). */
    public List<NotApplicable> notApplicable() {
        Map<String, List<IndicatorResult>> groups = new LinkedHashMap<>();
        for (Indicator i : indicators) {
            for (IndicatorResult r : results(i)) {
                if (r.verdict() == Verdict.NOT_APPLICABLE) {
                    groups.computeIfAbsent(r.subject() + "\u0000" + r.reason(), k -> new ArrayList<>()).add(r);
                }
            }
        }
        List<NotApplicable> out = new ArrayList<>();
        for (List<IndicatorResult> g : groups.values()) {
            out.add(new NotApplicable(explanation(g.get(g.size() - 1)),
                    String.join(labels.get("list"), g.stream().map(r -> shortIds.get(r.indicator())).toList())));
        }
        return out;
    }

    /** The inputs the results lacking data name, once per subject and field, with the indicators that needed them. */
    public List<MissingInput> missingInputs() {
        Map<String, Set<String>> needed = new LinkedHashMap<>();
        Map<String, Missing> what = new HashMap<>();
        for (Indicator i : indicators) {
            for (IndicatorResult r : results(i)) {
                for (Missing m : r.missing()) {
                    String k = m.subject() + "\u0000" + m.field();
                    what.putIfAbsent(k, m);
                    needed.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(shortIds.get(i.id()));
                }
            }
        }
        List<MissingInput> out = new ArrayList<>();
        needed.forEach((k, ids) -> {
            Missing m = what.get(k);
            out.add(new MissingInput(subjectName(m.subject()), m.field(), String.join(labels.get("list"), ids)));
        });
        return out;
    }

    /** Counts per verdict over every result of the report, in {@link Verdict} order. */
    public List<Integer> totals() {
        return counts(indicators);
    }

    /** The verdict words in {@link Verdict} order: the heads of the count columns. */
    public List<String> verdictHeads() {
        List<String> out = new ArrayList<>();
        for (Verdict v : Verdict.values()) {
            out.add(labels.verdict(v));
        }
        return out;
    }

    // ---- pieces ----------------------------------------------------------------------------------

    private Item item(IndicatorResult r, Indicator i) {
        Subject s = Subject.parse(r.subject());
        return new Item(r, shortIds.get(i.id()), s.school() ? schoolName(s.id()) : districtOrId(s.id()),
                labels.stage(s.stage()), explanation(r), value(r, i), threshold(r, i));
    }

    /** The DISTRICT-wide roll-up of a dimension: the last of its indicators for the district without an operator. */
    public static Indicator rollUp(List<Indicator> dimension) {
        Indicator found = null;
        for (Indicator i : dimension) {
            if (i.subject() == SubjectKind.DISTRICT && i.operator() == null) {
                found = i;
            }
        }
        return found;
    }

    private List<Integer> counts(List<Indicator> of) {
        Map<Verdict, Integer> n = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            n.put(v, 0);
        }
        for (Indicator i : of) {
            results(i).forEach(r -> n.merge(r.verdict(), 1, Integer::sum));
        }
        return List.copyOf(n.values());
    }

    private List<IndicatorResult> results(Indicator i) {
        return byIndicator.getOrDefault(i.id(), List.of());
    }

    /** The dimension's own name (资源配置), else its roll-up indicator's, else its id. */
    String dimensionName(Indicator member, Indicator rollUp) {
        return dimensionName(member, rollUp, labels);
    }

    /** The dimension's own name in the labels' language, else its roll-up's name, else its id. */
    public static String dimensionName(Indicator member, Indicator rollUp, ReportLabels labels) {
        String own = member.dimensionName().get(labels.language());
        if (own != null) {
            return own;
        }
        return rollUp != null ? name(rollUp, labels) : member.dimension();
    }

    /** The indicator's name in the report's language, else in Chinese, else its id. */
    public String name(Indicator i) {
        return name(i, labels);
    }

    static String name(Indicator i, ReportLabels labels) {
        String n = i.name().get(labels.language());
        return n != null ? n : i.name().getOrDefault("zh", i.id());
    }

    /** The id without the standard's prefix (R4 for QB2017-R4), unless two standards share it. */
    public String shortId(String indicator) {
        return shortIds.getOrDefault(indicator, indicator);
    }

    static String shortId(Indicator i) {
        String prefix = i.standard() + "-";
        return i.id().startsWith(prefix) && i.id().length() > prefix.length() ? i.id().substring(prefix.length()) : i.id();
    }

    /** The CSS class of a verdict: pass, fail, na, insufficient. */
    public static String cls(Verdict v) {
        return switch (v) {
            case PASS -> "pass";
            case FAIL -> "fail";
            case NOT_APPLICABLE -> "na";
            case INSUFFICIENT_DATA -> "insufficient";
        };
    }

    private static String explanation(IndicatorResult r) {
        return r.explanation() != null ? r.explanation() : r.messageKey() + " " + r.subject();
    }

    private String schoolName(String id) {
        return schoolNames.getOrDefault(id, id);
    }

    private String districtOrId(String code) {
        DistrictInfo d = report.district();
        return d != null && code.equals(d.code()) && d.name() != null ? d.name() : code;
    }

    /** A subject as people name it: the school's or district's name, and the stage. */
    public String subjectName(String subject) {
        Subject s = Subject.parse(subject);
        String who = s.school() ? schoolName(s.id()) : districtOrId(s.id());
        return s.stage() == null ? who : who + " " + labels.stage(s.stage());
    }

    /** The value to the indicator's decimals; for a roll-up, its parts met of those that apply ({@code 6/7}). */
    public String value(IndicatorResult r, Indicator i) {
        if (r.value() != null) {
            return labels.fixed(r.value(), i.decimals());
        }
        if (r.arguments().get("passed") instanceof Number passed) {
            long applicable = 0;
            for (String k : List.of("passed", "failed", "undecided")) {
                if (r.arguments().get(k) instanceof Number x) {
                    applicable += x.longValue();
                }
            }
            return passed.longValue() + "/" + applicable;
        }
        return "";
    }

    /** The operator and threshold ({@code ≥ 4.2}); values per stage to at least 2 decimals ({@code ≤ 0.50}). */
    public String threshold(IndicatorResult r, Indicator i) {
        if (r.threshold() == null) {
            return "";
        }
        String symbol = r.operator() == null ? "" : r.operator().symbol() + " ";
        return symbol + labels.plain(r.threshold(), i.subject() == SubjectKind.DISTRICT_STAGE ? 2 : 0);
    }

    private static String percent(BigDecimal ratio) {
        BigDecimal p = ratio.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        if (p.scale() < 0) {
            p = p.setScale(0, java.math.RoundingMode.UNNECESSARY);
        }
        return p.toPlainString() + "%";
    }

    private static BigDecimal decimal(Object o) {
        if (o instanceof BigDecimal b) {
            return b;
        }
        if (o instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        return null;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** A canonical subject: {@code school:<id>[/<STAGE>]} or {@code district:<code>[/<STAGE>]}. */
    public record Subject(boolean school, String id, String stage) {

        /** Parses a canonical subject string. */
        public static Subject parse(String subject) {
            boolean school = subject.startsWith("school:");
            int colon = subject.indexOf(':');
            String rest = colon < 0 ? subject : subject.substring(colon + 1);
            int slash = rest.lastIndexOf('/');
            return slash < 0 ? new Subject(school, rest, null)
                    : new Subject(school, rest.substring(0, slash), rest.substring(slash + 1));
        }
    }
}
