package io.dudao.testkit;

import io.dudao.api.scenario.ScenarioResult;
import io.dudao.api.scenario.ScenarioRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Runs a folder of scenario files as JUnit 5 dynamic tests, one test per file, whose test source is the
 * file's URI: an IDE opens the scenario of a failing test, and CI reports name it.
 *
 * <pre>{@code
 * class QB2017ScenariosTest {
 *     @TestFactory
 *     Stream<DynamicNode> scenarios() {
 *         return DudaoScenarios.from(Path.of("src/test/scenarios/QB2017"));
 *     }
 * }
 * }</pre>
 *
 * <p>Each test runs its file when JUnit executes it: a PASS succeeds; a FAIL throws an
 * {@link AssertionFailedError} whose message is the readable diff ({@link ScenarioResult#details()}); an
 * ERROR (a malformed file, rules that do not compile) throws an {@link IllegalStateException} naming file
 * and line, so that reports count it as an error rather than a failure; a PENDING scenario is aborted
 * ({@link TestAbortedException}), which JUnit reports as skipped.
 *
 * <p>Thread-safe; the methods are static. See {@link ScenarioRunner} for the file format and discovery.
 */
public final class DudaoScenarios {

    private DudaoScenarios() {
    }

    /** One runner for the JVM, so that every test class shares the rule sets it compiled. */
    private static final class Shared {
        static final ScenarioRunner RUNNER = new ScenarioRunner();
    }

    /**
     * The scenario files under {@code directory} as dynamic tests, run by a runner shared by the whole JVM
     * (each rule set is compiled once per test run). Display names are paths relative to {@code directory}.
     *
     * @throws IllegalArgumentException     when {@code directory} is not a directory or holds no scenario file
     *                                      (an empty suite must not pass silently)
     * @throws java.io.UncheckedIOException when the directory cannot be read
     * @throws NullPointerException         when {@code directory} is {@code null}
     */
    public static Stream<DynamicNode> from(Path directory) {
        return from(directory, Shared.RUNNER);
    }

    /**
     * The scenario files under {@code directory} as dynamic tests run by {@code runner}, e.g. one that a
     * coverage test shares.
     *
     * @throws IllegalArgumentException     when {@code directory} is not a directory or holds no scenario file
     * @throws java.io.UncheckedIOException when the directory cannot be read
     * @throws NullPointerException         when an argument is {@code null}
     */
    public static Stream<DynamicNode> from(Path directory, ScenarioRunner runner) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(runner, "runner");
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("scenario directory " + directory + " does not exist");
        }
        List<Path> files = ScenarioRunner.discover(List.of(directory));
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no scenario files (*.yaml, *.yml, *.scenario.json) under " + directory);
        }
        return files.stream().<DynamicNode>map(file -> DynamicTest.dynamicTest(
                directory.relativize(file).toString().replace('\\', '/'), file.toUri(), () -> verify(runner.run(file))));
    }

    private static void verify(ScenarioResult result) {
        switch (result.status()) {
            case PASS -> {
            }
            case PENDING -> throw new TestAbortedException(result.details());
            case FAIL -> throw new AssertionFailedError(result.name() + "\n" + result.details());
            case ERROR -> throw new IllegalStateException(result.details());
        }
    }
}
