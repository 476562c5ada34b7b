package io.dudao.sheets.internal;

import java.util.List;

/**
 * The cells of one worksheet or one CSV file, as values: the input of {@link FactsAssembler}, whatever the
 * file format.
 *
 * @param name  the sheet's name; for a CSV file, its name without the prefix and {@code .csv}
 *              ({@code schools} for {@code 330998-schools.csv})
 * @param file  the file problems name: the workbook, or the CSV file
 * @param sheet whether it is a worksheet (problems name the sheet and cell references) or a CSV file
 * @param rows  the rows in order; row {@code i} is row {@code i + 1} as a spreadsheet numbers it
 */
public record Grid(String name, String file, boolean sheet, List<List<Cell>> rows) {

    public Grid {
        rows = List.copyOf(rows);
    }

    /**
     * One cell.
     *
     * @param value a {@code String} (stripped, never blank), a {@code BigDecimal}, a {@code Boolean}, or
     *              {@code null} for a blank cell
     */
    public record Cell(Object value) {

        static final Cell BLANK = new Cell(null);

        boolean blank() {
            return value == null;
        }

        /** The value as text, numbers in plain notation; {@code ""} for a blank cell. */
        String text() {
            if (value instanceof java.math.BigDecimal n) {
                return Cells.plain(n);
            }
            return value == null ? "" : value.toString();
        }
    }

    /** The cell at a row and column (both 0-based), blank beyond the data. */
    Cell cell(int row, int column) {
        if (row >= rows.size()) {
            return Cell.BLANK;
        }
        List<Cell> r = rows.get(row);
        return column < r.size() ? r.get(column) : Cell.BLANK;
    }

    /** Whether every cell of a row is blank. */
    boolean blankRow(int row) {
        return rows.get(row).stream().allMatch(Cell::blank);
    }

    /** The widest row's width. */
    int width() {
        return rows.stream().mapToInt(List::size).max().orElse(0);
    }
}
