package io.dudao.cli;

import io.dudao.api.FactsException;
import io.dudao.api.FactsReader;
import io.dudao.facts.District;
import io.dudao.sheets.ColumnMapping;
import io.dudao.sheets.SheetFacts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * The facts inputs of the CLI. A file is read by its name: a workbook ({@code .xlsx}, {@code .xls}) or a
 * district CSV file ({@code .csv}) through {@link SheetFacts}, anything else as a JSON facts file through
 * {@link FactsReader}; all throw {@code FactsException} listing every problem. The batch path
 * ({@code dudao batch}, {@code dudao evaluate DIR --summary}) searches directories for such inputs and reads
 * one file at a time, so that memory stays flat.
 */
final class FactsFiles {

    /** Hears each file as it is read: files read so far, districts read so far. */
    @FunctionalInterface
    interface Progress {
        Progress NONE = (files, districts) -> { };

        void read(int files, int districts);
    }

    private FactsFiles() {
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

    /** The facts files of {@code inputs}, directories searched recursively for facts inputs, in path order. */
    static List<Path> expand(List<Path> inputs) {
        List<Path> out = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> s = Files.walk(in)) {
                    s.filter(p -> Files.isRegularFile(p) && isInput(p)).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + in + ": " + e.getMessage(), e);
                }
            } else {
                out.add(in);
            }
        }
        return out;
    }

    /** The districts of {@code files}, reading one file at a time; a file that cannot be read is recorded. */
    static Iterator<District> districts(List<Path> files, ColumnMapping mapping, List<FactsException> unreadable,
                                        Progress progress) {
        return new Iterator<>() {
            private int next;
            private int districts;
            private Iterator<District> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && next < files.size()) {
                    Path f = files.get(next++);
                    try {
                        List<District> read = read(f, mapping);
                        districts += read.size();
                        current = read.iterator();
                    } catch (FactsException e) {
                        unreadable.add(e);
                    }
                    progress.read(next, districts);
                }
                return current.hasNext();
            }

            @Override
            public District next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }
}
