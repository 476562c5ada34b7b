package io.dudao.sheets.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dudao.api.FactProblem;
import io.dudao.sheets.internal.Grid.Cell;
import io.dudao.sheets.internal.Headers.Target;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Builds the facts JSON tree of one district from the grids of a workbook or of a set of CSV files, and
 * remembers where each value came from, so that a problem found later on a field path (by the facts schema
 * or the semantic checks) can name its sheet, row, column and header.
 *
 * <p>Design note. The assembler does no validation of its own beyond what only a sheet can get wrong
 * (an unknown sheet or header, a column filled twice, a key missing): values go into the tree as they are,
 * with numbers written in text cells read as numbers and 是/否 as yes/no, and the facts reader then applies
 * the schema and the semantic checks unchanged. A value it cannot read (text in a count column) stays text,
 * so the schema reports it with the expectation worded once for every input format.
 *
 * <p>The district sheet is vertical by default (a row per field: 字段, 项目, 单位, 填报值); a district sheet
 * without a value column is read as a header row and one row of values instead. Not thread-safe: one
 * instance per read.
 */
public final class FactsAssembler {

    static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[;；]");

    private final Layout layout;
    private final Mapping mapping;
    private final ObjectNode district = NODES.objectNode();
    private final List<Located> problems = new ArrayList<>();
    private final Map<String, Loc> locations = new HashMap<>();
    private final List<Grid> grids = new ArrayList<>();
    private final Map<Integer, Integer> headerRows = new HashMap<>();
    /** How many non-blank rows from the top may hold the header (title rows above it are passed over). */
    private static final int HEADER_SEARCH = 10;

    /** Where a path came from: a sheet, and maybe a row, a column, and the sheet's fields for what is missing. */
    private record Loc(int grid, int row, int column, String rowLabel, String header, Headers headers,
                       Map<Field, Integer> columns) {
    }

    /** A problem and its place, for sorting by sheet, row and column. */
    private record Located(FactProblem problem, int grid, int row, int column, int order) {
    }


    public FactsAssembler(Layout layout, Mapping mapping) {
        this.layout = layout;
        this.mapping = mapping;
    }

    /**
     * Reads the grids of one district.
     *
     * @param input     the grids, in workbook (or file) order
     * @param source    the file problems name when no sheet is to blame (the workbook, the district CSV)
     * @param chinese   whether headers in problems are given in Chinese
     * @return the facts of the district; {@link #problems()} lists what only the sheets could show
     */
    public ObjectNode assemble(List<Grid> input, String source, boolean chinese) {
        grids.addAll(input);
        Integer districtGrid = null;
        Map<Table, Integer> tableGrids = new LinkedHashMap<>();
        for (int g = 0; g < grids.size(); g++) {
            Grid grid = grids.get(g);
            String name = grid.name();
            if (Names.is(name, Names.NOTES_SHEET) || name.equals(Names.LISTS_SHEET)
                    || mapping.ignoreSheets().stream().anyMatch(i -> Names.is(name, List.of(i)))) {
                continue;
            }
            if (Names.is(name, Names.DISTRICT_SHEET)
                    || Names.is(name, mapping.sheet(Mapping.DISTRICT).names())) {
                if (districtGrid != null) {
                    problem(g, -1, -1, null, null, json(name), "one district sheet (" + grids.get(districtGrid).name()
                            + " is one already)");
                } else {
                    districtGrid = g;
                }
                continue;
            }
            Table table = table(name);
            if (table != null) {
                Integer previous = tableGrids.putIfAbsent(table, g);
                if (previous != null) {
                    problem(g, -1, -1, null, null, json(name), "one sheet for " + table.dotted() + " ("
                            + grids.get(previous).name() + " is one already)");
                }
                continue;
            }
            if (!grid.rows().stream().allMatch(r -> r.stream().allMatch(Cell::blank))) {
                problem(g, -1, -1, null, null, json(name), "a sheet of the workbook: " + sheetNames()
                        + ", or one the mapping file names (sheet or ignoreSheets)");
            }
        }
        if (districtGrid == null) {
            problems.add(new Located(new FactProblem(source, "", null, "a district sheet named "
                    + String.join(" or ", Names.DISTRICT_SHEET) + (mapping.sheet(Mapping.DISTRICT).sheet() == null
                    ? "" : " or " + mapping.sheet(Mapping.DISTRICT).sheet())), -1, -1, -1, problems.size()));
        } else {
            district(districtGrid, chinese);
        }
        for (Map.Entry<Table, Integer> e : tableGrids.entrySet()) {
            table(e.getKey(), e.getValue(), chinese);
        }
        return district;
    }

