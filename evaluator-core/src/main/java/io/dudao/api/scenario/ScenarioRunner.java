package io.dudao.api.scenario;

import io.dudao.api.Evaluator;
import io.dudao.api.EvaluatorBuilder;
import io.dudao.internal.scenario.Discovery;
import io.dudao.internal.scenario.ScenarioEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Runs scenario files: facts, expected verdicts and explanations as data (the format is described in
 * {@code docs/scenarios.md} and by the JSON Schema {@code io/dudao/schema/scenario.schema.json} on the class
 * path). Front ends (the {@code dudao test} command, the JUnit 5 binding in {@code evaluator-testkit}) are
 * thin layers over this class; it has no test-framework dependency.
 *
 * <p>Each distinct {@link RuleSelection} (rule directory, standards, overlays) is compiled once, on first
 * use, and the evaluator is reused by every later scenario with the same selection, so a suite of hundreds
 * of files compiles each rule set once. A selection that fails to compile fails every scenario that names it
 * without compiling again.
 *
 * <p>Running never throws for a problem of a scenario: an unreadable or malformed file, rules that do not
 * compile, or facts that are invalid when no error was expected give a result with status
 * {@link ScenarioResult.Status#ERROR} naming the file and line.
 *
 * <p>Thread-safe: one runner may run scenarios from several threads; a rule set is compiled at most once.
 *
 * <pre>{@code
 * ScenarioRunner runner = new ScenarioRunner();
 * SuiteResult suite = runner.run(List.of(Path.of("rules/src/test/scenarios")));
 * suite.scenarios().forEach(s -> System.out.println(s.status() + " " + s.file() + "\n" + s.details()));
 * System.out.println(suite.summary());
 * }</pre>
 */
public final class ScenarioRunner {

    private final ScenarioEngine engine;

    /** A runner that compiles rule sets with {@link Evaluator#builder()}. */
    public ScenarioRunner() {
        this(ScenarioRunner::compile);
    }

    /**
     * A runner that obtains evaluators from {@code compiler}, called at most once per distinct selection
     * (e.g. to share evaluators a test run already compiled). The selections it receives never have
     * overlays: scenarios with overlays end in an error until overlays are supported.
     *
     * @param compiler returns an evaluator for the selection, or throws a
     *                 {@link io.dudao.api.RulesException} when the rules do not compile; not {@code null}
     */
    public ScenarioRunner(Function<RuleSelection, Evaluator> compiler) {
        this.engine = new ScenarioEngine(Objects.requireNonNull(compiler, "compiler"));
    }

    /**
     * The scenario files among {@code paths}: a file is taken as given; a directory is searched recursively
     * for {@code *.yaml}, {@code *.yml} and {@code *.scenario.json} files, in path order, skipping hidden
     * entries and rule-set folders (those holding a {@code ruleset.yaml}). Each file appears once.
     *
     * @throws IllegalArgumentException     when a path does not exist
     * @throws java.io.UncheckedIOException when a directory cannot be read
     * @throws NullPointerException         when {@code paths} or one of them is {@code null}
     */
    public static List<Path> discover(Collection<Path> paths) {
        return Discovery.discover(paths);
    }

    /**
     * Runs one scenario file.
     *
     * @throws NullPointerException when {@code file} is {@code null}
     */
    public ScenarioResult run(Path file) {
        return engine.run(Objects.requireNonNull(file, "file"));
    }

    /**
     * Runs every scenario file among {@code paths} (see {@link #discover(Collection)}), one after the
     * other, and measures what they cover.
     *
     * @throws IllegalArgumentException     when a path does not exist
     * @throws java.io.UncheckedIOException when a directory cannot be read
     * @throws NullPointerException         when {@code paths} or one of them is {@code null}
     */
    public SuiteResult run(Collection<Path> paths) {
        List<ScenarioResult> results = new ArrayList<>();
        for (Path file : discover(paths)) {
            results.add(run(file));
        }
        return new SuiteResult(results, coverage(results));
    }

    /**
     * What {@code results} cover, against the catalogs and rule files of the rule sets they ran with.
     *
     * @throws java.io.UncheckedIOException when a rule file cannot be read
     * @throws NullPointerException         when {@code results} or one of them is {@code null}
     */
    public Coverage coverage(List<ScenarioResult> results) {
        return engine.coverage(List.copyOf(results));
    }

    private static Evaluator compile(RuleSelection selection) {
        EvaluatorBuilder builder = Evaluator.builder();
        if (selection.rulesDirectory() != null) {
            builder.rulesDirectory(selection.rulesDirectory());
        }
        return builder.standards(selection.standards().toArray(String[]::new))
                .overlays(selection.overlays().toArray(Path[]::new)).build();
    }
}
