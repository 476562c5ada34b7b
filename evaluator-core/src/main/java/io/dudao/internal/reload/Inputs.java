package io.dudao.internal.reload;

import io.dudao.api.Evaluator;
import io.dudao.api.EvaluatorBuilder;
import io.dudao.api.RuleProblem;
import io.dudao.api.RulesException;
import io.dudao.internal.Hashing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a reloading evaluator is built from, as an {@link EvaluatorBuilder} takes it: a rule directory,
 * the standards to keep (all when empty) and the overlay files, in order.
 *
 * @param rulesDirectory the rule directory (a {@code ruleset.yaml} and a folder per standard)
 * @param standards      standard ids; empty for every standard of the rule set
 * @param overlays       provincial and city parameter files
 */
public record Inputs(Path rulesDirectory, List<String> standards, List<Path> overlays) {

    public Inputs {
        standards = List.copyOf(standards);
        overlays = List.copyOf(overlays);
    }

    /**
     * Compiles a new evaluator from the files as they are now.
     *
     * @throws RulesException when the rules, parameters or overlays are invalid, or a file has gone
     */
    Evaluator build() {
        if (!Files.isDirectory(rulesDirectory)) {
            throw new RulesException("rules.invalid", List.of(new RuleProblem(rulesDirectory.toString(), 0, 0,
                    "the rule directory does not exist (any more)")));
        }
        for (Path o : overlays) {
            if (!Files.isRegularFile(o)) {
                throw new RulesException("parameters.invalid", List.of(new RuleProblem(o.toString(), 0, 0,
                        "the overlay file does not exist (any more)")));
            }
        }
        EvaluatorBuilder b = Evaluator.builder();
        try {
            b.rulesDirectory(rulesDirectory).overlays(overlays.toArray(Path[]::new));
        } catch (IllegalArgumentException e) {   // a file went away since the check above
            throw new RulesException("rules.invalid", List.of(new RuleProblem(rulesDirectory.toString(), 0, 0,
                    e.getMessage())));
        }
        if (!standards.isEmpty()) {
            b.standards(standards.toArray(String[]::new));
        }
        return b.build();
    }

    /**
     * A hash of every file a build reads: the regular files below the rule directory and the overlay files,
     * by path and content. A file that cannot be read (e.g. removed while hashing) counts by its absence, so
     * the watcher's next look sees a difference and builds again.
     */
    String fingerprint() {
        Hashing h = new Hashing();
        if (Files.isDirectory(rulesDirectory)) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(rulesDirectory)) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            } catch (IOException | UncheckedIOException e) {
                return "unreadable:" + System.nanoTime();
            }
            for (Path f : files) {
                h.update(rulesDirectory.relativize(f).toString());
                content(h, f);
            }
        } else {
            h.update("no rule directory");
        }
        for (Path o : overlays) {
            h.update(o.toString());
            content(h, o);
        }
        return h.digest();
    }

    private static void content(Hashing h, Path f) {
        try {
            byte[] bytes = Files.readAllBytes(f);
            h.update("file").update(bytes);
        } catch (NoSuchFileException e) {
            h.update("missing");
        } catch (IOException e) {
            h.update("unreadable:" + System.nanoTime());
        }
    }
}
