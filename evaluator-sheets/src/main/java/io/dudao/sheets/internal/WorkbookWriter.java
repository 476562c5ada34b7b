package io.dudao.sheets.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.dudao.sheets.internal.Field.Choice;
import io.dudao.sheets.internal.Field.Kind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the data-collection workbook of a {@link Layout}: the notes sheet, the district sheet (a row per
 * field), a sheet per list (a header row, a row per item), drop-down lists for enumerations and yes/no
 * fields from a hidden {@code _lists} sheet, and optionally the values of one district's facts.
 */
public final class WorkbookWriter {

    /** Rows below the data that carry the drop-down lists, for a bureau to fill. */
    private static final int SPARE_ROWS = 500;
    /** The date of the workbook's properties and zip entries: fixed, so that output is reproducible. */
    private static final Date FIXED = Date.from(java.time.Instant.parse("2026-01-01T00:00:00Z"));

    private final Layout layout;
    private final boolean chinese;
    private final String title;
    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Map<String, String> lists = new LinkedHashMap<>();
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle wrap;
    private final CellStyle bold;
    private Sheet listSheet;

    /**
     * @param layout  the workbook's layout
     * @param chinese Chinese headers, sheet names, notes and drop-down labels; else English ones
     * @param title   the title on the notes sheet (the standard)
     */
    public WorkbookWriter(Layout layout, boolean chinese, String title) {
        this.layout = layout;
        this.chinese = chinese;
        this.title = title;
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(boldFont);
        header.setFillForegroundColor(IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
    }

    /**
     * Writes the workbook.
     *
     * @param district one district's facts (a JSON object valid against the facts schema) to fill in, or
     *                 {@code null} for an empty workbook
     */
    public void write(JsonNode district, OutputStream out) throws IOException {
        notes();
        districtSheet(district);
        for (Table t : layout.tables()) {
            tableSheet(t, district == null ? null : at(district, t.path()));
        }
        if (listSheet != null) {
            // created when the first drop-down needed it; it goes last, after the sheets people fill in
            workbook.setSheetOrder(Names.LISTS_SHEET, workbook.getNumberOfSheets() - 1);
            workbook.setSheetHidden(workbook.getNumberOfSheets() - 1, true);
        }
        workbook.setActiveSheet(1);
        workbook.setFirstVisibleTab(0);
        workbook.getProperties().getCoreProperties().setCreated(Optional.of(FIXED));
        workbook.getProperties().getCoreProperties().setModified(Optional.of(FIXED));
        workbook.getProperties().getCoreProperties().setCreator("dudao");
        workbook.getProperties().getCoreProperties().setTitle(title);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        workbook.write(bytes);
        workbook.close();
        fixTimes(bytes.toByteArray(), out);
    }

    /**
     * Copies the zip archive with every entry dated {@link #FIXED}, so that the same layout and facts give
     * the same bytes (POI dates the entries with the clock).
     */
    private static void fixTimes(byte[] archive, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(java.time.LocalDateTime.of(2026, 1, 1, 0, 0));   // no time zone in the bytes
                zip.putNextEntry(copy);
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
        zip.finish();
        zip.flush();
    }

    private void districtSheet(JsonNode district) {
        Sheet sheet = workbook.createSheet(Names.pick(Names.DISTRICT_SHEET, chinese));
        Headers headers = new Headers(layout.district(), Map.of());
        Row top = sheet.createRow(0);
        List<List<String>> columns = List.of(Names.FIELD_COLUMN, Names.ITEM_COLUMN, Names.UNIT_COLUMN,
                Names.VALUE_COLUMN);
        for (int c = 0; c < columns.size(); c++) {
            cell(top, c, Names.pick(columns.get(c), chinese), header);
        }
        int r = 1;
        for (Field f : layout.district()) {
            if (f.kind() == Kind.OPEN_MAP) {
                JsonNode map = district == null ? null : at(district, f.path());
                for (String name : map == null ? List.<String>of() : names(map)) {
                    Row row = sheet.createRow(r++);
                    cell(row, 0, f.dotted() + "." + name, null);
                    cell(row, 1, headers.header(f, name, chinese), null);
                    value(row, 3, f, map.get(name));
                }
                continue;
            }
            Row row = sheet.createRow(r);
            cell(row, 0, f.dotted(), null);
            cell(row, 1, headers.label(f, chinese), null);
            cell(row, 2, f.unit() == null ? "" : f.unit(), null);
            JsonNode v = district == null ? null : at(district, f.path());
            Cell c = row.createCell(3);
            if (styled(f)) {
                c.setCellStyle(text);
            }
            value(row, 3, f, v);
            validate(sheet, f, r, r, 3);
            r++;
        }
        sheet.setColumnWidth(0, 34 * 256);
        sheet.setColumnWidth(1, 40 * 256);
        sheet.setColumnWidth(2, 8 * 256);
        sheet.setColumnWidth(3, 24 * 256);
        sheet.createFreezePane(0, 1);
    }

    private void tableSheet(Table table, JsonNode items) {
        Sheet sheet = workbook.createSheet(Names.sheet(table, chinese));
        Headers headers = new Headers(table.fields(), Map.of());
        List<JsonNode> rows = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        if (items != null && items.isArray()) {
            items.forEach(rows::add);
        } else if (items != null && items.isObject()) {
            items.fields().forEachRemaining(e -> {
                keys.add(e.getKey());
                rows.add(e.getValue());
            });
        }
        Row top = sheet.createRow(0);
        int c = 0;
        if (table.keyed()) {
            cell(top, c, Names.pick(Names.KEY_COLUMN, chinese), header);
            sheet.setDefaultColumnStyle(c, text);
            sheet.setColumnWidth(c++, 16 * 256);
        }
        record Column(Field field, String name) {
        }
        List<Column> columns = new ArrayList<>();
        for (Field f : table.fields()) {
            if (f.kind() == Kind.OPEN_MAP) {
                TreeSet<String> names = new TreeSet<>();
                for (JsonNode item : rows) {
                    JsonNode map = at(item, f.path());
                    if (map != null) {
                        names.addAll(names(map));
                    }
                }
                names.forEach(n -> columns.add(new Column(f, n)));
            } else {
                columns.add(new Column(f, null));
            }
        }
        int first = c;
        int last = Math.max(rows.size() + SPARE_ROWS, 1000);
        for (Column col : columns) {
            String h = col.name() == null ? headers.header(col.field(), chinese)
                    : headers.header(col.field(), col.name(), chinese);
            cell(top, c, h, header);
            if (col.name() == null && styled(col.field())) {
                sheet.setDefaultColumnStyle(c, text);
            }
            if (col.name() == null) {
                validate(sheet, col.field(), 1, last, c);
            }
            sheet.setColumnWidth(c, Math.min(40, Math.max(10, width(h) + 2)) * 256);
            c++;
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            if (table.keyed()) {
                cell(row, 0, keys.get(r), text);
            }
            for (int i = 0; i < columns.size(); i++) {
                Column col = columns.get(i);
                JsonNode v = at(rows.get(r), col.field().path());
                if (col.name() != null) {
                    v = v == null ? null : v.get(col.name());
                }
                if (styled(col.field()) && col.name() == null) {
                    row.createCell(first + i).setCellStyle(text);
                }
                value(row, first + i, col.field(), v);
            }
        }
        top.setHeightInPoints(48);
        sheet.createFreezePane(first == 0 ? Math.min(2, columns.size()) : 1, 1);
    }

    private void notes() {
        Sheet sheet = workbook.createSheet(Names.pick(Names.NOTES_SHEET, chinese));
        int r = 0;
        cell(sheet.createRow(r++), 0, title, bold);
        for (String line : chinese ? ZH_NOTES : EN_NOTES) {
            cell(sheet.createRow(r++), 0, line, null);
        }
        if (!layout.skipped().isEmpty()) {
            cell(sheet.createRow(r++), 0, (chinese ? "以下数据不在本工作簿中，只能在 JSON 事实文件中填报："
                    : "Not in this workbook; give these in a JSON facts file: ") + String.join(", ", layout.skipped()), null);
        }
        r++;
        Row top = sheet.createRow(r++);
        List<String> heads = chinese
                ? List.of("工作表", "表头 / 项目", "字段路径", "类型", "单位", "可选值", "必填", "说明")
                : List.of("Sheet", "Header / item", "Field path", "Type", "Unit", "Choices", "Required", "Description");
        for (int c = 0; c < heads.size(); c++) {
            cell(top, c, heads.get(c), header);
        }
        r = noteRows(sheet, r, Names.pick(Names.DISTRICT_SHEET, chinese), layout.district());
        for (Table t : layout.tables()) {
            if (t.keyed()) {
                Row row = sheet.createRow(r++);
                cell(row, 0, Names.sheet(t, chinese), null);
                cell(row, 1, Names.pick(Names.KEY_COLUMN, chinese), null);
                cell(row, 3, chinese ? "文本（键，每行不同）" : "text (the key; one per row)", null);
                cell(row, 6, chinese ? "是" : "yes", null);
            }
            r = noteRows(sheet, r, Names.sheet(t, chinese), t.fields());
        }
        int[] widths = {12, 36, 34, 16, 8, 36, 6, 80};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    private int noteRows(Sheet sheet, int r, String sheetName, List<Field> fields) {
        Headers headers = new Headers(fields, Map.of());
        for (Field f : fields) {
            Row row = sheet.createRow(r++);
            cell(row, 0, sheetName, null);
            cell(row, 1, f.kind() == Kind.OPEN_MAP ? headers.header(f, chinese ? "名称" : "NAME", chinese)
                    : headers.header(f, chinese), null);
            cell(row, 2, f.kind() == Kind.OPEN_MAP ? f.dotted() + ".NAME" : f.dotted(), null);
            cell(row, 3, kind(f.kind()), null);
            cell(row, 4, f.unit() == null ? "" : f.unit(), null);
            cell(row, 5, f.choices().stream().map(ch -> chinese ? ch.label() + "（" + ch.constant() + "）"
                    : ch.constant() + " (" + ch.label() + ")").collect(Collectors.joining(chinese ? "、" : ", ")), wrap);
            cell(row, 6, f.required() ? (chinese ? "是" : "yes") : "", null);
            cell(row, 7, f.description() == null ? "" : f.description(), wrap);
        }
        return r;
    }

    /** A drop-down list for an enumeration or a yes/no field on rows {@code from..to} of a column. */
    private void validate(Sheet sheet, Field f, int from, int to, int column) {
        List<String> values;
        if (f.kind() == Kind.CHOICE) {
            values = f.choices().stream().map(ch -> chinese ? ch.label() : ch.constant()).toList();
        } else if (f.kind() == Kind.BOOLEAN) {
            values = chinese ? List.of("是", "否") : List.of("yes", "no");
        } else {
            return;
        }
        String range = lists.computeIfAbsent(String.join("\n", values), k -> listRange(values));
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint = helper.createFormulaListConstraint(range);
        DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(from, to, column, column));
        validation.setEmptyCellAllowed(true);
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(chinese ? "请从列表中选择" : "Choose from the list",
                (chinese ? "可选：" : "One of: ") + String.join(chinese ? "、" : ", ", values));
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }

    /** The values of a drop-down list in a new column of the hidden {@code _lists} sheet. */
    private String listRange(List<String> values) {
        if (listSheet == null) {
            listSheet = workbook.createSheet(Names.LISTS_SHEET);
            workbook.setSheetHidden(workbook.getSheetIndex(listSheet), true);
        }
        int column = lists.size();
        for (int i = 0; i < values.size(); i++) {
            Row row = listSheet.getRow(i) == null ? listSheet.createRow(i) : listSheet.getRow(i);
            row.createCell(column).setCellValue(values.get(i));
        }
        String letters = Cells.letters(column);
        return "'" + Names.LISTS_SHEET + "'!$" + letters + "$1:$" + letters + "$" + values.size();
    }

    private void value(Row row, int column, Field f, JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return;
        }
        Cell cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
        switch (f.kind()) {
            case INTEGER, NUMBER -> {
                if (v.isNumber()) {
                    cell.setCellValue(v.decimalValue().doubleValue());
                } else {
                    cell.setCellValue(v.asText());
                }
            }
            case BOOLEAN -> cell.setCellValue(v.isBoolean() ? yesNo(v.booleanValue()) : v.asText());
            case CHOICE -> cell.setCellValue(choice(f, v.asText()));
            case NUMBER_LIST, TEXT_LIST -> {
                List<String> parts = new ArrayList<>();
                (v.isArray() ? v : List.of(v)).forEach(x -> parts.add(x.isNumber() ? Cells.plain(x.decimalValue())
                        : x.asText()));
                cell.setCellValue(String.join(";", parts));
            }
            case OPEN_MAP -> {
                if (v.isNumber()) {
                    cell.setCellValue(v.decimalValue().doubleValue());
                } else if (v.isBoolean()) {
                    cell.setCellValue(v.booleanValue());
                } else {
                    cell.setCellValue(v.asText());
                }
            }
            case TEXT -> cell.setCellValue(v.asText());
        }
        if (cell.getCellStyle() == null || cell.getCellStyle().getIndex() == 0) {
            if (styled(f)) {
                cell.setCellStyle(text);
            }
        }
    }

