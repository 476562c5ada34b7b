package io.dudao.sheets.internal;

import io.dudao.api.FactProblem;
import io.dudao.api.FactsException;
import io.dudao.sheets.internal.Grid.Cell;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the worksheets of an XLSX (or older XLS) workbook into {@link Grid}s with Apache POI: numbers as exact decimals of
 * the stored double ({@code BigDecimal.valueOf}), text stripped, formulas by their cached result, dates as
 * shown. Hidden and very hidden sheets are read too, except the workbook's own {@code _lists}.
 */
public final class XlsxGrids {

    private XlsxGrids() {
    }

    /** The sheets of {@code file} in workbook order; a file that is not a readable workbook is a problem. */
    public static List<Grid> read(Path file) {
        String source = file.toString();
        try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
            DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
            List<Grid> grids = new ArrayList<>();
            for (Sheet sheet : workbook) {
                List<List<Cell>> rows = new ArrayList<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    List<Cell> cells = new ArrayList<>();
                    if (row != null) {
                        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                            cells.add(cell(row.getCell(c), formatter));
                        }
                    }
                    while (!cells.isEmpty() && cells.get(cells.size() - 1).blank()) {
                        cells.remove(cells.size() - 1);
                    }
                    rows.add(cells);
                }
                while (!rows.isEmpty() && rows.get(rows.size() - 1).isEmpty()) {
                    rows.remove(rows.size() - 1);
                }
                grids.add(new Grid(sheet.getSheetName(), source, true, rows));
            }
            return grids;
        } catch (NoSuchFileException e) {
            throw unreadable(source, "no such file", e);
        } catch (IOException | RuntimeException e) {
            throw unreadable(source, e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static FactsException unreadable(String source, String reason, Exception cause) {
        FactsException e = new FactsException(List.of(new FactProblem(source, "", null,
                "a readable XLSX or XLS workbook (" + reason + ")")));
        e.initCause(cause);
        return e;
    }

    private static Cell cell(org.apache.poi.ss.usermodel.Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return Cell.BLANK;
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? text(formatter.formatCellValue(cell))
                    : new Cell(BigDecimal.valueOf(cell.getNumericCellValue()));
            case STRING -> text(cell.getStringCellValue());
            case BOOLEAN -> new Cell(cell.getBooleanCellValue());
            case ERROR -> text(formatter.formatCellValue(cell));
            default -> Cell.BLANK;
        };
    }

    private static Cell text(String s) {
        String t = s == null ? "" : s.strip().replace('\u00A0', ' ').strip();
        return t.isEmpty() ? Cell.BLANK : new Cell(t);
    }
}
