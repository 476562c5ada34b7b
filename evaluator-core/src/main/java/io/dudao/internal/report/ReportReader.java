package io.dudao.internal.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.dudao.api.DudaoException;
import io.dudao.api.EvaluationReport;
import io.dudao.internal.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads JSON reports back (as {@code dudao evaluate --format json} writes them), validated against the report
 * schema first so that every problem of a file is named at once, with its JSON path. Thread-safe.
 */
public final class ReportReader {

    /** The stable code of an unreadable report. */
    public static final String INVALID = "report.invalid";

    private static final String RESOURCE = "/io/dudao/schema/report.schema.json";
    private static final JsonSchema SCHEMA = load();

    private ReportReader() {
    }

    /**
     * The reports of a JSON document holding one report or an array of reports.
     *
     * @param json   the document
     * @param source where it came from, for the messages (a file name)
     * @throws DudaoException {@value #INVALID}, naming the source and every problem with its JSON path
     */
    public static List<EvaluationReport> read(String json, String source) {
        JsonNode tree;
        try {
            tree = Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new DudaoException(INVALID, source + ": not JSON: line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
        if (tree == null || tree.isMissingNode()) {
            throw new DudaoException(INVALID, source + ": empty; expected a report (dudao evaluate --format json)");
        }
        List<String> problems = new ArrayList<>();
        for (ValidationMessage m : SCHEMA.validate(tree)) {
            problems.add(source + ": " + m.getInstanceLocation() + ": " + m.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new DudaoException(INVALID, problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                    + " reading a report (expected the JSON of dudao evaluate --format json, report schema "
                    + EvaluationReport.SCHEMA_VERSION + "):\n  " + String.join("\n  ", problems));
        }
        try {
            if (tree.isArray()) {
                List<EvaluationReport> out = new ArrayList<>();
                for (JsonNode n : tree) {
                    out.add(Json.MAPPER.treeToValue(n, EvaluationReport.class));
                }
                return out;
            }
            return List.of(Json.MAPPER.treeToValue(tree, EvaluationReport.class));
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            String what = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.toString();
            throw new DudaoException(INVALID, source + ": not a report: " + what, e);
        }
    }

    private static JsonSchema load() {
        try (InputStream in = ReportReader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("report schema " + RESOURCE + " is not on the class path");
            }
            JsonSchema s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(Json.MAPPER.readTree(in));
            s.initializeValidators();
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read report schema " + RESOURCE, e);
        }
    }
}
