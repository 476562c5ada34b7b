package io.dudao.api;

import io.dudao.internal.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes reports as JSON (report schema {@value EvaluationReport#SCHEMA_VERSION}): UTF-8, two-space
 * indentation, {@code \n} line ends, map keys sorted, decimals written plainly. Equal reports give
 * byte-identical output; {@link #read} reads a report back. Thread-safe.
 */
public final class ReportJson {

    private ReportJson() {
    }

    /** The report as JSON text ending in a newline. */
    public static String toJson(EvaluationReport report) {
        return Json.pretty(report);
    }

    /** The reports as one JSON array. */
    public static String toJson(java.util.List<EvaluationReport> reports) {
        return Json.pretty(reports);
    }

    /**
     * Reads a JSON report back: a file as {@code dudao evaluate --format json} writes it, holding one report.
     * The file is checked against the report schema first, and every problem is named with its JSON path.
     *
     * @param file a UTF-8 JSON file holding one report
     * @throws DudaoException with code {@code report.invalid} when the file cannot be read, is not a report, or
     *                        holds an array of reports; the message names the file
     */
    public static EvaluationReport read(java.nio.file.Path file) {
        String json;
        try {
            json = java.nio.file.Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DudaoException(io.dudao.internal.report.ReportReader.INVALID, file + ": cannot read: " + e, e);
        }
        java.util.List<EvaluationReport> reports = io.dudao.internal.report.ReportReader.read(json, file.toString());
        if (reports.size() != 1) {
            throw new DudaoException(io.dudao.internal.report.ReportReader.INVALID, file + ": holds " + reports.size()
                    + " reports; expected one report (write one district per file)");
        }
        return reports.get(0);
    }

    /**
     * Writes the report as UTF-8 JSON to {@code out}, which is flushed, not closed.
     *
     * @throws IOException when writing fails
     */
    public static void write(EvaluationReport report, OutputStream out) throws IOException {
        out.write(toJson(report).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
