package io.dudao.cli;

import io.dudao.api.FactsReader;
import io.dudao.facts.District;
import io.dudao.sheets.ColumnMapping;
import io.dudao.sheets.SheetFacts;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads a facts input by its name: a workbook ({@code .xlsx}, {@code .xls}) or a district CSV file ({@code .csv})
 * through {@link SheetFacts}, anything else as a JSON facts file through {@link FactsReader}. All throw
 * {@code FactsException} listing every problem.
 */
final class InputFormats {

    private InputFormats() {
    }

    /** The districts of {@code file}; {@code mapping} applies to spreadsheets only. */
    static List<District> read(Path file, ColumnMapping mapping) {
        return SheetFacts.isSpreadsheet(file) ? SheetFacts.read(file, mapping) : FactsReader.read(file);
    }

    /** The mapping file of {@code --mapping}, or none. */
    static ColumnMapping mapping(Path file) {
        return file == null ? ColumnMapping.none() : ColumnMapping.read(file);
    }

    /**
     * Whether a file found in a directory is a facts input: {@code *.json}, {@code *.xlsx} or {@code *.xls} (not
     * an Excel lock file {@code ~$…}), or a district CSV ({@code district.csv}, {@code PREFIXdistrict.csv}).
     */
    static boolean isInput(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || ((name.endsWith(".xlsx") || name.endsWith(".xls")) && !name.startsWith("~$"))
                || name.endsWith("district.csv");
    }
}
