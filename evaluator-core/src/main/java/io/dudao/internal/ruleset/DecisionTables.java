package io.dudao.internal.ruleset;

import io.dudao.api.RuleProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.decisiontable.parser.ActionType;
import org.drools.decisiontable.parser.DefaultRuleSheetListener;
import org.drools.decisiontable.parser.csv.CsvLineParser;
import org.drools.decisiontable.parser.csv.CsvParser;
import org.drools.decisiontable.parser.xls.ExcelParser;
import org.drools.template.model.SnippetBuilder;
import org.drools.template.parser.DataListener;
import org.drools.template.parser.DecisionTableParseException;

/**
 * Decision tables in a standard's folder: {@code *.drl.csv} and {@code *.drl.xlsx} (also {@code *.drl.xls}).
 * Each table is converted to DRL when the rule set loads, with Drools' own decision-table parser, so that
 * everything after loading (package check, lint, rule arguments, compiling) reads DRL; the rule file keeps
 * the table's path.
 *
 * <p>Design note. Problems found in the generated DRL must name the table's cells, not lines of a text the
 * author never saw. While converting, each generated line is matched with the cells it came from (Drools
 * names every rule after its row and heads it with {@code // rule values at A12}; the expanded code of each
 * condition or action cell is found on its line), and that map is appended to the DRL as {@code //@dt}
 * comments after the last rule, so it travels with the rule file and no state is kept here.
 * {@link #locate(List, List)} turns {@code line:column} of the DRL into {@code row:column} of the table and
 * names the sheet, row, column and column header in the message. Only the first sheet of a workbook is
 * read, as Drools does.
 */
public final class DecisionTables {

    /** The names under which a file is read as a decision table. */
    private static final List<String> SUFFIXES = List.of(".drl.csv", ".drl.xlsx", ".drl.xls");
    private static final Pattern SPREADSHEET = Pattern.compile("(?i).+\\.(csv|xlsx|xls)");
    /** The comment Drools puts above each generated rule. */
    private static final Pattern RULE_VALUES =
            Pattern.compile("^\\s*//\\s*rule values at ([A-Z]+)(\\d+), header at ([A-Z]+)(\\d+)");
    private static final Pattern CELL_REF = Pattern.compile("\\bcell\\s+([A-Z]{1,3})(\\d+)\\b");
    private static final Pattern ROW_REF = Pattern.compile("\\bon row: (\\d+)");
    /** Positions in the generated DRL, which mean nothing to the author of the table. */
    private static final Pattern DRL_POSITION = Pattern.compile("\\s*(?:\\[\\d+,\\d+]|\\bLine \\d+:\\d+)");
    private static final String MAP = "//@dt ";
    /** A word of a compiler message that may name code of a cell. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");

    private DecisionTables() {
    }

    /** Whether a file of this name is read as a decision table. */
    static boolean isTable(String fileName) {
        return SUFFIXES.stream().anyMatch(fileName::endsWith);
    }

    /** Whether a file of this name looks like a spreadsheet but is not named to be read as a table. */
    static boolean isUnnamedTable(String fileName) {
        return !isTable(fileName) && SPREADSHEET.matcher(fileName).matches();
    }

    /** The problem of a spreadsheet that is not named as a decision table. */
    static String unnamedMessage(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String suggested = fileName.substring(0, dot) + ".drl" + fileName.substring(dot).toLowerCase(Locale.ROOT);
        return fileName + " is not read; name decision tables *.drl.csv or *.drl.xlsx (e.g. " + suggested + ")";
    }

    /**
     * The DRL of a table, or the problems that prevent it.
     *
     * @param drl      the generated DRL followed by its map to the table's cells; {@code null} when
     *                 {@code problems} is not empty
     * @param problems what is wrong with the table, by row and column
     */
    record Converted(String drl, List<RuleProblem> problems) {
    }