    /** Every problem found so far (the sheets' own, then those {@link #locate located}), by sheet, row, column. */
    public List<FactProblem> problems() {
        return problems.stream().sorted(Comparator.comparingInt(Located::grid).thenComparingInt(Located::row)
                .thenComparingInt(Located::column).thenComparingInt(Located::order)).map(Located::problem).toList();
    }

    /**
     * Adds a problem that the facts reader found on a field path, placed on its sheet, row and column where
     * the path came from one; the value and the expectation are kept.
     */
    public void locate(FactProblem p, String source, boolean chinese) {
        String path = p.path() == null ? "" : p.path();
        for (String prefix = path; ; prefix = parent(prefix)) {
            Loc loc = locations.get(prefix);
            if (loc != null) {
                Loc at = loc;
                if (!prefix.equals(path) && loc.headers() != null) {
                    at = missing(loc, path.substring(prefix.length()), chinese);
                }
                Grid grid = grids.get(at.grid());
                problems.add(new Located(new FactProblem(grid.file(), where(grid, at)
                        + (path.isEmpty() ? "" : " (" + path + ")"), p.value(), p.expected()),
                        at.grid(), at.row(), at.column(), problems.size()));
                return;
            }
            if (prefix.isEmpty()) {
                problems.add(new Located(new FactProblem(source, path, p.value(), p.expected()), -1, -1, -1,
                        problems.size()));
                return;
            }
        }
    }

    /** The place of a field that is not in the sheet (missing): its column if the sheet has one, else its header. */
    private static Loc missing(Loc row, String rest, boolean chinese) {
        String dotted = rest.replaceAll("\\[[^]]*]", "").replaceAll("^\\.", "");
        Target t = row.headers().resolvePath(dotted);
        if (t == null) {
            return row;
        }
        Integer column = t.name() == null ? row.columns().get(t.field()) : null;
        String header = t.name() == null ? row.headers().header(t.field(), chinese)
                : row.headers().header(t.field(), t.name(), chinese);
        return new Loc(row.grid(), row.row(), column == null ? -1 : column, row.rowLabel(), header, null, null);
    }

    private static String where(Grid grid, Loc loc) {
        StringBuilder b = new StringBuilder();
        if (grid.sheet()) {
            b.append("sheet ").append(grid.name());
        }
        if (loc.row() >= 0) {
            b.append(b.length() > 0 ? ", " : "").append("row ").append(loc.row() + 1);
            if (loc.rowLabel() != null) {
                b.append(' ').append(loc.rowLabel());
            }
        }
        if (loc.column() >= 0) {
            b.append(b.length() > 0 ? ", " : "").append("column ")
                    .append(grid.sheet() ? Cells.letters(loc.column()) : String.valueOf(loc.column() + 1));
            if (loc.header() != null) {
                b.append(' ').append(loc.header());
            }
        } else if (loc.header() != null) {
            b.append(b.length() > 0 ? ", " : "").append(loc.row() >= 0 ? "column " : "field ").append(loc.header());
        }
        return b.length() == 0 ? "(file)" : b.toString();
    }

