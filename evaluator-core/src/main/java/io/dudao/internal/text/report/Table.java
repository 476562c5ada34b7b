package io.dudao.internal.text.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A plain-text table aligned by display width: columns separated by two spaces, a header underlined with
 * dashes, no borders (box-drawing characters are of ambiguous width). When the natural width exceeds the
 * space given, headers wrap at their spaces, then the flexible column shrinks and its cells wrap. Lines
 * never end in spaces. Not thread-safe; build, render, discard.
 */
final class Table {

    /** How a column's cells are aligned. */
    enum Align { LEFT, RIGHT }

    private record Column(String header, Align align, boolean flexible) {
    }

    private static final String GUTTER = "  ";
    private static final int MIN_FLEXIBLE = 12;

    private final List<Column> columns = new ArrayList<>();
    private final List<String[]> rows = new ArrayList<>();
    private final Locale locale;

    Table(Locale locale) {
        this.locale = locale;
    }

    /** Adds a column; at most one should be {@code flexible}, the one that wraps when space runs out. */
    Table column(String header, Align align, boolean flexible) {
        columns.add(new Column(header, align, flexible));
        return this;
    }

    /** Adds a row of cells, one per column; {@code null} is an empty cell. */
    Table row(String... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells for " + columns.size() + " columns");
        }
        rows.add(cells.clone());
        return this;
    }

    /** Adds an empty line between rows, e.g. between groups. */
    Table gap() {
        rows.add(null);
        return this;
    }

    /** Whether no row was added. */
    boolean isEmpty() {
        return rows.stream().allMatch(java.util.Objects::isNull);
    }

    /** The table as lines of at most {@code width} display columns, each starting with {@code indent}. */
    List<String> render(String indent, int width) {
        int n = columns.size();
        int[] widths = new int[n];
        int[] minimum = new int[n];
        for (int c = 0; c < n; c++) {
            int cells = 0;
            for (String[] row : rows) {
                if (row != null) {
                    cells = Math.max(cells, DisplayWidth.of(cell(row[c])));
                }
            }
            int header = DisplayWidth.of(columns.get(c).header());
            int headerWord = 0;
            for (String word : columns.get(c).header().split(" ")) {
                headerWord = Math.max(headerWord, DisplayWidth.of(word));
            }
            widths[c] = Math.max(cells, header);
            minimum[c] = columns.get(c).flexible()
                    ? Math.min(widths[c], Math.max(MIN_FLEXIBLE, headerWord))
                    : Math.max(cells, headerWord);
        }
        int available = width - DisplayWidth.of(indent) - GUTTER.length() * (n - 1);
        int excess = sum(widths) - available;
        // headers wrap at their spaces first, then the flexible column's cells wrap
        for (int pass = 0; pass < 2 && excess > 0; pass++) {
            for (int c = 0; c < n && excess > 0; c++) {
                if (columns.get(c).flexible() == (pass == 1)) {
                    int give = Math.min(excess, widths[c] - minimum[c]);
                    widths[c] -= give;
                    excess -= give;
                }
            }
        }
        List<String> out = new ArrayList<>();
        String[] header = columns.stream().map(Column::header).toArray(String[]::new);
        emit(header, widths, indent, out);
        String[] rule = new String[n];
        for (int c = 0; c < n; c++) {
            rule[c] = "-".repeat(widths[c]);
        }
        emit(rule, widths, indent, out);
        for (String[] row : rows) {
            if (row == null) {
                out.add("");
            } else {
                emit(row, widths, indent, out);
            }
        }
        return out;
    }

    private void emit(String[] cells, int[] widths, String indent, List<String> out) {
        int n = cells.length;
        List<List<String>> wrapped = new ArrayList<>();
        int height = 1;
        for (int c = 0; c < n; c++) {
            String text = cell(cells[c]);
            List<String> lines = DisplayWidth.of(text) <= widths[c] ? List.of(text)
                    : Wrap.lines(text, Math.max(2, widths[c]), locale);
            wrapped.add(lines);
            height = Math.max(height, lines.size());
        }
        for (int line = 0; line < height; line++) {
            StringBuilder b = new StringBuilder(indent);
            for (int c = 0; c < n; c++) {
                List<String> lines = wrapped.get(c);
                String text = line < lines.size() ? lines.get(line) : "";
                if (c > 0) {
                    b.append(GUTTER);
                }
                b.append(columns.get(c).align() == Align.RIGHT
                        ? DisplayWidth.padLeft(text, widths[c]) : DisplayWidth.padRight(text, widths[c]));
            }
            out.add(b.toString().stripTrailing());
        }
    }

    private static String cell(String s) {
        return s == null ? "" : s;
    }

    private static int sum(int[] a) {
        int s = 0;
        for (int x : a) {
            s += x;
        }
        return s;
    }
}
