package io.dudao.internal.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Finds scenario files: {@code *.yaml}, {@code *.yml}, {@code *.scenario.json}, outside hidden entries and rule sets. */
public final class Discovery {

    private Discovery() {
    }

    /** See {@link io.dudao.api.scenario.ScenarioRunner#discover(Collection)}. */
    public static List<Path> discover(Collection<Path> paths) {
        Set<Path> found = new LinkedHashSet<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                found.addAll(walk(p));
            } else if (Files.isRegularFile(p)) {
                found.add(p);
            } else {
                throw new IllegalArgumentException("no such scenario file or directory: " + p);
            }
        }
        return List.copyOf(found);
    }

    private static List<Path> walk(Path dir) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    boolean skip = !d.equals(dir) && hidden(d) || Files.isRegularFile(d.resolve("ruleset.yaml"));
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !hidden(f) && scenario(f.getFileName().toString())) {
                        files.add(f);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read scenario directory " + dir + ": " + e.getMessage(), e);
        }
        files.sort(null);
        return files;
    }

    private static boolean hidden(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
    }

    private static boolean scenario(String name) {
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".scenario.json");
    }
}
