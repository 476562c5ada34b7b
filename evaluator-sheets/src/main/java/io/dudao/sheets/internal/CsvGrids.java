package io.dudao.sheets.internal;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.dudao.api.FactProblem;
import io.dudao.api.FactsException;
import io.dudao.sheets.internal.Grid.Cell;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads a district's CSV files into {@link Grid}s with Jackson's CSV module.
 *
 * <p>Naming: the district file is {@code PREFIXdistrict.csv} ({@code district.csv}, {@code 330998-district.csv});
 * each list sheet is a file beside it with the same prefix and the sheet's field path or Chinese name
 * ({@code 330998-schools.csv} or {@code 330998-学校.csv}), or the name the mapping file gives. Files are UTF-8,
 * with or without a byte-order mark; a file that is not UTF-8 is read as GB18030 (which covers GBK), the
 * encoding Excel uses for "CSV" on Chinese Windows. Every value is text; the assembler reads numbers in it.
 */
public final class CsvGrids {

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
    private static final Charset GB18030 = Charset.forName("GB18030");

    private CsvGrids() {
    }

    /**
     * The district file's prefix: {@code 330998-} for {@code 330998-district.csv}.
     *
     * @param districtSheet the mapping file's name of the district sheet, or {@code null}
     * @return the prefix, or {@code null} when the file is not named like a district file
     */
    public static String prefix(Path districtFile, String districtSheet) {
        String name = districtFile.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".csv")) {
            return null;
        }
        String stem = name.substring(0, name.length() - 4);
        List<String> names = new ArrayList<>(Names.DISTRICT_SHEET);
        if (districtSheet != null) {
            names.add(districtSheet);
        }
        for (String n : names) {
            if (stem.toLowerCase(Locale.ROOT).endsWith(n.toLowerCase(Locale.ROOT))) {
                return stem.substring(0, stem.length() - n.length());
            }
        }
        return null;
    }

    /**
     * The district file and the CSV files beside it with the same prefix whose rest of the name is a sheet
     * name, each a grid named by that rest.
     *
     * @param sheetName whether a name (the file name without prefix and {@code .csv}) is one of a list sheet
     */
    public static List<Grid> read(Path districtFile, String prefix, java.util.function.Predicate<String> sheetName) {
        List<Grid> grids = new ArrayList<>();
        List<FactProblem> problems = new ArrayList<>();
        read(districtFile, prefix, grids, problems);
        Path dir = districtFile.toAbsolutePath().getParent();
        List<Path> siblings;
        try (Stream<Path> s = Files.list(dir)) {
            siblings = s.filter(p -> {
                String n = p.getFileName().toString();
                return n.toLowerCase(Locale.ROOT).endsWith(".csv") && n.startsWith(prefix)
                        && n.length() > prefix.length() + 4 && Files.isRegularFile(p)
                        && sheetName.test(n.substring(prefix.length(), n.length() - 4));
            }).sorted().toList();
        } catch (IOException e) {
            throw new FactsException(List.of(new FactProblem(dir.toString(), "", null,
                    "a readable directory (" + e.getMessage() + ")")));
        }
        for (Path p : siblings) {
            if (!p.getFileName().equals(districtFile.getFileName())) {
                Path shown = districtFile.getParent() == null ? p.getFileName() : districtFile.getParent().resolve(p.getFileName());
                read(shown, prefix, grids, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new FactsException(problems);
        }
        return grids;
    }

    private static void read(Path file, String prefix, List<Grid> grids, List<FactProblem> problems) {
        String source = file.toString();
        String name = file.getFileName().toString();
        name = name.substring(prefix.length(), name.length() - 4);
        String text;
        try {
            text = decode(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            problems.add(new FactProblem(source, "", null, "a readable CSV file (no such file)"));
            return;
        } catch (IOException e) {
            problems.add(new FactProblem(source, "", null, "a readable CSV file (" + e.getMessage() + ")"));
            return;
        }
        List<List<Cell>> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = CSV.readerFor(String[].class).with(CsvSchema.emptySchema()).readValues(text)) {
            while (it.hasNextValue()) {
                String[] record = it.nextValue();
                List<Cell> cells = new ArrayList<>();
                for (String v : record) {
                    String t = v == null ? "" : v.strip();
                    cells.add(t.isEmpty() ? Cell.BLANK : new Cell(t));
                }
                while (!cells.isEmpty() && cells.get(cells.size() - 1).blank()) {
                    cells.remove(cells.size() - 1);
                }
                rows.add(cells);
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new FactProblem(source, "row " + (rows.size() + 1), null, "well-formed CSV ("
                    + e.getMessage().lines().findFirst().orElse("") + ")"));
            return;
        }
        grids.add(new Grid(name, source, false, rows));
    }

    /** UTF-8 (a byte-order mark dropped), else GB18030. */
    static String decode(byte[] bytes) throws CharacterCodingException {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            return GB18030.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        }
    }
}
