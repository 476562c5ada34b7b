package io.dudao.api;

import io.dudao.internal.report.ReportModel;
import io.dudao.internal.report.SummaryReport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The province view: one row per county (district) with the decision of each standard, each dimension's
 * verdict and the number of indicators with at least one FAIL result, sorted by district code. Counties that
 * could not be evaluated have a row with the error instead. Written as CSV or as one self-contained HTML page
 * whose table sorts by any column (a few lines of inline script, no network).
 *
 * <p>Memory stays flat over a batch: turn each report into its {@link Row} as it completes
 * ({@link #row(EvaluationReport, List)} is thread-safe), then assemble:
 * <pre>{@code
 * List<ProvinceSummary.Row> rows = Collections.synchronizedList(new ArrayList<>());
 * BatchEvaluation.Summary s = BatchEvaluation.run(evaluator, districts, 2, null,
 *         report -> rows.add(ProvinceSummary.row(report, evaluator.indicators())));
 * s.errors().forEach(e -> rows.add(ProvinceSummary.Row.error(e.districtCode(), e.code() + ": " + e.message())));
 * String csv = ProvinceSummary.of(evaluator.indicators(), evaluator.standards(), rows).toCsv(Locale.ENGLISH);
 * }</pre>
 * A standard's decision and a dimension's verdict are read from the rule set's roll-ups exactly as the HTML
 * report reads them ({@link ReportHtml}); {@code null} where the rule set gives none. Immutable.
 *
 * @param standards  the standards, in rule-set order: one decision column each
 * @param dimensions the dimensions of those standards, in catalog order: one verdict column each
 * @param rows       one row per county, by district code
 */
public record ProvinceSummary(List<String> standards, List<Dimension> dimensions, List<Row> rows) {

    public ProvinceSummary {
        standards = List.copyOf(standards);
        dimensions = List.copyOf(dimensions);
        rows = List.copyOf(rows);
    }

    /**
     * A dimension column.
     *
     * @param standard the standard
     * @param id       the dimension id, e.g. {@code RESOURCES}
     * @param name     names by language ({@code zh}, {@code en}); the id when the catalog declares none
     */
    public record Dimension(String standard, String id, Map<String, String> name) {
        public Dimension {
            name = Map.copyOf(name);
        }

        /** {@code standard/id}, the key of {@link Row#dimensions()}. */
        public String key() {
            return standard + "/" + id;
        }
    }

    /**
     * One county.
     *
     * @param code              district code
     * @param name              district name, or {@code null}
     * @param decisions         standard → decision ({@code null} value where the rule set gives none)
     * @param dimensions        {@link Dimension#key()} → verdict of its roll-up ({@code null} where none)
     * @param failingIndicators indicators with at least one FAIL result
     * @param summary           result counts by verdict, empty for an error row
     * @param error             why the county could not be evaluated, {@code null} when it was
     */
    public record Row(String code, String name, Map<String, Verdict> decisions, Map<String, Verdict> dimensions,
                      int failingIndicators, Map<Verdict, Integer> summary, String error) {
        public Row {
            decisions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(decisions));
            dimensions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(dimensions));
            summary = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(summary));
        }

        /** The row of a county that could not be evaluated. */
        public static Row error(String code, String message) {
            return new Row(code, null, Map.of(), Map.of(), 0, Map.of(), Objects.requireNonNull(message, "message"));
        }
    }

    /**
     * The row of one county's report.
     *
     * @param report  a report (rendered or not)
     * @param catalog the indicators of the evaluator that made it ({@link Evaluator#indicators()})
     */
    public static Row row(EvaluationReport report, List<Indicator> catalog) {
        Objects.requireNonNull(report, "report");
        Map<String, Verdict> decisions = new LinkedHashMap<>();
        ReportModel.decisionResults(report, catalog).forEach((s, r) -> decisions.put(s, r == null ? null : r.verdict()));
        Map<String, Verdict> dims = new LinkedHashMap<>();
        for (Map.Entry<String, List<Indicator>> e : byDimension(catalog, report.standards()).entrySet()) {
            Indicator rollUp = ReportModel.rollUp(e.getValue());
            List<IndicatorResult> rs = rollUp == null ? List.of() : report.resultsOf(rollUp.id());
            dims.put(e.getKey(), rs.size() == 1 ? rs.get(0).verdict() : null);
        }
        int failing = (int) report.withVerdict(Verdict.FAIL).stream().map(IndicatorResult::indicator).distinct().count();
        DistrictInfo d = report.district();
        return new Row(d.code(), d.name(), decisions, dims, failing, report.summary(), null);
    }

    /**
     * The summary of {@code rows}, sorted by district code.
     *
     * @param catalog   the indicators of the evaluator that made the reports
     * @param standards the standards evaluated ({@link Evaluator#standards()})
     */
    public static ProvinceSummary of(List<Indicator> catalog, List<String> standards, Collection<Row> rows) {
        List<Dimension> dims = new ArrayList<>();
        for (Map.Entry<String, List<Indicator>> e : byDimension(catalog, standards).entrySet()) {
            Indicator first = e.getValue().get(0);
            Map<String, String> names = new LinkedHashMap<>();
            for (String lang : List.of("zh", "en")) {
                names.put(lang, ReportModel.dimensionName(first, ReportModel.rollUp(e.getValue()),
                        io.dudao.internal.report.ReportLabels.of(Locale.forLanguageTag(lang))));
            }
            dims.add(new Dimension(first.standard(), first.dimension(), names));
        }
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(Row::code, Comparator.nullsFirst(Comparator.naturalOrder())));
        return new ProvinceSummary(standards, dims, sorted);
    }

    /** Rows whose decision of some standard is FAIL. */
    public long failingCounties() {
        return rows.stream().filter(r -> r.decisions().containsValue(Verdict.FAIL)).count();
    }

    /**
     * The summary as CSV (RFC 4180, written by Jackson's CSV module): a header row in {@code locale}'s language,
     * then one row per county; verdicts in words of that language (通过 / PASS). Lines end in {@code \n}.
     */
    public String toCsv(Locale locale) {
        return SummaryReport.csv(this, locale);
    }

    /** The summary as one self-contained HTML page in {@code locale}'s language, its table sortable by any column. */
    public String toHtml(Locale locale) {
        return SummaryReport.html(this, locale);
    }

    private static Map<String, List<Indicator>> byDimension(List<Indicator> catalog, List<String> standards) {
        Map<String, List<Indicator>> out = new LinkedHashMap<>();
        for (Indicator i : catalog) {
            if (standards.isEmpty() || standards.contains(i.standard())) {
                out.computeIfAbsent(i.standard() + "/" + i.dimension(), k -> new ArrayList<>()).add(i);
            }
        }
        return out;
    }
}
