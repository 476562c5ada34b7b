package io.dudao.internal.report;

import io.dudao.api.ReportDiff;
import io.dudao.api.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a {@link ReportDiff} for people: as text (lines in the order of the HTML page) or as one
 * self-contained HTML page (no network, no script) from the {@code diff} template. Thread-safe.
 */
public final class DiffReport {

    private DiffReport() {
    }

    /** A compared outcome as people read it. */
    public record Row(String indicator, String subject, String stage, String before, String beforeCls, String after,
                      String afterCls, String valueBefore, String valueAfter, String delta, String threshold,
                      String explanation) {
    }

    /** A school whose status changed. */
    public record School(String name, String id, String failingBefore, String failingNow) {
    }

    /** The two sides in brief, row by row. */
    public record Side(String label, String last, String current) {
    }

    /** The diff as text. */
    public static String text(ReportDiff d, Locale locale) {
        View v = new View(d, ReportLabels.of(locale));
        StringBuilder out = new StringBuilder();
        out.append(v.title).append('\n').append("=".repeat(Math.min(100, Math.max(20, v.title.length() * 2)))).append('\n');
        for (Side s : v.sides) {
            out.append(s.label()).append(": ").append(s.last()).append(" → ").append(s.current()).append('\n');
        }
        if (!v.warnings.isEmpty()) {
            out.append('\n').append(v.warningsTitle).append('\n');
            v.warnings.forEach(w -> out.append("  - ").append(w).append('\n'));
        }
        section(out, v.verdictTitle, v.verdictChanges, v.none, true);
        section(out, v.valueTitle, v.valueChanges, v.none, false);
        schools(out, v.failingTitle, v.newlyFailing, v.none, v.labels);
        schools(out, v.passingTitle, v.newlyPassing, v.none, v.labels);
        return out.toString();
    }

    /** The diff as an HTML page. */
    public static String html(ReportDiff d, Locale locale) {
        return Templates.render("diff", new View(d, ReportLabels.of(locale)));
    }

    private static void section(StringBuilder out, String title, List<Row> rows, String none, boolean verdicts) {
        out.append('\n').append(title).append('\n');
        if (rows.isEmpty()) {
            out.append("  ").append(none).append('\n');
        }
        for (Row r : rows) {
            out.append("  - ").append(r.indicator()).append(' ').append(r.subject());
            if (!r.stage().isEmpty()) {
                out.append(' ').append(r.stage());
            }
            out.append(": ");
            if (verdicts) {
                out.append(r.before()).append(" → ").append(r.after());
            }
            if (!r.valueBefore().isEmpty() || !r.valueAfter().isEmpty()) {
                out.append(verdicts ? "; " : "").append(r.valueBefore().isEmpty() ? "—" : r.valueBefore()).append(" → ")
                        .append(r.valueAfter().isEmpty() ? "—" : r.valueAfter());
                if (!r.delta().isEmpty()) {
                    out.append(" (").append(r.delta()).append(')');
                }
            }
            if (!r.threshold().isEmpty()) {
                out.append("; ").append(r.threshold());
            }
            out.append('\n');
        }
    }

    private static void schools(StringBuilder out, String title, List<School> schools, String none, ReportLabels l) {
        out.append('\n').append(title).append('\n');
        if (schools.isEmpty()) {
            out.append("  ").append(none).append('\n');
        }
        for (School s : schools) {
            out.append("  - ").append(s.name()).append(" (").append(s.id()).append("): ")
                    .append(s.failingBefore().isEmpty() ? "—" : s.failingBefore()).append(" → ")
                    .append(s.failingNow().isEmpty() ? "—" : s.failingNow()).append('\n');
        }
    }

    /** The scope of the {@code diff} template, and what the text is written from. */
    @SuppressWarnings("unused")   // read by Mustache
    static final class View {
        final ReportLabels labels;
        final String lang;
        final String title;
        final String lastLabel;
        final String currentLabel;
        final List<Side> sides = new ArrayList<>();
        final String warningsTitle;
        final List<String> warnings;
        final String verdictTitle;
        final List<Row> verdictChanges;
        final String valueTitle;
        final List<Row> valueChanges;
        final String failingTitle;
        final List<School> newlyFailing;
        final String passingTitle;
        final List<School> newlyPassing;
        final String none;
        final String indicatorLabel;
        final String subjectLabel;
        final String stageLabel;
        final String beforeLabel;
        final String afterLabel;
        final String changeLabel;
        final String thresholdLabel;
        final String schoolLabel;
        final String failingLabel;
        final boolean hasWarnings;
        final boolean hasVerdictChanges;
        final boolean hasValueChanges;
        final boolean hasNewlyFailing;
        final boolean hasNewlyPassing;