    /**
     * Converts the table at {@code path} (relative to the rule-set root) to DRL.
     *
     * @param expectedPackage the package its {@code RuleSet} row must name
     */
    static Converted convert(String path, byte[] bytes, String expectedPackage) {
        boolean csv = path.endsWith(".csv");
        DefaultRuleSheetListener drools = new DefaultRuleSheetListener(true, true);
        Grid grid = new Grid();
        List<DataListener> listeners = List.of(drools, grid);
        String sheet = null;
        String drl;
        try {
            if (csv) {
                String text = utf8(bytes);
                if (text == null) {
                    return failed(path, 0, -1, null, "is not UTF-8 text; save the table as \"CSV UTF-8\" "
                            + "(Excel: 另存为 CSV UTF-8(逗号分隔))");
                }
                new CsvParser(listeners, new CsvLineParser())
                        .parseFile(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
            } else {
                ExcelParser parser = new ExcelParser(listeners);
                Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes));
                sheet = workbook.getNumberOfSheets() > 0 ? workbook.getSheetAt(0).getSheetName() : null;
                parser.parseWorkbook(workbook);
            }
            drl = new SpreadsheetCompiler().listenerToString(drools);
        } catch (DecisionTableParseException e) {
            return failed(path, e, sheet);
        } catch (IOException | RuntimeException e) {
            return failed(path, 0, -1, sheet, "cannot be read as a decision table: " + message(e));
        }
        int[] ruleSet = grid.property("RuleSet");
        if (ruleSet == null) {
            return failed(path, 1, 0, sheet, "has no RuleSet row; the first row of a decision table of this standard is: "
                    + "RuleSet | " + expectedPackage);
        }
        return new Converted(drl.stripTrailing() + "\n\n" + sourceMap(drl, grid, sheet), List.of());
    }

    /**
     * {@code problems} of compiling, with those in decision tables moved from lines of the generated DRL to
     * cells: the cell whose code is at the line and column, else the cell whose value (or, on that line, whose
     * code) contains a word the message names, else the nearest cell before.
     */
    public static List<RuleProblem> locate(List<RuleProblem> problems, List<StandardDef> standards) {
        return locate(problems, standards, true);
    }

    /**
     * {@code problems} of whole rules (the lint's), with those in decision tables moved to the rule's row,
     * or to its NAME cell.
     */
    static List<RuleProblem> locateRules(List<RuleProblem> problems, List<StandardDef> standards) {
        return locate(problems, standards, false);
    }

    private static List<RuleProblem> locate(List<RuleProblem> problems, List<StandardDef> standards, boolean cells) {
        Map<String, String> tables = new HashMap<>();
        for (StandardDef s : standards) {
            for (StandardDef.RuleFile f : s.ruleFiles()) {
                if (isTable(f.path())) {
                    tables.put(f.path(), f.text());
                }
            }
        }
        if (tables.isEmpty()) {
            return problems;
        }
        List<RuleProblem> out = new ArrayList<>(problems.size());
        for (RuleProblem p : problems) {
            String text = tables.get(p.file());
            out.add(text == null ? p : locate(p, text, cells));
        }
        return out;
    }

    /** {@code p}, a problem at a line and column of {@code drl} (a converted table), at the table's cell. */
    static RuleProblem locate(RuleProblem p, String drl) {
        return locate(p, drl, true);
    }

    private static RuleProblem locate(RuleProblem p, String drl, boolean byWords) {
        SourceMap map = SourceMap.read(drl);
        if (map == null) {
            return p;
        }
        String message = DRL_POSITION.matcher(p.message()).replaceAll("").strip();
        if (p.line() <= 0) {
            return new RuleProblem(p.file(), 0, 0, where(map.sheet, 0, -1, null) + message);
        }
        Rule rule = map.ruleAt(p.line());
        Cell cell = map.cellSpanning(p.line(), p.column());
        if (byWords) {
            if (cell == null && rule != null) {
                cell = map.cellNamedIn(rule, p.line(), message, drl);
            }
            if (cell == null) {
                cell = map.cellAt(p.line(), p.column());
            }
            if (cell == null && rule != null) {
                cell = map.lastCellBefore(rule, p.line());
            }
        } else if (cell == null) {
            cell = map.cellAt(p.line(), 1);
        }
        if (cell != null) {
            String label = map.labels.get(cell.labelKey(rule));
            return new RuleProblem(p.file(), cell.row, cell.col + 1, where(map.sheet, cell.row, cell.col, label) + message);
        }
        if (rule != null) {
            return new RuleProblem(p.file(), rule.row, rule.startCol + 1, where(map.sheet, rule.row, -1, null) + message);
        }
        return new RuleProblem(p.file(), 0, 0, where(map.sheet, 0, -1, null) + "line " + p.line()
                + " of the DRL generated from the table: " + message);
    }

    /** {@code sheet "S", row 12, column C (label): }, each part only when known; empty when none is. */
    private static String where(String sheet, int row, int col, String label) {
        List<String> parts = new ArrayList<>();
        if (sheet != null) {
            parts.add("sheet \"" + sheet + "\"");
        }
        if (row > 0) {
            parts.add("row " + row);
            if (col >= 0) {
                parts.add("column " + letters(col) + (label == null || label.isEmpty() ? "" : " (" + label + ")"));
            }
        }
        return parts.isEmpty() ? "" : String.join(", ", parts) + ": ";
    }

    // ---- converting ----

    private static Converted failed(String path, int row, int col, String sheet, String message) {
        return new Converted(null, List.of(new RuleProblem(path, Math.max(row, 0), row > 0 ? col + 1 : 0,
                where(sheet, row, col, null) + message)));
    }

    private static Converted failed(String path, DecisionTableParseException e, String sheet) {
        String m = message(e);
        if (m.startsWith("No RuleTable cells")) {
            return failed(path, 0, -1, sheet, "has no rules: a decision table starts with a cell 'RuleTable <name>', "
                    + "followed by the rows CONDITION/ACTION, object types, code, column names and one row per rule");
        }
        Matcher c = CELL_REF.matcher(m);
        if (c.find()) {
            return failed(path, Integer.parseInt(c.group(2)), column(c.group(1)), sheet, m);
        }
        Matcher r = ROW_REF.matcher(m);
        if (r.find()) {
            return failed(path, Integer.parseInt(r.group(1)), -1, sheet, m);
        }
        return failed(path, 0, -1, sheet, m);
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        Throwable cause = e.getCause();
        if ((m == null || m.isBlank()) && cause != null) {
            return message(cause);
        }
        return m == null ? e.getClass().getSimpleName() : m.strip();
    }

    private static String utf8(byte[] bytes) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * The map from the generated DRL to the table: the sheet, the name of each column of each rule table,
     * each rule's lines and row, and the span of each cell's code on its line.
     */
    private static String sourceMap(String drl, Grid grid, String sheet) {
        StringBuilder out = new StringBuilder();
        out.append("// Generated from a decision table; the lines below map this DRL to the table's cells.\n");
        if (sheet != null) {
            out.append(MAP).append("sheet ").append(sheet.replace('\n', ' ')).append('\n');
        }
        String[] lines = drl.split("\n", -1);
        // the package and imports come from the RuleSet and Import rows
        for (String key : List.of("RuleSet", "Import")) {
            int[] at = grid.property(key);
            if (at == null) {
                continue;
            }
            for (int i = 0; i < lines.length; i++) {
                String l = lines[i].strip();
                if (key.equals("RuleSet") ? l.startsWith("package ") : l.startsWith("import ")) {
                    cell(out, i + 1, 0, lines[i].length(), at[0] + 1, at[1], -1, -1);
                }
            }
            out.append(MAP).append("label P").append(at[0] + 1).append(' ').append(at[1]).append(' ').append(key)
                    .append('\n');
        }
        Set<Integer> labelled = new HashSet<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher m = RULE_VALUES.matcher(lines[i]);
            if (!m.find()) {
                continue;
            }
            int row = Integer.parseInt(m.group(2)) - 1;
            int header = Integer.parseInt(m.group(4)) - 1;
            int startCol = column(m.group(3));
            int end = i + 1;
            while (end < lines.length && !lines[end].strip().equals("end")) {
                end++;
            }
            end = Math.min(end, lines.length - 1);
            out.append(MAP).append("rule ").append(i + 1).append(' ').append(end + 1).append(' ').append(row + 1)
                    .append(' ').append(header + 1).append(' ').append(startCol).append('\n');
            if (labelled.add(header)) {
                for (Map.Entry<Integer, String> h : grid.row(header + 1).entrySet()) {
                    if (h.getKey() >= startCol) {
                        String label = grid.at(header + 4, h.getKey());
                        out.append(MAP).append("label ").append(header + 1).append(' ').append(h.getKey()).append(' ')
                                .append(oneLine(label == null ? h.getValue() : label)).append('\n');
                    }
                }
            }
            for (Map.Entry<Integer, String> c : grid.row(row).entrySet()) {
                int col = c.getKey();
                ActionType.Code code = code(grid.at(header + 1, col));
                if (col < startCol || code == null) {
                    continue;
                }
                String value = c.getValue();
                for (String wanted : expected(code, grid.at(header + 2, col), grid.at(header + 3, col), value)) {
                    int[] found = find(lines, i + 1, end, wanted);
                    if (found != null) {
                        // the value as written, else (split over $1, $2, … or escaped) the whole code of the cell
                        int v = wanted.indexOf(value);
                        cell(out, found[0] + 1, found[1], found[1] + wanted.length(), row + 1, col,
                                found[1] + Math.max(v, 0), found[1] + (v < 0 ? wanted.length() : v + value.length()));
                        break;
                    }
                }
            }
        }
        return out.toString();
    }

    /** Cell {@code row}, {@code col} gave {@code start..end} of {@code line}, its value {@code from..to} (or -1). */
    private static void cell(StringBuilder out, int line, int start, int end, int row, int col, int from, int to) {
        out.append(MAP).append("cell ").append(line).append(' ').append(start).append(' ').append(end).append(' ')
                .append(row).append(' ').append(col).append(' ').append(from).append(' ').append(to).append('\n');
    }

    /** What a cell turns into in the DRL, most specific first (the expanded code, then the bare value). */
    private static List<String> expected(ActionType.Code code, String objectType, String template, String value) {
        List<String> out = new ArrayList<>();
        String v = escapeQuotes(value);
        String t = template == null ? null : template.strip();
        boolean bound = objectType != null && !objectType.isBlank();
        try {
            switch (code) {
                case CONDITION -> {
                    if (t != null) {
                        out.add(bound ? constraint(t, v) : new SnippetBuilder(t).build(v));
                        out.add(new SnippetBuilder(t).build(v));
                    }
                }
                case ACTION -> {
                    if (t != null) {
                        out.add(new SnippetBuilder(bound ? objectType.strip() + "." + t + ";" : t).build(v));
                    }
                }
                case METADATA -> {
                    if (t != null) {
                        out.add("@" + new SnippetBuilder(t).build(v));
                    }
                }
                case SALIENCE -> out.add("salience " + value);
                case NAME -> out.add("rule \"" + value);
                default -> {
                }
            }
        } catch (RuntimeException e) {
            // a template Drools rejects has been reported already; fall back to the value
        }
        out.add(value);
        return out;
    }

    /** A constraint of a pattern with several columns, as {@code LhsBuilder} writes it. */
    private static String constraint(String template, String value) {
        SnippetBuilder.SnippetType type = SnippetBuilder.getType(template);
        if (type != SnippetBuilder.SnippetType.SINGLE) {
            return new SnippetBuilder(template).build(value);
        }
        String v = value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
        for (String op : List.of("==", "=", "!=", "<", ">", "<=", ">=", "contains", "matches", "memberOf",
                "str[startsWith]", "str[endsWith]", "str[length]")) {
            if (template.endsWith(op)) {
                return template + " \"" + v + "\"";
            }
        }
        return template.endsWith("?") ? template.substring(0, template.length() - 1)
                : template + " == \"" + v + "\"";
    }

    /** As {@code ActionType.addCellValue} escapes quotes. */
    private static String escapeQuotes(String value) {
        int idx = value.indexOf('"');
        return idx > 0 ? value.replace("\"", "\\\"") : value;
    }

    private static int[] find(String[] lines, int from, int to, String wanted) {
        if (wanted == null || wanted.isEmpty()) {
            return null;
        }
        for (int i = from; i <= to; i++) {
            int at = lines[i].indexOf(wanted);
            if (at >= 0) {
                return new int[] {i, at};
            }
        }
        return null;
    }

    private static ActionType.Code code(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String uc = header.strip().toUpperCase(Locale.ROOT);
        for (ActionType.Code c : ActionType.Code.values()) {
            if (c.getColHeader().equals(uc) || c.getColShort().equals(uc)) {
                return c;
            }
        }
        for (ActionType.Code c : ActionType.Code.values()) {
            if (c.getColShort().equals(uc.substring(0, 1))) {
                return c;
            }
        }
        return null;
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** {@code C} → 2 (0-based). */
    static int column(String letters) {
        int n = 0;
        for (char ch : letters.toCharArray()) {
            n = n * 26 + (ch - 'A' + 1);
        }
        return n - 1;
    }

    /** 2 (0-based) → {@code C}. */
    static String letters(int column) {
        StringBuilder sb = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            sb.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return sb.toString();
    }

    /** The cells as Drools' parser passes them: 0-based row and column, trimmed non-empty values. */
    private static final class Grid implements DataListener {
        private final TreeMap<Integer, TreeMap<Integer, String>> rows = new TreeMap<>();

        @Override
        public void startSheet(String name) {
        }

        @Override
        public void finishSheet() {
        }

        @Override
        public void newRow(int rowNumber, int columns) {
        }

        @Override
        public void newCell(int row, int column, String value, int mergedColStart) {
            if (value != null && !value.isBlank()) {
                rows.computeIfAbsent(row, r -> new TreeMap<>()).put(column, value.strip());
            }
        }

        TreeMap<Integer, String> row(int row) {
            return rows.getOrDefault(row, new TreeMap<>());
        }

        String at(int row, int column) {
            return row(row).get(column);
        }

        /** The cell of a property's value ({@code RuleSet}, {@code Import}): {row, column}, or null. */
        int[] property(String key) {
            for (Map.Entry<Integer, TreeMap<Integer, String>> r : rows.entrySet()) {
                for (Map.Entry<Integer, String> c : r.getValue().entrySet()) {
                    if (c.getValue().equalsIgnoreCase(key)) {
                        Map.Entry<Integer, String> value = r.getValue().higherEntry(c.getKey());
                        return value == null ? null : new int[] {r.getKey(), value.getKey()};
                    }
                    if (c.getValue().toLowerCase(Locale.ROOT).startsWith("ruletable")) {
                        return null;
                    }
                }
            }
            return null;
        }
    }

    // ---- reading the map back ----

    private record Rule(int from, int to, int row, int header, int startCol) {
    }

    /** A cell's code at {@code start..end} of a line, its value at {@code valueFrom..valueTo} (-1: none). */
    private record Cell(int line, int start, int end, int row, int col, int valueFrom, int valueTo) {
        /** Rule-table cells are labelled by their table's header row, RuleSet and Import by their own row. */
        String labelKey(Rule rule) {
            return (rule == null ? "P" + row : String.valueOf(rule.header)) + " " + col;
        }
    }

    private static final class SourceMap {
        String sheet;
        final List<Rule> rules = new ArrayList<>();
        final List<Cell> cells = new ArrayList<>();
        final Map<String, String> labels = new HashMap<>();

        static SourceMap read(String drl) {
            SourceMap m = null;
            for (String line : drl.split("\n")) {
                if (!line.startsWith(MAP)) {
                    continue;
                }
                if (m == null) {
                    m = new SourceMap();
                }
                String[] f = line.substring(MAP.length()).split(" ", 2);
                String rest = f.length > 1 ? f[1] : "";
                switch (f[0]) {
                    case "sheet" -> m.sheet = rest;
                    case "label" -> {
                        String[] l = rest.split(" ", 3);
                        m.labels.put(l[0] + " " + l[1], l.length > 2 ? l[2] : "");
                    }
                    case "rule" -> {
                        int[] n = ints(rest);
                        m.rules.add(new Rule(n[0], n[1], n[2], n[3], n[4]));
                    }
                    case "cell" -> {
                        int[] n = ints(rest);
                        m.cells.add(new Cell(n[0], n[1], n[2], n[3], n[4], n[5], n[6]));
                    }
                    default -> {
                    }
                }
            }
            return m;
        }

        private static int[] ints(String s) {
            String[] parts = s.strip().split(" ");
            int[] n = new int[parts.length];
            for (int i = 0; i < parts.length; i++) {
                n[i] = Integer.parseInt(parts[i]);
            }
            return n;
        }

        Rule ruleAt(int line) {
            return rules.stream().filter(r -> r.from <= line && line <= r.to).findFirst().orElse(null);
        }

        /** The cell whose code spans {@code column} (1-based) of {@code line}. */
        Cell cellSpanning(int line, int column) {
            int at = column - 1;
            return cells.stream().filter(c -> c.line == line && c.start <= at && at < c.end).findFirst().orElse(null);
        }

        /**
         * The cell that a compiler message names: the one cell of {@code rule} whose value contains a word of
         * {@code message} that no other cell's value contains (e.g. {@code provincePilot} in "provincePilot cannot
         * be resolved to a variable": compile errors of a consequence name code, not a position), else the one
         * cell on {@code line} whose code contains such a word (e.g. a misspelt field in a column's code).
         * Null when no word, or more than one cell, fits.
         */
        Cell cellNamedIn(Rule rule, int line, String message, String drl) {
            String[] lines = drl.split("\n", -1);
            List<Cell> own = cells.stream().filter(c -> c.row == rule.row && c.line >= rule.from && c.line <= rule.to
                    && c.line <= lines.length).toList();
            Cell byValue = named(own.stream().filter(c -> c.valueFrom >= 0).toList(), message, lines, true);
            return byValue != null ? byValue
                    : named(own.stream().filter(c -> c.line == line).toList(), message, lines, false);
        }

        private static Cell named(List<Cell> candidates, String message, String[] lines, boolean value) {
            Matcher words = WORD.matcher(message.replaceAll("\\brule \"[^\"]*\"", ""));
            Cell best = null;
            int bestLength = 0;
            while (words.find()) {
                String w = words.group();
                if (w.length() < 3 && w.chars().allMatch(ch -> ch < 128)) {
                    continue;
                }
                // "年" in "2024年" counts: a word may follow digits
                Pattern whole = Pattern.compile("(?<![\\p{L}_$])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}_])");
                List<Cell> having = candidates.stream().filter(c -> {
                    String l = lines[c.line - 1];
                    int from = Math.min(value ? c.valueFrom : c.start, l.length());
                    int to = Math.min(value ? c.valueTo : c.end, l.length());
                    return whole.matcher(l.substring(from, Math.max(from, to))).find();
                }).toList();
                if (having.size() == 1 && w.length() > bestLength) {
                    best = having.get(0);
                    bestLength = w.length();
                }
            }
            return best;
        }

        /**
         * The cell at {@code column} (1-based) of {@code line}: the one whose code spans it, else the last
         * one starting before it, else the first on the line.
         */
        Cell cellAt(int line, int column) {
            List<Cell> on = cells.stream().filter(c -> c.line == line).sorted(Comparator.comparingInt(Cell::start))
                    .toList();
            if (on.isEmpty()) {
                return null;
            }
            int at = column - 1;
            Cell best = null;
            for (Cell c : on) {
                if (c.start <= at && at < c.end) {
                    return c;
                }
                if (c.start <= at) {
                    best = c;
                }
            }
            return best != null ? best : on.get(0);
        }

        /** The last cell of {@code rule} on a line before {@code line}: where a cell left something unclosed. */
        Cell lastCellBefore(Rule rule, int line) {
            Cell best = null;
            for (Cell c : cells) {
                if (c.line >= rule.from && c.line < line && c.row == rule.row
                        && (best == null || c.line > best.line || (c.line == best.line && c.start > best.start))) {
                    best = c;
                }
            }
            return best;
        }
    }
}
