package io.dudao.cli;

import io.dudao.api.EvaluationReport;
import io.dudao.api.ReportJson;
import java.util.List;
import java.util.Locale;

/** The output formats of {@code evaluate}; each renders the reports of one run as one document. */
enum Format {

    /** One report object for one district, an array of reports for several (report schema JSON). */
    JSON {
        @Override
        String render(List<EvaluationReport> reports) {
            return reports.size() == 1 ? ReportJson.toJson(reports.get(0)) : ReportJson.toJson(reports);
        }
    };

    /** The document for {@code reports}, in order. */
    abstract String render(List<EvaluationReport> reports);

    /** The name on the command line: {@code json}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