    private String choice(Field f, String given) {
        for (Choice ch : f.choices()) {
            if (ch.spellings().contains(given.strip())) {
                return chinese ? ch.label() : ch.constant();
            }
        }
        return given;
    }

    private String yesNo(boolean b) {
        return chinese ? (b ? "是" : "否") : (b ? "yes" : "no");
    }

    /** Columns kept as text, so that codes keep their leading zeros and lists their separators. */
    private static boolean styled(Field f) {
        return f.kind() == Kind.TEXT || f.kind() == Kind.CHOICE || f.kind() == Kind.NUMBER_LIST
                || f.kind() == Kind.TEXT_LIST;
    }

    private String kind(Kind k) {
        return switch (k) {
            case TEXT -> chinese ? "文本" : "text";
            case INTEGER -> chinese ? "整数" : "whole number";
            case NUMBER -> chinese ? "数值" : "number";
            case BOOLEAN -> chinese ? "是/否" : "yes/no";
            case CHOICE -> chinese ? "选项" : "choice";
            case NUMBER_LIST -> chinese ? "数值列表（用 ; 分隔）" : "numbers separated by ;";
            case TEXT_LIST -> chinese ? "文本列表（用 ; 分隔）" : "texts separated by ;";
            case OPEN_MAP -> chinese ? "名称 → 数值、文本或是/否" : "name → number, text or yes/no";
        };
    }

