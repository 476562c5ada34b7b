package io.dudao.cli;

import io.dudao.api.EvaluationReport;
import io.dudao.api.Indicator;
import io.dudao.api.ReportHtml;
import io.dudao.api.ReportJson;
import io.dudao.api.ReportMarkdown;
import io.dudao.api.ReportText;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The output formats of {@code evaluate}; each writes the rendered reports of one run (explanations in the
 * chosen locale) as one document.
 */
enum Format {

    /**
     * The report for people ({@link ReportText}): summary by dimension, failures with their explanations, the
     * rest as a table; at most 100 columns wide. Several districts give their reports one after another.
     */
    TEXT {
        @Override
        String render(List<EvaluationReport> rendered, List<Indicator> catalog) {
            return rendered.stream().map(r -> ReportText.render(r, catalog)).collect(Collectors.joining("\n"));
        }
    },

    /**
     * One report object for one district, an array of reports for several (report schema JSON); each result
     * carries its explanation beside its message key and arguments.
     */
    JSON {
        @Override
        String render(List<EvaluationReport> rendered, List<Indicator> catalog) {
            return rendered.size() == 1 ? ReportJson.toJson(rendered.get(0)) : ReportJson.toJson(rendered);
        }
    },

    /**
     * One self-contained HTML page for one district ({@link ReportHtml}): decision and dimensions, failures,
     * CV charts, the school × indicator table; prints on A4. One district only: a page per district is
     * {@code dudao evaluate} per file, a province is {@code --summary}.
     */
    HTML {
        @Override
        String render(List<EvaluationReport> rendered, List<Indicator> catalog) {
            if (rendered.size() != 1) {
                throw new IllegalArgumentException("--format html writes the page of one district, and the facts hold "
                        + rendered.size() + "; evaluate one district at a time, or use --summary FILE.html");
            }
            return ReportHtml.render(rendered.get(0), catalog);
        }
    },

    /**
     * The sections of a self-evaluation report (自评报告) in Markdown ({@link ReportMarkdown}); several
     * districts give their sections one after another, separated by a rule.
     */
    MARKDOWN {
        @Override
        String render(List<EvaluationReport> rendered, List<Indicator> catalog) {
            return rendered.stream().map(r -> ReportMarkdown.render(r, catalog)).collect(Collectors.joining("\n---\n\n"));
        }
    };

    /**
     * The document for {@code rendered}, in order.
     *
     * @param rendered reports whose explanations are rendered
     * @param catalog  the indicators of the evaluator that made them
     */
    abstract String render(List<EvaluationReport> rendered, List<Indicator> catalog);

    /** The name on the command line: {@code text}, {@code json}, {@code html}, {@code markdown}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
