package io.dudao.api;

import io.dudao.internal.engine.DefaultEvaluator;
import io.dudao.internal.ruleset.RuleSetSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Configures and compiles an {@link Evaluator}. Each setter fails fast: a second rule source, an empty
 * standard list or a directory that does not exist is rejected at once, naming the value. Not thread-safe;
 * the evaluator it builds is.
 */
public final class EvaluatorBuilder {

    private java.util.function.Supplier<RuleSetSource> rules;
    private String rulesDescription;
    private final List<String> standards = new ArrayList<>();
    private final List<Path> overlays = new ArrayList<>();

    EvaluatorBuilder() {
    }

    /**
     * Uses the rule set bundled on the classpath ({@code dudao/rules/ruleset.yaml}, from the
     * {@code dudao-rules} artifact). This is the default.
     *
     * @throws IllegalStateException when a rule source was already chosen
     */
    public EvaluatorBuilder bundledRules() {
        setRules(RuleSetSource::classpath, "the bundled rules");
        return this;
    }

    /**
     * Uses the rule set in {@code directory} (a {@code ruleset.yaml} and one folder per standard).
     * DRL is code: only trusted authors may write a rule directory.
     *
     * @throws IllegalArgumentException when the directory does not exist
     * @throws IllegalStateException    when a rule source was already chosen
     */
    public EvaluatorBuilder rulesDirectory(Path directory) {
        Objects.requireNonNull(directory, "directory");
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("rule directory " + directory + " does not exist");
        }
        RuleSetSource source = RuleSetSource.directory(directory);
        setRules(() -> source, "the rule directory " + directory);
        return this;
    }

    /**
     * Evaluates only these standards (ids such as {@code QB2017}); by default every standard of the rule set.
     * A standard that includes others (a profile such as {@code LXDD}) brings them along: they are compiled and
     * evaluated once per district, and their results appear where the profile refers to them.
     *
     * @throws IllegalArgumentException when none is given or one is blank
     */
    public EvaluatorBuilder standards(String... ids) {
        addStandards(standards, ids);
        return this;
    }

    /** Adds {@code ids} to {@code into}, once each; shared by the builders of this package. */
    static void addStandards(List<String> into, String... ids) {
        if (ids == null || ids.length == 0) {
            throw new IllegalArgumentException("standards(...) needs at least one standard id");
        }
        for (String id : ids) {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("blank standard id in " + List.of(ids));
            }
            if (!into.contains(id)) {
                into.add(id);
            }
        }
    }

    /**
     * Lays provincial or city parameter files (省定/市定标准) over the national parameters. Each names its
     * standard, its layer ({@code province} or {@code city}) and code; it applies to the districts whose
     * province or city code matches, and may only tighten national floors unless a parameter is marked
     * locally set. Checked when {@link #build()} runs.
     *
     * @throws IllegalArgumentException when a file does not exist
     */
    public EvaluatorBuilder overlays(Path... files) {
        addOverlays(overlays, files);
        return this;
    }

    /** Adds existing overlay {@code files} to {@code into}; shared by the builders of this package. */
    static void addOverlays(List<Path> into, Path... files) {
        for (Path f : files) {
            Objects.requireNonNull(f, "overlay file");
            if (!Files.isRegularFile(f)) {
                throw new IllegalArgumentException("overlay file " + f + " does not exist");
            }
            into.add(f);
        }
    }

    /**
     * Compiles the rule set.
     *
     * @throws RulesException when a rule file, catalog, template, parameter file or overlay is invalid, or a
     *                        standard asked for is not in the rule set; every problem is listed
     */
    public Evaluator build() {
        RuleSetSource source = rules == null ? RuleSetSource.classpath() : rules.get();
        return DefaultEvaluator.build(source, List.copyOf(standards), List.copyOf(overlays));
    }

    private void setRules(java.util.function.Supplier<RuleSetSource> source, String description) {
        if (rules != null) {
            throw new IllegalStateException("rules already come from " + rulesDescription + "; cannot also use "
                    + description);
        }
        rules = source;
        rulesDescription = description;
    }
}
