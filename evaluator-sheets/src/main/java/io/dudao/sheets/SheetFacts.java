package io.dudao.sheets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dudao.api.FactProblem;
import io.dudao.api.FactsException;
import io.dudao.api.FactsReader;
import io.dudao.facts.District;
import io.dudao.sheets.internal.CsvGrids;
import io.dudao.sheets.internal.FactsAssembler;
import io.dudao.sheets.internal.Grid;
import io.dudao.sheets.internal.Mapping;
import io.dudao.sheets.internal.SchemaLayout;
import io.dudao.sheets.internal.XlsxGrids;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads the facts of one district from a spreadsheet: the XLSX data-collection workbook that
 * {@link WorkbookTemplate} writes (filled in), or CSV files with the same headers.
 *
 * <p>A workbook holds one district: the district sheet ({@code 区县} or {@code district}; a row per field,
 * with the columns 字段 (field path), 项目 (label), 单位 (unit) and 填报值 (value), or else a header row and one
 * row of values), a sheet per list of the facts ({@code 学校} or {@code schools}: a header row, one row per
 * school), and the notes sheet, which is not read. As CSV, the district sheet is a file named
 * {@code district.csv} or {@code PREFIXdistrict.csv} (e.g. {@code 330998-district.csv}) and each list sheet
 * a file beside it with the same prefix and the sheet's field path or Chinese name ({@code 330998-schools.csv});
 * pass the district file. CSV files are UTF-8 (a byte-order mark is fine) or, failing that, GB18030/GBK.
 *
 * <p>A blank cell is unknown, never zero. Numbers written as text are read as numbers, 是/否 (or TRUE/FALSE)
 * as yes/no; enumerations take the English constant or a Chinese label; several numbers in one cell are
 * separated by {@code ;}. Headers are matched ignoring spaces, case and full-width forms, and may be the
 * template's Chinese or English header (with or without the unit), the field path
 * ({@code enrolment.primary}), or a header a {@link ColumnMapping} names.
 *
 * <p>The cells become the same JSON document a facts file holds, which then goes through
 * {@link FactsReader} unchanged: the facts schema and the semantic checks apply as to JSON. Every problem,
 * those only a sheet can have (an unknown sheet or header, a column filled twice) and those of the facts
 * reader, is reported at once in one {@link FactsException}, each naming its file, sheet, row, column
 * header and field path, the value found and what was expected, e.g.
 * {@code county.xlsx: sheet 学校, row 7, column F 在校生数·小学在校生数 (schools[5].enrolment.primary): found "abc",
 * expected an integer ≥ 0 or null}.
 *
 * <p>Thread-safe: all methods are static and share only immutable state.
 */
public final class SheetFacts {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private SheetFacts() {
    }

    /**
     * Whether a file is a spreadsheet this class reads, by its name: {@code .xlsx}, {@code .xls} (the older
     * Excel format, read alike) or {@code .csv}.
     */
    public static boolean isSpreadsheet(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".csv");
    }

    /**
     * Reads a workbook or a district CSV file with the workbook's own names.
     *
     * @see #read(Path, ColumnMapping)
     */
    public static List<District> read(Path file) {
        return read(file, ColumnMapping.none());
    }

    /**
     * Reads the district of a workbook ({@code .xlsx}) or of a district CSV file and the list files beside it.
     *
     * @param file    the workbook or the district CSV file; problems name it (and the CSV files) as given
     * @param mapping the bureau's own sheet names and headers, or {@link ColumnMapping#none()}
     * @return the district, as a one-element unmodifiable list (the form {@link FactsReader} returns)
     * @throws FactsException       listing every problem (code {@code facts.invalid})
     * @throws NullPointerException when an argument is {@code null}
     */
    public static List<District> read(Path file, ColumnMapping mapping) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(mapping, "mapping");
        Reading r = assemble(file, mapping.mapping());
        List<District> districts = List.of();
        try {
            districts = FactsReader.parse(r.json(), r.source());
        } catch (FactsException e) {
            e.problems().forEach(p -> r.assembler().locate(p, r.source(), r.chinese()));
        }
        List<FactProblem> problems = r.assembler().problems();
        if (!problems.isEmpty()) {
            throw new FactsException(problems);
        }
        return districts;
    }

    /**
     * The facts JSON document (one district) that a workbook or district CSV file holds, as
     * {@link #read(Path, ColumnMapping)} reads it, after the same checks: a way to convert a filled workbook
     * to a facts file.
     *
     * @return compact JSON text
     * @throws FactsException listing every problem
     */
    public static String toJson(Path file, ColumnMapping mapping) {
        read(file, mapping);
        return assemble(file, mapping.mapping()).json();
    }

    private record Reading(FactsAssembler assembler, String json, String source, boolean chinese) {
    }

    private static Reading assemble(Path file, Mapping mapping) {
        String source = file.toString();
        FactsAssembler assembler = new FactsAssembler(SchemaLayout.layout(), mapping);
        List<Grid> grids;
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            String prefix = CsvGrids.prefix(file, mapping.sheet(Mapping.DISTRICT).sheet());
            if (prefix == null) {
                throw new FactsException(List.of(new FactProblem(source, "", null, "the district CSV file, named "
                        + "district.csv or PREFIXdistrict.csv (e.g. 330998-district.csv), with the list files "
                        + "beside it (330998-schools.csv)")));
            }
            grids = CsvGrids.read(file, prefix, assembler::listSheet);
        } else if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
            grids = XlsxGrids.read(file);
        } else {
            throw new FactsException(List.of(new FactProblem(source, "", null,
                    "an .xlsx (or .xls) workbook or a district .csv file")));
        }
        boolean chinese = grids.stream().noneMatch(g -> g.name().equalsIgnoreCase("district"));
        ObjectNode district = assembler.assemble(grids, source, chinese);
        try {
            return new Reading(assembler, JSON.writeValueAsString(district), source, chinese);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }
}
