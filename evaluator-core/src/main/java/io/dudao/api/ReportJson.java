package io.dudao.api;

import io.dudao.internal.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes reports as JSON (report schema {@value EvaluationReport#SCHEMA_VERSION}): UTF-8, two-space
 * indentation, {@code \n} line ends, map keys sorted, decimals written plainly. Equal reports give
 * byte-identical output. Thread-safe.
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
     * Writes the report as UTF-8 JSON to {@code out}, which is flushed, not closed.
     *
     * @throws IOException when writing fails
     */
    public static void write(EvaluationReport report, OutputStream out) throws IOException {
        out.write(toJson(report).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
