package io.dudao.internal.engine;

import io.dudao.facts.District;
import io.dudao.facts.Enrolment;
import io.dudao.facts.Location;
import io.dudao.facts.Ownership;
import io.dudao.facts.School;
import io.dudao.facts.SchoolType;
import io.dudao.facts.StageTeachers;
import io.dudao.facts.Teachers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Test rule sets under {@code src/test/resources/rulesets/}, and copies of them to break. */
public final class RuleSetFixtures {

    private RuleSetFixtures() {
    }

    /** The folder of fixture rule set {@code name}. */
    public static Path path(String name) {
        try {
            return Path.of(RuleSetFixtures.class.getResource("/rulesets/" + name + "/ruleset.yaml").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of fixture rule set {@code name} in {@code dir}, for a test to modify. */
    public static Path copy(String name, Path dir) {
        Path from = path(name);
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path to = dir.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces {@code from} by {@code to} in a file of a copied rule set; fails when {@code from} is absent. */
    public static void edit(Path file, String from, String to) {
        try {
            String s = Files.readString(file);
            if (!s.contains(from)) {
                throw new IllegalArgumentException(file + " does not contain " + from);
            }
            Files.writeString(file, s.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A primary school with {@code area} m² of teaching space and {@code students} students. */
    public static School primary(String id, String area, Integer students) {
        return new School(id, "学校" + id, SchoolType.PRIMARY, Ownership.PUBLIC, Location.URBAN, false, false,
                new Enrolment(students, null, null), new Teachers(new StageTeachers(30, 25, 3, 2, 1, 1, 0, 0), null),
                area == null ? null : new BigDecimal(area), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, null, null, null, Map.of());
    }

    /** A district of {@code schools}. */
    public static District district(School... schools) {
        return new District("100001", "测试县", "10", "1000", "2024-2025", List.of(schools), Map.of());
    }
}
