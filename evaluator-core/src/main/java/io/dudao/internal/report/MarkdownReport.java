package io.dudao.internal.report;

import io.dudao.api.EvaluationReport;
import io.dudao.api.Indicator;
import io.dudao.api.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the sections of a self-evaluation report (自评报告) that the results can write, as Markdown: basic
 * facts, the decision and each dimension's verdict, each dimension's findings, the problems to rectify
 * (整改问题清单), the data to supply, and the basis of the evaluation. Built from the {@link ReportModel}, so
 * that it says what the HTML report says. Thread-safe.
 */
public final class MarkdownReport {

    private final ReportModel m;
    private final ReportLabels l;
    private final StringBuilder out = new StringBuilder();

    private MarkdownReport(ReportModel m) {
        this.m = m;
        this.l = m.labels();
    }

    /** The Markdown of a rendered report. */
    public static String render(EvaluationReport report, List<Indicator> catalog) {
        return new MarkdownReport(new ReportModel(report, catalog)).render();
    }

    private String render() {
        String year = m.report().district() == null || m.report().district().schoolYear() == null ? ""
                : m.report().district().schoolYear();
        line("# " + text(l.get("md.title", m.districtName(), year)));
        heading(l.get("md.basics"));
        table(List.of(l.get("md.item"), l.get("md.content")), m.header().stream()
                .map(x -> List.of(x.label(), x.value())).toList(), "ll");
        summary();
        findings();
        rectify();
        missing();
        heading(l.get("md.foot"));
        table(List.of(l.get("md.item"), l.get("md.content")), m.foot().stream()
                .map(x -> List.of(x.label(), code(x.value()))).toList(), "ll");
        return out.toString();
    }

    private void summary() {
        heading(l.get("md.summary"));
        for (ReportModel.Decision d : m.decisions()) {
            String verdict = d.verdict() == null ? text(l.get("decisionNone"))
                    : "**" + text(l.verdict(d.verdict())) + "**" + text(l.language().equals("zh") ? "（" + l.get("decidedBy", d.indicator()) + "）"
                            : " (" + l.get("decidedBy", d.indicator()) + ")");
            line(text(l.get("md.summaryText", l.get("decisionOf", d.standard()), "\u0000")).replace("\u0000", verdict));
            line("");
        }
        List<String> head = new ArrayList<>(List.of(l.get("dimension"), l.get("result")));
        head.addAll(m.verdictHeads());
        List<List<String>> rows = new ArrayList<>();
        for (ReportModel.Dimension d : m.dimensions()) {
            List<String> row = new ArrayList<>(List.of(d.standard() + " " + d.name(), d.verdictText()));
            d.counts().forEach(c -> row.add(String.valueOf(c)));
            rows.add(row);
        }
        table(head, rows, "llrrrr");
    }

    private void findings() {
        heading(l.get("md.findings"));
        List<ReportModel.Chart> charts = m.charts();
        boolean first = true;
        for (ReportModel.Dimension d : m.dimensions()) {
            if (!first) {
                line("");
            }
            first = false;
            line("### " + text(d.standard() + " " + d.name()));
            line("");
            List<Integer> c = d.counts();
            line(text(l.get("md.dimensionVerdict", d.verdictText(), d.total(), c.get(0), c.get(1), c.get(2), c.get(3))));
            line("");
            line("#### " + text(l.get("md.byIndicator")));
            line("");
            List<String> head = new ArrayList<>(List.of(l.get("indicator"), l.get("sum.name")));
            head.addAll(m.verdictHeads());
            List<List<String>> rows = new ArrayList<>();
            for (ReportModel.IndicatorCounts i : d.indicators()) {
                List<String> row = new ArrayList<>(List.of(i.shortId(), i.name()));
                i.counts().forEach(n -> row.add(String.valueOf(n)));
                rows.add(row);
            }
            table(head, rows, "llrrrr");
            List<List<String>> cvRows = new ArrayList<>();
            for (ReportModel.Chart chart : charts) {
                if (d.key().equals(chart.indicator().standard() + "/" + chart.indicator().dimension())) {
                    for (ReportModel.Bar b : chart.bars()) {
                        cvRows.add(List.of(chart.shortId(), b.stage(), b.valueText(),
                                b.limitText().isEmpty() ? "" : thresholdOf(chart, b), b.verdictText()));
                    }
                }
            }
            if (!cvRows.isEmpty()) {
                line("");
                line("#### " + text(l.get("md.cvTable")));
                line("");
                table(List.of(l.get("indicator"), l.get("stage"), l.get("value"), l.get("threshold"), l.get("result")),
                        cvRows, "llrrl");
            }
            line("");
            List<ReportModel.Item> problems = m.items(d, Verdict.FAIL);
            if (problems.isEmpty()) {
                line(text(l.get("md.noProblems")));
            } else {
                line(text(l.get("md.problemsFound")));
                line("");
                problems.forEach(p -> line("- " + text(p.text())));
            }
        }
    }

