package io.dudao.internal.report;

import io.dudao.api.EvaluationReport;
import io.dudao.api.Indicator;
import io.dudao.api.Verdict;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a rendered report as one self-contained HTML page (no network, no script): the decision and each
 * dimension's verdict at the top, then the failures with their explanations, the results lacking data, a
 * school × indicator table per standard, one inline SVG bar chart per coefficient of variation (a bar per
 * stage against its limit, naming the schools furthest below the mean), the results that do not apply, and
 * the rule set, parameter layers and hashes at the foot. Print CSS lays it out on A4. Everything comes from
 * the {@link ReportModel}; the same report gives the same bytes. Thread-safe.
 */
public final class HtmlReport {

    static final int CHART_WIDTH = 680;
    private static final int LABEL_WIDTH = 96;
    private static final int BAR_AREA = 440;
    private static final int ROW = 30;
    private static final int BAR = 16;

    private HtmlReport() {
    }

    /** The page of a rendered report. */
    public static String render(EvaluationReport report, List<Indicator> catalog) {
        ReportModel m = new ReportModel(report, catalog);
        return Templates.render("report", new Page(m));
    }

    /** The scope of the page template. */
    @SuppressWarnings("unused")   // read by Mustache
    static final class Page {
        final String lang;
        final String title;
        final List<ReportModel.Meta> header;
        final String summaryTitle;
        final List<ReportModel.Decision> decisions;
        final String decisionLabel;
        final String dimensionLabel;
        final String resultLabel;
        final List<String> verdictHeads;
        final List<ReportModel.Dimension> dimensions;
        final String failuresTitle;
        final List<ReportModel.Group> failures;
        final String insufficientTitle;
        final List<ReportModel.Group> insufficient;
        final String none;
        final String matrixTitle;
        final String schoolLabel;
        final String stageLabel;
        final List<ReportModel.Matrix> matrices;
        final String legend;
        final List<Legend> verdictLegend;
        final String chartsTitle;
        final List<ChartView> charts;
        final String notApplicableTitle;
        final List<ReportModel.NotApplicable> notApplicable;
        final String footTitle;
        final List<ReportModel.Meta> foot;

        Page(ReportModel m) {
            ReportLabels l = m.labels();
            lang = l.get("lang");
            title = l.get("title", m.districtName());
            header = m.header();
            summaryTitle = l.get("summary");
            decisions = m.decisions();
            decisionLabel = l.get("decision");
            dimensionLabel = l.get("dimension");
            resultLabel = l.get("result");
            verdictHeads = m.verdictHeads();
            dimensions = m.dimensions();
            failures = m.groups(Verdict.FAIL);
            failuresTitle = l.get("failures", m.report().withVerdict(Verdict.FAIL).size());
            insufficient = m.groups(Verdict.INSUFFICIENT_DATA);
            insufficientTitle = l.get("insufficient", m.report().withVerdict(Verdict.INSUFFICIENT_DATA).size());
            none = l.get("none");
            matrixTitle = l.get("matrix");
            schoolLabel = l.get("school");
            stageLabel = l.get("stage");
            matrices = m.matrices();
            legend = l.get("legend");
            verdictLegend = new ArrayList<>();
            for (Verdict v : Verdict.values()) {
                verdictLegend.add(new Legend(ReportModel.cls(v), l.verdict(v)));
            }
            chartsTitle = l.get("charts");
            charts = m.charts().stream().map(c -> new ChartView(c, l)).toList();
            notApplicable = m.notApplicable();
            notApplicableTitle = l.get("notApplicable", m.report().withVerdict(Verdict.NOT_APPLICABLE).size());
            footTitle = l.get("foot");
            foot = m.foot();
        }
    }

    record Legend(String cls, String text) {
    }

    /** A chart laid out as SVG: one row per stage, the bar to scale, a dashed line at the limit. */
    @SuppressWarnings("unused")   // read by Mustache
    static final class ChartView {
        final String title;
        final String indicator;
        final int width = CHART_WIDTH;
        final int height;
        final List<BarView> bars = new ArrayList<>();

        ChartView(ReportModel.Chart c, ReportLabels l) {
            title = c.title();
            indicator = c.indicator().id();
            BigDecimal max = BigDecimal.ZERO;
            for (ReportModel.Bar b : c.bars()) {
                max = b.value() != null && b.value().compareTo(max) > 0 ? b.value() : max;
                max = b.threshold() != null && b.threshold().compareTo(max) > 0 ? b.threshold() : max;
            }
            BigDecimal scale = max.signum() == 0 ? BigDecimal.ONE : max.multiply(new BigDecimal("1.15"));
            int y = 8;
            for (ReportModel.Bar b : c.bars()) {
                bars.add(new BarView(b, y, scale, l));
                y += ROW;
            }
            height = y + 4;
        }
    }

    /** One stage's row of a chart; coordinates in SVG user units, written with one decimal. */
    @SuppressWarnings("unused")   // read by Mustache
    static final class BarView {
        final String stage;
        final String cls;
        final String verdict;
        final String valueText;
        final String limitText;
        final String lowest;
        final int labelY;
        final int barY;
        final int barHeight = BAR;
        final int barX = LABEL_WIDTH;
        final String barWidth;
        final String valueX;
        final boolean hasLimit;
        final String limitX;
        final int limitY1;
        final int limitY2;
        final int limitTextX = CHART_WIDTH - 4;

        BarView(ReportModel.Bar b, int y, BigDecimal scale, ReportLabels l) {
            stage = b.stage();
            cls = b.cls();
            verdict = b.verdictText();
            valueText = b.valueText();
            limitText = b.limitText();
            lowest = b.lowest().isEmpty() ? "" : l.get("lowest", String.join(l.get("list"), b.lowest()));
            labelY = y + 13;
            barY = y + 1;
            BigDecimal w = b.value() == null ? BigDecimal.ZERO : x(b.value(), scale);
            barWidth = w.toPlainString();
            valueX = w.add(BigDecimal.valueOf(LABEL_WIDTH + 6)).toPlainString();
            hasLimit = b.threshold() != null;
            limitX = b.threshold() == null ? "0" : x(b.threshold(), scale).add(BigDecimal.valueOf(LABEL_WIDTH)).toPlainString();
            limitY1 = y - 3;
            limitY2 = y + BAR + 5;
        }

        private static BigDecimal x(BigDecimal v, BigDecimal scale) {
            return v.max(BigDecimal.ZERO).multiply(BigDecimal.valueOf(BAR_AREA))
                    .divide(scale, MathContext.DECIMAL64).setScale(1, RoundingMode.HALF_UP);
        }
    }
}