    private static List<String> names(JsonNode map) {
        List<String> names = new ArrayList<>();
        if (map != null && map.isObject()) {
            map.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    private static JsonNode at(JsonNode node, List<String> path) {
        JsonNode n = node;
        for (String step : path) {
            if (n == null || !n.isObject()) {
                return null;
            }
            n = n.get(step);
        }
        return n;
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell c = row.createCell(column);
        c.setCellValue(value);
        if (style != null) {
            c.setCellStyle(style);
        }
    }

    /** Display width: CJK characters count twice. */
    private static int width(String s) {
        return s.codePoints().map(cp -> cp > 0x2E80 ? 2 : 1).sum();
    }

    private static final List<String> ZH_NOTES = List.of(
            "填报说明：每个工作表第一行为表头，请勿修改表头；“学校”表每所学校一行；“区县”表每个字段一行，数值填在“填报值”列。",
            "空白表示未知，不会按 0 计算；未知的数据会在评估结果中列为“数据不足”。金额单位为元，面积单位为平方米（m²）。",
            "人数、间数请填整数；同一单元格内的多个数值用分号分隔，例如 45;46;44。",
            "带下拉列表的列可从列表中选择；中文名称和英文常量（如 小学 或 PRIMARY）都可以。是/否 列填“是”或“否”。",
            "学校只填其办学类型包含的学段（如小学不填初中在校生数和初中教师）。",
            "其他数据（extra）：在“区县”表加一行，字段填 extra.名称；在“学校”表加一列，表头为“其他数据·名称”。",
            "评估：dudao evaluate 本文件.xlsx。也可把各表另存为 CSV（UTF-8）：district.csv、schools.csv 等，放在同一目录，评估 district.csv。",
            "自有表头：用映射文件（--mapping 文件.yaml）把本单位的表头对应到字段路径，见 README。",
            "本工作簿包含事实格式的全部字段；所选标准只决定标题，未用到的字段可以留空。",
            "错误提示会指明工作表、行、列、单元格的值和应填的内容，并一次列出全部问题。");

    private static final List<String> EN_NOTES = List.of(
            "How to fill in: the first row of each sheet is its header; do not change it. The schools sheet has one "
                    + "row per school; the district sheet one row per field, the value in the value column.",
            "A blank cell is unknown and never counts as 0; results that need it are reported as INSUFFICIENT_DATA. "
                    + "Money in yuan (元), areas in m².",
            "Head counts and room counts are whole numbers; several numbers in one cell are separated by ;, e.g. 45;46;44.",
            "Columns with a drop-down list take one of its values; the Chinese label works as well (小学 or PRIMARY). "
                    + "Yes/no columns take yes or no (是/否).",
            "Give a school only the stages its type has (no junior enrolment or teachers for a primary school).",
            "Further data (extra): add a district row with field extra.NAME, or a schools column headed extra.NAME.",
            "Evaluate with: dudao evaluate this-file.xlsx. Or save each sheet as CSV (UTF-8): district.csv, "
                    + "schools.csv … in one directory, and evaluate district.csv.",
            "Your own headers: a mapping file (--mapping file.yaml) maps them to field paths; see the README.",
            "The workbook holds every field of the facts format; the standard only sets the title. Leave unused fields blank.",
            "Errors name the sheet, row, column, the cell's value and what was expected, all problems at once.");
}
