package io.dudao.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Hand-made workbooks and CSV files for tests: sheets of rows, cells as Java values (null = blank). */
final class Books {

    private final Map<String, List<Object[]>> sheets = new LinkedHashMap<>();

    Books sheet(String name, Object[]... rows) {
        sheets.put(name, new ArrayList<>(List.of(rows)));
        return this;
    }

    static Object[] row(Object... cells) {
        return cells;
    }

    /** The usual district sheet of a small county, vertical. */
    static Object[][] district(String code, String schoolYear) {
        return new Object[][] {
                row("字段", "项目", "单位", "填报值"),
                row("code", "行政区划代码", null, code),
                row("name", "区县名称", null, "测试县"),
                row("schoolYear", "学年", null, schoolYear)};
    }

    /** The sheets as a workbook: XLS when the name ends with {@code .xls}, else XLSX. */
    Path xlsx(Path file) {
        boolean xls = file.toString().endsWith(".xls");
        try (org.apache.poi.ss.usermodel.Workbook wb = xls ? new org.apache.poi.hssf.usermodel.HSSFWorkbook()
                : new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            sheets.forEach((name, rows) -> {
                Sheet sheet = wb.createSheet(name);
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    Object[] cells = rows.get(r);
                    for (int c = 0; c < cells.length; c++) {
                        Object v = cells[c];
                        if (v instanceof Number n) {
                            row.createCell(c).setCellValue(new BigDecimal(n.toString()).doubleValue());
                        } else if (v instanceof Boolean b) {
                            row.createCell(c).setCellValue(b);
                        } else if (v != null) {
                            row.createCell(c).setCellValue(v.toString());
                        }
                    }
                }
            });
            wb.write(out);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each sheet as {@code PREFIX<name>.csv} in {@code dir}; returns the district file. */
    Path csv(Path dir, String prefix) {
        try {
            Path district = null;
            for (Map.Entry<String, List<Object[]>> e : sheets.entrySet()) {
                Path file = dir.resolve(prefix + e.getKey() + ".csv");
                String text = e.getValue().stream().map(r -> java.util.Arrays.stream(r)
                        .map(v -> v == null ? "" : quote(v.toString())).collect(Collectors.joining(",")))
                        .collect(Collectors.joining("\r\n", "", "\r\n"));
                Files.writeString(file, text, StandardCharsets.UTF_8);
                if (e.getKey().equals("district")) {
                    district = file;
                }
            }
            return district;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