    private void district(int g, boolean chinese) {
        Grid grid = grids.get(g);
        Mapping.SheetMapping m = mapping.sheet(Mapping.DISTRICT);
        Headers headers = new Headers(layout.district(), m.columns());
        locations.put("", new Loc(g, -1, -1, null, null, headers, Map.of()));
        List<String> names = new ArrayList<>(Names.VALUE_COLUMN);
        names.addAll(Names.FIELD_COLUMN);
        names.addAll(Names.ITEM_COLUMN);
        if (m.keyColumn() != null) {
            names.add(m.keyColumn());
        }
        if (m.valueColumn() != null) {
            names.add(m.valueColumn());
        }
        int h = headerRow(g, headers, names);
        if (h < 0) {
            return;
        }
        int fieldCol = -1;
        int itemCol = -1;
        int valueCol = -1;
        for (int c = 0; c < grid.width(); c++) {
            String text = grid.cell(h, c).text();
            if (text.isEmpty()) {
                continue;
            }
            if (Names.is(text, Names.VALUE_COLUMN) || (m.valueColumn() != null && Names.is(text, List.of(m.valueColumn())))) {
                valueCol = c;
            } else if (Names.is(text, Names.FIELD_COLUMN)) {
                fieldCol = c;
            } else if (Names.is(text, Names.ITEM_COLUMN) || (m.keyColumn() != null && Names.is(text, List.of(m.keyColumn())))) {
                itemCol = c;
            }
        }
        if (valueCol < 0) {
            // a wide district sheet: a header row and one row of values
            Map<Integer, Target> columns = columns(g, grid, h, headers, null, chinese);
            List<Integer> rows = rows(grid, h);
            if (rows.size() > 1) {
                problem(g, rows.get(1), -1, null, null, null, "one row of values: a district sheet holds one "
                        + "district (or a column headed " + String.join(" or ", Names.VALUE_COLUMN) + ")");
            }
            if (!rows.isEmpty()) {
                item(g, grid, rows.get(0), district, "", headers, columns);
            }
            return;
        }
        if (fieldCol < 0 && itemCol < 0) {
            problem(g, h, -1, null, null, null, "a column headed " + String.join(" or ", Names.FIELD_COLUMN)
                    + " or " + String.join(" or ", Names.ITEM_COLUMN) + " naming each row's field");
            return;
        }
        Map<Target, Integer> seen = new HashMap<>();
        for (int r = h + 1; r < grid.rows().size(); r++) {
            String byPath = fieldCol < 0 ? "" : grid.cell(r, fieldCol).text();
            String byLabel = itemCol < 0 ? "" : grid.cell(r, itemCol).text();
            Cell value = grid.cell(r, valueCol);
            String key = byPath.isEmpty() ? byLabel : byPath;
            int keyCol = byPath.isEmpty() ? itemCol : fieldCol;
            if (key.isEmpty()) {
                if (!value.blank()) {
                    problem(g, r, fieldCol < 0 ? itemCol : fieldCol, null, null, null,
                            "the field this row's value is for");
                }
                continue;
            }
            Target t = headers.resolve(key);
            if (t == null) {
                problem(g, r, keyCol, null, null, json(key), "a field of the district sheet: a field path such "
                        + "as schoolYear, a label of the template (see the notes sheet), or a name the mapping "
                        + "file gives");
                continue;
            }
            Integer previous = seen.putIfAbsent(t, r);
            if (previous != null) {
                problem(g, r, keyCol, null, null, json(key), "a field no other row fills (row " + (previous + 1)
                        + " has it)");
                continue;
            }
            String path = jsonPath("", t);
            String label = byLabel.isEmpty() ? byPath : byLabel;
            locations.put(path, new Loc(g, r, valueCol, label, grid.cell(h, valueCol).text(), null, null));
            JsonNode node = convert(t, value, grid.sheet());
            if (node != null) {
                set(district, t, node);
            }
        }
    }

