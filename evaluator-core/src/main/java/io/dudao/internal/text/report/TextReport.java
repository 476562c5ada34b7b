package io.dudao.internal.text.report;

import io.dudao.api.DistrictInfo;
import io.dudao.api.EvaluationReport;
import io.dudao.api.Indicator;
import io.dudao.api.IndicatorResult;
import io.dudao.api.SubjectKind;
import io.dudao.api.Verdict;
import io.dudao.internal.text.Numbers;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Lays out a rendered report as plain text for people: a header, the verdict of each dimension with counts,
 * the failures with their explanations, the results lacking data, the results that do not apply, a table
 * of the rest, and the parameters and checksums at the foot. Lines are at most {@link #WIDTH} display
 * columns (汉字 count two), tables are aligned by display width, and the text depends on nothing but the
 * report and the catalog. {@link #render} is thread-safe: each call lays out with an instance of its own.
 *
 * <p>Design note. The explanations are the standard's own words, rendered from its templates before this
 * runs; this class only orders and frames them. Results are grouped by indicator in catalog order, so the
 * text reads in the same order as the standard. A dimension is named as its catalog declares it (资源配置);
 * its verdict is that of its roll-up indicator, the one evaluated for the whole district (QB2017-RD).
 */
public final class TextReport {

    /** The widest line, in display columns. */
    public static final int WIDTH = 100;

    private static final String BULLET = "  - ";
    private static final String HANG = "    ";

    private final EvaluationReport report;
    private final Labels labels;
    private final List<Indicator> indicators;
    private final Map<String, List<IndicatorResult>> byIndicator = new LinkedHashMap<>();
    private final Map<String, String> shortIds = new HashMap<>();
    private final Map<String, String> schoolNames = new TreeMap<>();
    private final StringBuilder out = new StringBuilder();

    private TextReport(EvaluationReport report, List<Indicator> catalog) {
        this.report = report;
        this.labels = Labels.of(report.locale());
        Map<String, Indicator> known = new LinkedHashMap<>();
        catalog.forEach(i -> known.put(i.id(), i));
        for (IndicatorResult r : report.results()) {
            if (!known.containsKey(r.indicator())) {
                throw new IllegalArgumentException("the report has a result of " + r.indicator()
                        + ", which the catalog does not list; pass the catalog of the evaluator that made it");
            }
            byIndicator.computeIfAbsent(r.indicator(), k -> new ArrayList<>()).add(r);
            if (r.arguments().get("school") instanceof String school && (r.subject().startsWith("school:") || r.subject().startsWith("kindergarten:"))) {
                schoolNames.putIfAbsent(Subject.parse(r.subject()).id(), school);
            }
        }
        this.indicators = catalog.stream()
                .filter(i -> report.standards().isEmpty() || report.standards().contains(i.standard())
                        || byIndicator.containsKey(i.id()))
                .toList();
        Map<String, Integer> uses = new HashMap<>();
        for (Indicator i : indicators) {
            uses.merge(shortId(i), 1, Integer::sum);
        }
        for (Indicator i : indicators) {
            shortIds.put(i.id(), uses.get(shortId(i)) == 1 ? shortId(i) : i.id());
        }
    }

    /**
     * The text of a rendered report.
     *
     * @param report  a report whose explanations are rendered ({@link EvaluationReport#locale()} is zh-CN or en)
     * @param catalog the indicators of the evaluator that made it, in catalog order
     * @throws IllegalArgumentException when the report is not rendered, or has a result of an indicator
     *                                  the catalog does not list
     */
    public static String render(EvaluationReport report, List<Indicator> catalog) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(catalog, "catalog");
        return new TextReport(report, catalog).render();
    }

    private String render() {
        header();
        summary();
        explained(labels.get("failures", count(Verdict.FAIL)), Verdict.FAIL, "failedGroup");
        explained(labels.get("insufficient", count(Verdict.INSUFFICIENT_DATA)), Verdict.INSUFFICIENT_DATA,
                "insufficientGroup");
        notApplicable();
        rest();
        foot();
        return out.toString();
    }

    // ---- sections --------------------------------------------------------------------------------

    private void header() {
        DistrictInfo d = report.district();
        String name = d == null ? "" : d.name() == null ? d.code() : d.name();
        wrapped(labels.get("title", name), "");
        line("=".repeat(WIDTH));
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put(labels.get("district"), d == null ? "" : labels.get("districtValue", name, d.code()));
        facts.put(labels.get("schoolYear"), d == null || d.schoolYear() == null ? "" : d.schoolYear());
        facts.put(labels.get("asOf"), report.asOf() == null ? "" : report.asOf().toString());
        facts.put(labels.get("standards"), String.join(labels.get("list"), report.standards()));
        facts.put(labels.get("ruleSet"), report.ruleSet() == null ? ""
                : report.ruleSet().id() + " " + report.ruleSet().edition());
        keyValues(facts);
    }

    private void summary() {
        heading(labels.get("summary"));
        Map<String, List<Indicator>> dimensions = new LinkedHashMap<>();
        for (Indicator i : indicators) {
            dimensions.computeIfAbsent(i.standard() + "/" + i.dimension(), k -> new ArrayList<>()).add(i);
        }
        Table table = counted(new Table(labels.locale())
                .column(labels.get("dimension"), Table.Align.LEFT, true)
                .column(labels.get("result"), Table.Align.LEFT, false));
        Map<String, String> names = new LinkedHashMap<>();
        for (Map.Entry<String, List<Indicator>> e : dimensions.entrySet()) {
            Indicator rollUp = rollUp(e.getValue());
            String name = dimensionName(e.getValue().get(0), rollUp);
            names.put(e.getKey(), name);
            List<IndicatorResult> rollUpResults = rollUp == null ? List.of() : results(rollUp);
            String verdict = rollUpResults.size() == 1 ? labels.verdict(rollUpResults.get(0).verdict()) : "";
            table.row(counts(List.of(name, verdict), e.getValue()));
        }
        if (dimensions.size() > 1) {
            table.row(counts(List.of(labels.get("total"), ""), indicators));
        }
        lines(table.render("", WIDTH));
        for (Map.Entry<String, List<Indicator>> e : dimensions.entrySet()) {
            line("");
            wrapped(labels.get("byIndicator", names.get(e.getKey())), "");
            Table byIndicatorTable = counted(new Table(labels.locale())
                    .column("", Table.Align.LEFT, false)
                    .column(labels.get("indicator"), Table.Align.LEFT, true));
            for (Indicator i : e.getValue()) {
                byIndicatorTable.row(counts(List.of(shortIds.get(i.id()), name(i)), List.of(i)));
            }
            lines(byIndicatorTable.render("  ", WIDTH));
        }
    }

    /** One section of explanations: the results with {@code verdict}, grouped by indicator. */
    private void explained(String title, Verdict verdict, String groupLabel) {
        heading(title);
        boolean any = false;
        for (Indicator i : indicators) {
            List<IndicatorResult> rs = results(i).stream().filter(r -> r.verdict() == verdict).toList();
            if (rs.isEmpty()) {
                continue;
            }
            if (any) {
                line("");
            }
            any = true;
            wrapped(labels.get(groupLabel, i.id(), name(i), rs.size()), "  ");
            for (IndicatorResult r : rs) {
                bullet(explanation(r));
            }
        }
        if (!any) {
            line(labels.get("none"));
        }
    }

    /**
     * The results that do not apply, one entry per subject and reason: the explanation of the last of them
     * in catalog order (a roll-up's, which speaks for its parts) and the indicators concerned.
     */
    private void notApplicable() {
        heading(labels.get("notApplicable", count(Verdict.NOT_APPLICABLE)));
        Map<String, List<IndicatorResult>> groups = new LinkedHashMap<>();
        for (Indicator i : indicators) {
            for (IndicatorResult r : results(i)) {
                if (r.verdict() == Verdict.NOT_APPLICABLE) {
                    groups.computeIfAbsent(r.subject() + "\u0000" + r.reason(), k -> new ArrayList<>()).add(r);
                }
            }
        }
        if (groups.isEmpty()) {
            line(labels.get("none"));
            return;
        }
        for (List<IndicatorResult> g : groups.values()) {
            bullet(explanation(g.get(g.size() - 1)));
            List<String> ids = g.stream().map(r -> shortIds.get(r.indicator())).toList();
            for (String l : Wrap.lines(labels.get("indicatorsOf", String.join(labels.get("list"), ids)),
                    WIDTH - HANG.length(), labels.locale())) {
                line(HANG + l);
            }
        }
    }

    /** The passes and the results that do not apply, one row each: the evidence without the prose. */
    private void rest() {
        int passed = count(Verdict.PASS);
        int notApplicable = count(Verdict.NOT_APPLICABLE);
        heading(labels.get("rest", passed, notApplicable));
        Table table = new Table(labels.locale())
                .column(labels.get("indicator"), Table.Align.LEFT, false)
                .column(labels.get("subject"), Table.Align.LEFT, true)
                .column(labels.get("stage"), Table.Align.LEFT, false)
                .column(labels.get("result"), Table.Align.LEFT, false)
                .column(labels.get("value"), Table.Align.RIGHT, false)
                .column(labels.get("threshold"), Table.Align.LEFT, false);
        for (Indicator i : indicators) {
            if (!table.isEmpty() && results(i).stream().anyMatch(TextReport::tabulated)) {
                table.gap();
            }
            for (IndicatorResult r : results(i)) {
                if (tabulated(r)) {
                    Subject s = Subject.parse(r.subject());
                    table.row(shortIds.get(i.id()), subjectName(s, r), s.stage() == null ? "" : labels.stage(s.stage()),
                            labels.verdict(r.verdict()), value(r, i), threshold(r, i));
                }
            }
        }
        if (table.isEmpty()) {
            line(labels.get("none"));
        } else {
            lines(table.render("", WIDTH));
        }
    }

    /** Whether {@code r} belongs to the table of the rest: a pass, or a result that does not apply. */
    private static boolean tabulated(IndicatorResult r) {
        return r.verdict() == Verdict.PASS || r.verdict() == Verdict.NOT_APPLICABLE;
    }

    private void foot() {
        heading(labels.get("foot"));
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put(labels.get("layers"), report.parameters() == null ? ""
                : String.join(labels.get("list"), report.parameters().layers()));
        facts.put(labels.get("parametersHash"), report.parameters() == null ? "" : nonNull(report.parameters().hash()));
        facts.put(labels.get("ruleSetHash"), report.ruleSet() == null ? "" : nonNull(report.ruleSet().hash()));
        facts.put(labels.get("factsHash"), nonNull(report.factsHash()));
        keyValues(facts);
        // keyValues ends with a blank line; the report ends with the last line
        out.setLength(out.length() - 1);
    }

    // ---- pieces ----------------------------------------------------------------------------------

    /** The DISTRICT-wide roll-up of a dimension (QB2017-RD): the last indicator for the district without an operator. */
    private static Indicator rollUp(List<Indicator> dimension) {
        Indicator found = null;
        for (Indicator i : dimension) {
            if (i.subject() == SubjectKind.DISTRICT && i.operator() == null) {
                found = i;
            }
        }
        return found;
    }

    /** {@code t} with a column of counts per verdict added. */
    private Table counted(Table t) {
        for (Verdict v : Verdict.values()) {
            t.column(labels.verdict(v), Table.Align.RIGHT, false);
        }
        return t;
    }

    /** {@code leading} cells followed by the count of each verdict over {@code of}'s results. */
    private String[] counts(List<String> leading, List<Indicator> of) {
        Map<Verdict, Integer> n = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            n.put(v, 0);
        }
        for (Indicator i : of) {
            results(i).forEach(r -> n.merge(r.verdict(), 1, Integer::sum));
        }
        List<String> cells = new ArrayList<>(leading);
        n.values().forEach(c -> cells.add(String.valueOf(c)));
        return cells.toArray(String[]::new);
    }

    private List<IndicatorResult> results(Indicator i) {
        return byIndicator.getOrDefault(i.id(), List.of());
    }

    private int count(Verdict v) {
        return (int) report.results().stream().filter(r -> r.verdict() == v).count();
    }

    /** The dimension's own name (资源配置), else its roll-up indicator's, else its id. */
    private String dimensionName(Indicator member, Indicator rollUp) {
        String own = member.dimensionName().get(labels.locale().getLanguage());
        if (own != null) {
            return own;
        }
        return rollUp != null ? name(rollUp) : member.dimension();
    }

    private String name(Indicator i) {
        String lang = labels.locale().getLanguage();
        String n = i.name().get(lang);
        return n != null ? n : i.name().getOrDefault("zh", i.id());
    }

    private static String shortId(Indicator i) {
        String prefix = i.standard() + "-";
        return i.id().startsWith(prefix) && i.id().length() > prefix.length() ? i.id().substring(prefix.length()) : i.id();
    }

    private static String explanation(IndicatorResult r) {
        return r.explanation() != null ? r.explanation() : r.messageKey() + " " + r.subject();
    }

    private String subjectName(Subject s, IndicatorResult r) {
        if (s.school()) {
            Object given = r.arguments().get("school");
            return given instanceof String name ? name : schoolNames.getOrDefault(s.id(), s.id());
        }
        DistrictInfo d = report.district();
        return d != null && s.id().equals(d.code()) && d.name() != null ? d.name() : s.id();
    }

    /** The value to the indicator's decimals; for a roll-up, its parts met of those that apply ({@code 6/7}). */
    private String value(IndicatorResult r, Indicator i) {
        if (r.value() != null) {
            return Numbers.fixed(r.value(), i.decimals(), labels.get("grouping"));
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

    /** The operator and threshold as the parameters set it ({@code ≥ 4.2}); CVs to at least 2 decimals ({@code ≤ 0.50}). */
    private String threshold(IndicatorResult r, Indicator i) {
        if (r.threshold() == null) {
            return "";
        }
        String symbol = r.operator() == null ? "" : r.operator().symbol() + " ";
        return symbol + Numbers.plain(r.threshold(), i.subject() == SubjectKind.DISTRICT_STAGE ? 2 : 0,
                labels.get("grouping"));
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    // ---- layout ----------------------------------------------------------------------------------

    /** A section title, underlined, after a blank line. */
    private void heading(String title) {
        int n = out.length();
        if (n > 0 && !(n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n')) {
            line("");
        }
        wrapped(title, "");
        line("-".repeat(WIDTH));
    }

    /** Labels padded to one width, values wrapped beside them; a blank line after. */
    private void keyValues(Map<String, String> facts) {
        int labelWidth = facts.keySet().stream().mapToInt(DisplayWidth::of).max().orElse(0) + 2;
        String hang = " ".repeat(labelWidth);
        for (Map.Entry<String, String> e : facts.entrySet()) {
            List<String> values = Wrap.lines(e.getValue(), WIDTH - labelWidth, labels.locale());
            for (int k = 0; k < values.size(); k++) {
                String lead = k == 0 ? DisplayWidth.padRight(e.getKey(), labelWidth) : hang;
                line((lead + values.get(k)).stripTrailing());
            }
        }
        line("");
    }

    /** A list item: {@code "  - "} and the text, wrapped under a hanging indent. */
    private void bullet(String text) {
        List<String> ls = Wrap.lines(text, WIDTH - BULLET.length(), labels.locale());
        for (int k = 0; k < ls.size(); k++) {
            line((k == 0 ? BULLET : HANG) + ls.get(k));
        }
    }

    /** {@code text} wrapped to the width; continuation lines start with {@code hang}. */
    private void wrapped(String text, String hang) {
        List<String> ls = Wrap.lines(text, WIDTH, WIDTH - DisplayWidth.of(hang), labels.locale());
        for (int k = 0; k < ls.size(); k++) {
            line(k == 0 ? ls.get(k) : hang + ls.get(k));
        }
    }

    private void lines(List<String> ls) {
        ls.forEach(this::line);
    }

    private void line(String s) {
        out.append(s).append('\n');
    }

    /** A canonical subject: {@code school:<id>[/<STAGE>]} or {@code district:<code>[/<STAGE>]}. */
    private record Subject(boolean school, String id, String stage) {
        static Subject parse(String subject) {
            boolean school = subject.startsWith("school:") || subject.startsWith("kindergarten:");
            int colon = subject.indexOf(':');
            String rest = colon < 0 ? subject : subject.substring(colon + 1);
            int slash = rest.lastIndexOf('/');
            return slash < 0 ? new Subject(school, rest, null)
                    : new Subject(school, rest.substring(0, slash), rest.substring(slash + 1));
        }
    }
}
