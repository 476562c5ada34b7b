package io.dudao.sheets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.dudao.api.FactProblem;
import io.dudao.api.FactsException;
import io.dudao.sheets.internal.Field;
import io.dudao.sheets.internal.Layout;
import io.dudao.sheets.internal.Mapping;
import io.dudao.sheets.internal.SchemaLayout;
import io.dudao.sheets.internal.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A bureau's own sheet names and column headers for those of the workbook: a YAML (or JSON) file such as
 * <pre>
 * district:                 # the district sheet
 *   sheet: 基本情况          # their name of the sheet (or of the CSV file, without .csv)
 *   keyColumn: 指标          # their header of the column naming each row's field
 *   valueColumn: 数值        # their header of the value column
 *   columns:                 # their row label → our field path
 *     区县代码: code
 * schools:                   # a list sheet, by its field path
 *   sheet: 学校情况表
 *   columns:                 # their header → our field path, relative to one school
 *     学校代码: id
 *     小学在校生: enrolment.primary
 *     小学专任教师: teachers.primary.fullTime
 * ignoreSheets: [封面]       # sheets to leave unread
 * </pre>
 * Their names are compared ignoring spaces, case and full-width forms; the template's own names keep
 * working beside them. Immutable and thread-safe.
 */
public final class ColumnMapping {

    private static final ColumnMapping NONE = new ColumnMapping(Mapping.NONE);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Mapping mapping;

    private ColumnMapping(Mapping mapping) {
        this.mapping = mapping;
    }

    /** No mapping: the workbook's own names only. */
    public static ColumnMapping none() {
        return NONE;
    }

    /**
     * Reads and checks a mapping file: every sheet it names is a sheet of the workbook, every field path
     * it maps to is a field of that sheet.
     *
     * @param file a YAML or JSON file (UTF-8)
     * @return the mapping
     * @throws FactsException       listing every problem of the file (code {@code facts.invalid})
     * @throws NullPointerException when {@code file} is {@code null}
     */
    public static ColumnMapping read(Path file) {
        Objects.requireNonNull(file, "file");
        String source = file.toString();
        JsonNode root;
        try {
            root = YAML.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw problem(source, "", null, "a YAML or JSON mapping file (" + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ")");
        } catch (IOException e) {
            throw problem(source, "", null, "a readable mapping file (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw problem(source, "", root == null ? null : root.toString(), "a mapping: district, a list sheet "
                    + "such as schools, or ignoreSheets, each with sheet, keyColumn, valueColumn and columns");
        }
        return new ColumnMapping(parse(root, source, SchemaLayout.layout()));
    }

    /** The checked mapping (for the readers). */
    Mapping mapping() {
        return mapping;
    }

    static Mapping parse(JsonNode root, String source, Layout layout) {
        List<FactProblem> problems = new ArrayList<>();
        Map<String, List<Field>> sheets = new LinkedHashMap<>();
        sheets.put(Mapping.DISTRICT, layout.district());
        for (Table t : layout.tables()) {
            sheets.put(t.dotted(), t.fields());
        }
        Map<String, Mapping.SheetMapping> out = new HashMap<>();
        Set<String> ignore = new LinkedHashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            JsonNode value = e.getValue();
            if (key.equals("ignoreSheets")) {
                if (!value.isArray()) {
                    problems.add(new FactProblem(source, key, value.toString(), "a list of sheet names"));
                } else {
                    value.forEach(v -> ignore.add(v.asText()));
                }
                continue;
            }
            List<Field> fields = sheets.get(key);
            if (fields == null) {
                problems.add(new FactProblem(source, key, null, "one of " + String.join(", ", sheets.keySet())
                        + " or ignoreSheets"));
                continue;
            }
            if (!value.isObject()) {
                problems.add(new FactProblem(source, key, value.toString(), "a mapping with sheet, keyColumn, "
                        + "valueColumn and columns"));
                continue;
            }
            String sheet = null;
            String keyColumn = null;
            String valueColumn = null;
            Map<String, String> columns = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> f = value.fields(); f.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = f.next();
                String at = key + "." + entry.getKey();
                JsonNode v = entry.getValue();
                switch (entry.getKey()) {
                    case "sheet" -> sheet = text(v, at, source, problems);
                    case "keyColumn" -> keyColumn = text(v, at, source, problems);
                    case "valueColumn" -> valueColumn = text(v, at, source, problems);
                    case "columns" -> {
                        if (!v.isObject()) {
                            problems.add(new FactProblem(source, at, v.toString(), "their header → our field path"));
                            continue;
                        }
                        for (Iterator<Map.Entry<String, JsonNode>> c = v.fields(); c.hasNext(); ) {
                            Map.Entry<String, JsonNode> column = c.next();
                            String path = at + "[" + quote(column.getKey()) + "]";
                            String target = text(column.getValue(), path, source, problems);
                            if (target != null && !known(fields, target)) {
                                problems.add(new FactProblem(source, path, quote(target), "a field path of sheet "
                                        + key + ", such as " + fields.get(Math.min(1, fields.size() - 1)).dotted()));
                            } else if (target != null) {
                                columns.put(column.getKey(), target);
                            }
                        }
                    }
                    default -> problems.add(new FactProblem(source, at, null,
                            "one of sheet, keyColumn, valueColumn, columns"));
                }
            }
            out.put(key, new Mapping.SheetMapping(sheet, keyColumn, valueColumn, columns));
        }
        if (!problems.isEmpty()) {
            throw new FactsException(problems);
        }
        return new Mapping(out, ignore);
    }

    private static boolean known(List<Field> fields, String target) {
        for (Field f : fields) {
            if (f.kind() == Field.Kind.OPEN_MAP ? target.startsWith(f.dotted() + ".")
                    && target.length() > f.dotted().length() + 1 : f.dotted().equals(target)) {
                return true;
            }
        }
        return false;
    }

    private static String text(JsonNode v, String at, String source, List<FactProblem> problems) {
        if (v == null || !v.isValueNode() || v.isNull() || v.asText().isBlank()) {
            problems.add(new FactProblem(source, at, v == null ? null : v.toString(), "a non-empty text"));
            return null;
        }
        return v.asText().strip();
    }

    private static String quote(String s) {
        return com.fasterxml.jackson.databind.node.TextNode.valueOf(s).toString();
    }

    private static FactsException problem(String source, String path, String value, String expected) {
        return new FactsException(List.of(new FactProblem(source, path, value, expected)));
    }
}