    private void table(Table table, int g, boolean chinese) {
        Grid grid = grids.get(g);
        Mapping.SheetMapping m = mapping.sheet(table.dotted());
        Headers headers = new Headers(table.fields(), m.columns());
        String tablePath = "";
        for (String step : table.path()) {
            tablePath = field(tablePath, step);
        }
        locations.put(tablePath, new Loc(g, -1, -1, null, null, null, null));
        List<String> names = new ArrayList<>(Names.KEY_COLUMN);
        if (m.keyColumn() != null) {
            names.add(m.keyColumn());
        }
        int h = headerRow(g, headers, names);
        if (h < 0) {
            return;
        }
        Integer keyCol = null;
        if (table.keyed()) {
            for (int c = 0; c < grid.width(); c++) {
                String text = grid.cell(h, c).text();
                if (Names.is(text, Names.KEY_COLUMN) || (m.keyColumn() != null && Names.is(text, List.of(m.keyColumn())))) {
                    keyCol = c;
                    break;
                }
            }
            if (keyCol == null) {
                problem(g, h, -1, null, null, null, "a column headed " + String.join(" or ", Names.KEY_COLUMN)
                        + (m.keyColumn() == null ? "" : " or " + m.keyColumn()) + " holding each row's key");
                return;
            }
        }
        Map<Integer, Target> columns = columns(g, grid, h, headers, keyCol, chinese);
        JsonNode container = table.keyed() ? NODES.objectNode() : NODES.arrayNode();
        Map<String, Integer> keys = new HashMap<>();
        for (int r : rows(grid, h)) {
            String itemPath;
            ObjectNode item = NODES.objectNode();
            if (table.keyed()) {
                String key = grid.cell(r, keyCol).text();
                if (key.isEmpty()) {
                    problem(g, r, keyCol, grid.cell(h, keyCol).text(), null, null, "the key of this row");
                    continue;
                }
                Integer previous = keys.putIfAbsent(key, r);
                if (previous != null) {
                    problem(g, r, keyCol, grid.cell(h, keyCol).text(), null, json(key),
                            "a key no other row has (row " + (previous + 1) + " has it)");
                    continue;
                }
                itemPath = field(tablePath, key);
                ((ObjectNode) container).set(key, item);
            } else {
                itemPath = index(tablePath, container.size());
                ((ArrayNode) container).add(item);
            }
            item(g, grid, r, item, itemPath, headers, columns);
        }
        if (!container.isEmpty()) {
            ObjectNode parent = district;
            for (String step : table.path().subList(0, table.path().size() - 1)) {
                parent = parent.has(step) && parent.get(step).isObject() ? (ObjectNode) parent.get(step)
                        : parent.putObject(step);
            }
            parent.set(table.path().get(table.path().size() - 1), container);
        }
    }

    /** The values of one row into {@code item}, each located. */
    private void item(int g, Grid grid, int r, ObjectNode item, String itemPath, Headers headers,
                      Map<Integer, Target> columns) {
        Map<Field, Integer> byField = new HashMap<>();
        columns.forEach((c, t) -> {
            if (t.name() == null) {
                byField.put(t.field(), c);
            }
        });
        locations.put(itemPath, new Loc(g, r, -1, null, null, headers, byField));
        int h = headerRows.get(g);
        for (Map.Entry<Integer, Target> e : columns.entrySet()) {
            int c = e.getKey();
            Target t = e.getValue();
            String path = jsonPath(itemPath, t);
            locations.put(path, new Loc(g, r, c, null, grid.cell(h, c).text(), null, null));
            JsonNode node = convert(t, grid.cell(r, c), grid.sheet());
            if (node != null) {
                set(item, t, node);
            }
        }
    }

    /** The field of each column of a header row; unknown and repeated headers are problems. */
    private Map<Integer, Target> columns(int g, Grid grid, int h, Headers headers, Integer keyCol, boolean chinese) {
        Map<Integer, Target> columns = new LinkedHashMap<>();
        Map<Target, Integer> seen = new HashMap<>();
        int width = grid.width();
        for (int c = 0; c < width; c++) {
            if (keyCol != null && c == keyCol) {
                continue;
            }
            String text = grid.cell(h, c).text();
            if (text.isEmpty()) {
                if (hasData(grid, h, c)) {
                    problem(g, h, c, null, null, null, "a header for this column, which holds data");
                }
                continue;
            }
            Target t = headers.resolve(text);
            if (t == null) {
                problem(g, h, c, null, null, json(text), "a column of this sheet: a header of the template "
                        + "(see the notes sheet), a field path such as " + example(headers)
                        + ", or a header the mapping file names");
                continue;
            }
            Integer previous = seen.putIfAbsent(t, c);
            if (previous != null) {
                problem(g, h, c, null, null, json(text), "a column no other column fills (column "
                        + (grid.sheet() ? Cells.letters(previous) : String.valueOf(previous + 1)) + " has it)");
                continue;
            }
            columns.put(c, t);
        }
        return columns;
    }