        View(ReportDiff d, ReportLabels l) {
            labels = l;
            lang = l.get("lang");
            title = l.get("diff.title", d.districtName(), nonNull(d.last().schoolYear()), nonNull(d.current().schoolYear()));
            lastLabel = l.get("diff.last");
            currentLabel = l.get("diff.current");
            sides.add(new Side(l.get("district"), d.districtName() + " (" + d.district() + ")",
                    d.districtName() + " (" + d.district() + ")"));
            sides.add(new Side(l.get("schoolYear"), nonNull(d.last().schoolYear()), nonNull(d.current().schoolYear())));
            sides.add(new Side(l.get("asOf"), String.valueOf(d.last().asOf()), String.valueOf(d.current().asOf())));
            sides.add(new Side(l.get("ruleSet"), d.last().ruleSet() + " " + d.last().edition(),
                    d.current().ruleSet() + " " + d.current().edition()));
            sides.add(new Side(l.get("layers"), String.join(l.get("list"), d.last().layers()),
                    String.join(l.get("list"), d.current().layers())));
            sides.add(new Side(l.get("diff.summaryCounts"), counts(d.last().summary(), l), counts(d.current().summary(), l)));
            sides.add(new Side(l.get("parametersHash"), d.last().parametersHash(), d.current().parametersHash()));
            sides.add(new Side(l.get("factsHash"), d.last().factsHash(), d.current().factsHash()));
            warningsTitle = l.get("diff.warnings");
            warnings = d.warnings();
            verdictChanges = d.verdictChanges().stream().map(c -> row(c, l)).toList();
            verdictTitle = l.get("diff.verdictChanges", verdictChanges.size());
            valueChanges = d.valueChanges().stream().map(c -> row(c, l)).toList();
            valueTitle = l.get("diff.valueChanges", valueChanges.size());
            newlyFailing = d.newlyFailing().stream().map(s -> school(s, l)).toList();
            failingTitle = l.get("diff.newlyFailing", newlyFailing.size());
            newlyPassing = d.newlyPassing().stream().map(s -> school(s, l)).toList();
            passingTitle = l.get("diff.newlyPassing", newlyPassing.size());
            none = l.get("none");
            indicatorLabel = l.get("indicator");
            subjectLabel = l.get("subject");
            stageLabel = l.get("stage");
            beforeLabel = l.get("diff.before");
            afterLabel = l.get("diff.after");
            changeLabel = l.get("diff.change");
            thresholdLabel = l.get("threshold");
            schoolLabel = l.get("school");
            failingLabel = l.get("diff.failingIndicators");
            hasWarnings = !warnings.isEmpty();
            hasVerdictChanges = !verdictChanges.isEmpty();
            hasValueChanges = !valueChanges.isEmpty();
            hasNewlyFailing = !newlyFailing.isEmpty();
            hasNewlyPassing = !newlyPassing.isEmpty();
        }

        private static Row row(ReportDiff.Change c, ReportLabels l) {
            int slash = c.subject().lastIndexOf('/');
            String stage = slash < 0 ? "" : l.stage(c.subject().substring(slash + 1));
            return new Row(c.indicator(), c.name(), stage, verdict(c.before(), l), cls(c.before()),
                    verdict(c.after(), l), cls(c.after()), number(c.valueBefore(), l), number(c.valueAfter(), l),
                    c.delta() == null ? "" : l.signed(c.delta()),
                    c.threshold() == null ? "" : (c.operator() == null ? "" : c.operator().symbol() + " ")
                            + l.plain(c.threshold(), 0),
                    c.explanation() == null ? "" : c.explanation());
        }

        private static School school(ReportDiff.SchoolChange s, ReportLabels l) {
            return new School(s.name(), s.school(), String.join(l.get("list"), s.failingBefore()),
                    String.join(l.get("list"), s.failingNow()));
        }

        private static String verdict(Verdict v, ReportLabels l) {
            return v == null ? l.get("diff.absent") : l.verdict(v);
        }

        private static String cls(Verdict v) {
            return v == null ? "none" : ReportModel.cls(v);
        }

        private static String number(BigDecimal v, ReportLabels l) {
            return v == null ? "" : l.plain(v, 0);
        }

        private static String counts(Map<Verdict, Integer> s, ReportLabels l) {
            return l.get("diff.counts", s.getOrDefault(Verdict.PASS, 0), s.getOrDefault(Verdict.FAIL, 0),
                    s.getOrDefault(Verdict.NOT_APPLICABLE, 0), s.getOrDefault(Verdict.INSUFFICIENT_DATA, 0));
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
