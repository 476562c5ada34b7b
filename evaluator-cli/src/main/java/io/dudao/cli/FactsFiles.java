package io.dudao.cli;

import io.dudao.api.FactsException;
import io.dudao.api.FactsReader;
import io.dudao.facts.District;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * The facts inputs of the batch path ({@code dudao batch}, {@code dudao evaluate DIR --summary}): files and
 * directories searched for {@code *.json}, read one file at a time so that memory stays flat.
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

    /** The facts files of {@code inputs}, directories searched recursively for *.json, in path order. */
    static List<Path> expand(List<Path> inputs) {
        List<Path> out = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> s = Files.walk(in)) {
                    s.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".json")).sorted().forEach(out::add);
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
    static Iterator<District> districts(List<Path> files, List<FactsException> unreadable, Progress progress) {
        return new Iterator<>() {
            private int next;
            private int districts;
            private Iterator<District> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && next < files.size()) {
                    Path f = files.get(next++);
                    try {
                        List<District> read = FactsReader.read(f);
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