    /** The data rows below the header: those with any value. */
    private static List<Integer> rows(Grid grid, int h) {
        List<Integer> rows = new ArrayList<>();
        for (int r = h + 1; r < grid.rows().size(); r++) {
            if (!grid.blankRow(r)) {
                rows.add(r);
            }
        }
        return rows;
    }

    private static boolean hasData(Grid grid, int h, int c) {
        for (int r = h + 1; r < grid.rows().size(); r++) {
            if (!grid.cell(r, c).blank()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The header row of a sheet: the first of its first non-blank rows that names a known column, so that
     * title rows above the header are passed over; else the first non-blank row. Remembered per sheet.
     */
    private int headerRow(int g, Headers headers, List<String> names) {
        Grid grid = grids.get(g);
        int first = firstRow(grid);
        int seen = 0;
        for (int r = first; r >= 0 && r < grid.rows().size() && seen < HEADER_SEARCH; r++) {
            if (grid.blankRow(r)) {
                continue;
            }
            seen++;
            for (Cell cell : grid.rows().get(r)) {
                String text = cell.text();
                if (!text.isEmpty() && (headers.resolve(text) != null || Names.is(text, names))) {
                    headerRows.put(g, r);
                    return r;
                }
            }
        }
        headerRows.put(g, first);
        return first;
    }

    private static int firstRow(Grid grid) {
        for (int r = 0; r < grid.rows().size(); r++) {
            if (!grid.blankRow(r)) {
                return r;
            }
        }
        return -1;
    }

    private static String example(Headers headers) {
        return headers.fields().stream().filter(f -> f.path().size() > 1).findFirst()
                .or(() -> headers.fields().stream().findFirst()).map(Field::dotted).orElse("name");
    }

    /** A cell's value as the field takes it, or {@code null} for a blank cell. */
    static JsonNode convert(Target t, Cell cell, boolean typedCells) {
        if (cell.blank()) {
            return null;
        }
        Object v = cell.value();
        Field.Kind kind = t.name() != null ? Field.Kind.OPEN_MAP : t.field().kind();
        return switch (kind) {
            case TEXT, CHOICE -> NODES.textNode(cell.text());
            case INTEGER, NUMBER -> number(v);
            case BOOLEAN -> {
                if (v instanceof Boolean b) {
                    yield NODES.booleanNode(b);
                }
                Boolean b = Cells.yesNo(cell.text());
                yield b == null ? NODES.textNode(cell.text()) : NODES.booleanNode(b);
            }
            case NUMBER_LIST, TEXT_LIST -> {
                ArrayNode list = NODES.arrayNode();
                if (v instanceof BigDecimal n) {
                    list.add(number(n));
                } else {
                    for (String part : LIST_SEPARATOR.split(cell.text())) {
                        if (!part.isBlank()) {
                            list.add(kind == Field.Kind.NUMBER_LIST ? number(part.strip()) : NODES.textNode(part.strip()));
                        }
                    }
                }
                yield list;
            }
            case OPEN_MAP -> {
                if (v instanceof BigDecimal || v instanceof Boolean) {
                    yield v instanceof Boolean b ? NODES.booleanNode(b) : number(v);
                }
                if (!typedCells) {
                    BigDecimal n = Cells.number(cell.text());
                    if (n != null) {
                        yield number(n);
                    }
                    if (cell.text().equalsIgnoreCase("true") || cell.text().equalsIgnoreCase("false")) {
                        yield NODES.booleanNode(Boolean.parseBoolean(cell.text()));
                    }
                }
                yield NODES.textNode(cell.text());
            }
        };
    }

    /** A number node (a whole number as an integer), or the text as it was when it is not a number. */
    private static JsonNode number(Object v) {
        BigDecimal n = v instanceof BigDecimal d ? Cells.normal(d) : v instanceof String s ? Cells.number(s) : null;
        if (n == null) {
            return v instanceof Boolean b ? NODES.booleanNode(b) : NODES.textNode(String.valueOf(v));
        }
        if (n.scale() > 0) {
            return NODES.numberNode(n);
        }
        java.math.BigInteger i = n.toBigIntegerExact();
        return i.bitLength() < 32 ? NODES.numberNode(i.intValue())
                : i.bitLength() < 64 ? NODES.numberNode(i.longValue()) : NODES.numberNode(i);
    }

    private static void set(ObjectNode base, Target t, JsonNode value) {
        ObjectNode o = base;
        List<String> path = t.field().path();
        for (int i = 0; i < path.size() - 1; i++) {
            String step = path.get(i);
            o = o.get(step) instanceof ObjectNode child ? child : o.putObject(step);
        }
        String last = path.get(path.size() - 1);
        if (t.name() != null) {
            ObjectNode map = o.get(last) instanceof ObjectNode child ? child : o.putObject(last);
            map.set(t.name(), value);
        } else {
            o.set(last, value);
        }
    }

    /** The field path of a target below {@code base}, as the facts reader writes paths. */
    private static String jsonPath(String base, Target t) {
        String p = base;
        for (String step : t.field().path()) {
            p = field(p, step);
        }
        return t.name() == null ? p : field(p, t.name());
    }

    /** {@code parent.name}, or {@code parent["a b"]} for a name that is not a plain word (as FieldPath does). */
    static String field(String parent, String name) {
        if (!PLAIN.matcher(name).matches()) {
            return parent + "[" + NODES.textNode(name).toString() + "]";
        }
        return parent.isEmpty() ? name : parent + "." + name;
    }

    static String index(String parent, int i) {
        return parent + "[" + i + "]";
    }

    /** The path one step up: {@code a.b[2]} → {@code a.b} → {@code a} → {@code ""}. */
    static String parent(String path) {
        if (path.endsWith("]")) {
            int depth = 0;
            boolean quoted = false;
            for (int i = path.length() - 1; i >= 0; i--) {
                char c = path.charAt(i);
                if (c == '"' && (i == 0 || path.charAt(i - 1) != '\\')) {
                    quoted = !quoted;
                } else if (!quoted && c == ']') {
                    depth++;
                } else if (!quoted && c == '[' && --depth == 0) {
                    return path.substring(0, i);
                }
            }
            return "";
        }
        int dot = path.lastIndexOf('.');
        int bracket = path.lastIndexOf(']');
        return dot > bracket ? path.substring(0, dot) : bracket >= 0 ? path.substring(0, bracket + 1) : "";
    }

    /** Whether {@code name} names a list or map sheet (its Chinese name, field path, or mapped name). */
    public boolean listSheet(String name) {
        return table(name) != null;
    }

    private Table table(String name) {
        for (Table t : layout.tables()) {
            if (Names.is(name, List.of(t.label().zh(), t.dotted(), Names.sheet(t, true), Names.sheet(t, false)))
                    || Names.is(name, mapping.sheet(t.dotted()).names())) {
                return t;
            }
        }
        return null;
    }

    private String sheetNames() {
        List<String> names = new ArrayList<>(Names.DISTRICT_SHEET);
        for (Table t : layout.tables()) {
            names.add(Names.sheet(t, true));
            names.add(t.dotted());
        }
        names.addAll(Names.NOTES_SHEET);
        return String.join(", ", names);
    }

    private void problem(int g, int row, int column, String header, String rowLabel, String value, String expected) {
        Grid grid = grids.get(g);
        Loc loc = new Loc(g, row, column, rowLabel, header != null ? header
                : row >= 0 && column >= 0 ? grid.cell(headerRows.getOrDefault(g, firstRow(grid)), column).text()
                : null, null, null);
        if (loc.header() != null && loc.header().isEmpty()) {
            loc = new Loc(g, row, column, rowLabel, null, null, null);
        }
        problems.add(new Located(new FactProblem(grid.file(), row < 0 && column < 0 && grid.sheet()
                ? "sheet " + grid.name() : where(grid, loc), value, expected), g, row, column, problems.size()));
    }

    private static String json(String text) {
        return NODES.textNode(text).toString();
    }
}
