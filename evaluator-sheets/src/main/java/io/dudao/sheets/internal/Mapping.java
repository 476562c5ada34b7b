package io.dudao.sheets.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A checked mapping file: a bureau's own sheet names and headers for the workbook's.
 *
 * @param sheets       per sheet ({@code district}, or a list sheet's dotted path such as {@code schools})
 * @param ignoreSheets names of sheets (or CSV files) to leave unread, such as a cover sheet
 */
public record Mapping(Map<String, SheetMapping> sheets, Set<String> ignoreSheets) {

    /** The key of the district sheet in {@link #sheets()}. */
    public static final String DISTRICT = "district";

    /** No mapping: the workbook's own names only. */
    public static final Mapping NONE = new Mapping(Map.of(), Set.of());

    public Mapping {
        sheets = Map.copyOf(sheets);
        ignoreSheets = Set.copyOf(ignoreSheets);
    }

    /** The mapping of one sheet, empty when the file has none. */
    public SheetMapping sheet(String key) {
        return sheets.getOrDefault(key, SheetMapping.EMPTY);
    }

    /**
     * One sheet's names.
     *
     * @param sheet       their name of the sheet (or of the CSV file, without {@code .csv}), or {@code null}
     * @param keyColumn   their header of the column naming the field (district sheet) or the key (a map sheet),
     *                    or {@code null}
     * @param valueColumn their header of the value column of the district sheet, or {@code null}
     * @param columns     their header (or, in the district sheet, their row label) → our field path
     */
    public record SheetMapping(String sheet, String keyColumn, String valueColumn, Map<String, String> columns) {

        static final SheetMapping EMPTY = new SheetMapping(null, null, null, Map.of());

        public SheetMapping {
            columns = Map.copyOf(columns);
        }

        List<String> names() {
            return sheet == null ? List.of() : List.of(sheet);
        }
    }
}