    private String thresholdOf(ReportModel.Chart chart, ReportModel.Bar b) {
        return chart.indicator().operator().symbol() + " " + l.plain(b.threshold(), 2);
    }

    private void rectify() {
        heading(l.get("md.rectify"));
        List<ReportModel.Item> items = m.items(Verdict.FAIL);
        if (items.isEmpty()) {
            line(text(l.get("md.rectifyNone")));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (ReportModel.Item i : items) {
            rows.add(List.of(String.valueOf(n++), i.shortId(), i.subject(), i.stage(), i.text(), i.value(), i.threshold()));
        }
        table(List.of(l.get("md.no"), l.get("indicator"), l.get("subject"), l.get("stage"), l.get("md.problem"),
                l.get("md.current"), l.get("threshold")), rows, "rllllrl");
    }

    private void missing() {
        heading(l.get("md.missing"));
        List<ReportModel.MissingInput> inputs = m.missingInputs();
        if (inputs.isEmpty()) {
            line(text(l.get("md.missingNone")));
            return;
        }
        table(List.of(l.get("subject"), l.get("md.item"), l.get("indicator")), inputs.stream()
                .map(i -> List.of(i.subject(), code(i.field()), i.indicators())).toList(), "lll");
    }

    // ---- layout ----------------------------------------------------------------------------------

    private void heading(String title) {
        if (out.length() > 0 && !out.toString().endsWith("\n\n")) {
            line("");
        }
        line("## " + text(title));
        line("");
    }

    /** A pipe table; {@code align} has an {@code r} for each right-aligned column, an {@code l} for the others. */
    private void table(List<String> head, List<List<String>> rows, String align) {
        StringBuilder h = new StringBuilder("|");
        StringBuilder rule = new StringBuilder("|");
        for (int k = 0; k < head.size(); k++) {
            h.append(' ').append(cell(head.get(k))).append(" |");
            rule.append(k < align.length() && align.charAt(k) == 'r' ? "---:|" : "---|");
        }
        line(h.toString());
        line(rule.toString());
        for (List<String> row : rows) {
            StringBuilder r = new StringBuilder("|");
            row.forEach(c -> r.append(' ').append(cell(c)).append(" |"));
            line(r.toString());
        }
    }

    /** A table cell: text escaped, pipes escaped, no line breaks; already formatted code spans kept. */
    private static String cell(String s) {
        if (s.startsWith("`") && s.endsWith("`") && s.length() > 1) {
            return s.replace("|", "\\|");
        }
        return text(s).replace("\r", " ").replace("\n", " ");
    }

    /** Text with Markdown's own characters escaped. */
    static String text(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if ("\\`*_[]<>|#".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    /** A code span, for field paths and hashes. */
    private static String code(String s) {
        return s.isEmpty() ? "" : "`" + s.replace("`", "'") + "`";
    }

    private void line(String s) {
        out.append(s).append('\n');
    }
}
