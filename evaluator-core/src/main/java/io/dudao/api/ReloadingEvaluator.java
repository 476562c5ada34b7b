package io.dudao.api;

import io.dudao.facts.District;
import io.dudao.internal.reload.Inputs;
import io.dudao.internal.reload.Reloader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An {@link Evaluator} that follows a rule directory and its overlay files, so that policy authors' edits
 * take effect without restarting the application (热更新). It holds one immutable {@link Evaluator} at a
 * time, the <em>current version</em>, and delegates to it; {@link #reload()} builds a new version from
 * the files as they are now, and {@link #watch()} does so on its own whenever a watched file changes.
 *
 * <pre>{@code
 * ReloadingEvaluator evaluator = ReloadingEvaluator.builder()
 *         .rulesDirectory(Path.of("/etc/dudao/rules-33"))          // written by trusted authors only
 *         .overlays(Path.of("/etc/dudao/province-33.yaml"))
 *         .listener(new ReloadingEvaluator.Listener() {
 *             public void reloadFailed(DudaoException why) { alertAuthors(why.getMessage()); }
 *         })
 *         .build()                                                  // the first version, compiled now
 *         .watch();                                                 // rebuild on every change
 * EvaluationReport report = evaluator.evaluate(district);           // always one whole version
 * ...
 * evaluator.close();                                                // stop watching (e.g. on shutdown)
 * }</pre>
 *
 * <p><b>Versions.</b> A new version is compiled in full, under its own KIE release id, while the current
 * one keeps serving; only a version that built is swapped in, atomically. A build that fails (a DRL syntax
 * error, a loosening overlay, a template without its placeholder, a file that has gone) keeps the last good
 * version, and the reason, a {@link RulesException} naming file and line, goes to the {@link Listener}s and
 * to the log (SLF4J logger {@code io.dudao.internal.reload.Reloader}, level WARN). A successful reload is
 * logged at INFO with the old and new rule-set hashes.
 *
 * <p><b>Evaluations in flight.</b> Each call of {@link #evaluate(District, LocalDate)} takes the current
 * version once and runs entirely on it, so a report never mixes two versions, and an evaluation that started
 * before a swap finishes on the version it started with. To render a report's explanations with the
 * templates of the version that made it, or to ask several questions of one version, take it once with
 * {@link #current()}: {@code Evaluator e = reloading.current(); e.explanations().render(e.evaluate(d))}.
 *
 * <p><b>Disposal.</b> The engine keeps no {@code KieContainer}: compiling takes the KieBases and removes the
 * module from the JVM-wide KIE repository at once, and each evaluation opens its own session from a KieBase
 * and disposes it before returning. So there is no container to dispose on a swap, nor a session an old
 * container could pull from under an evaluation in flight. The holder keeps only the current version, and
 * listeners are given {@link RuleSetInfo} values, never an evaluator; an old version becomes unreachable when
 * its last evaluation returns and is collected with its generated classes. Hundreds of reloads leave heap
 * and metaspace flat (a test measures it).
 *
 * <p><b>Trust.</b> DRL is code: rules loaded from a directory run with the rights of the application. Only
 * trusted authors may write the rule directory and the overlay files.
 *
 * <p>Thread-safe. Builds are serialised: an explicit {@link #reload()} and a background build never
 * compile at the same time. Watching uses two daemon threads, stopped by {@link #close()}.
 */
public final class ReloadingEvaluator implements Evaluator, AutoCloseable {

    private final Reloader reloader;

    private ReloadingEvaluator(Reloader reloader) {
        this.reloader = reloader;
    }

    /** A builder for a reloading evaluator; a rule directory is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The version in effect now: an ordinary immutable {@link Evaluator} that a later reload does not change.
     * Hold it for the length of one request, not longer, so that an old version can be collected.
     */
    public Evaluator current() {
        return reloader.current();
    }

    /** Evaluates one district on the version in effect when the call starts; see {@link Evaluator#evaluate(District)}. */
    @Override
    public EvaluationReport evaluate(District district) {
        return current().evaluate(district);
    }

    /**
     * Evaluates one district as of {@code asOf} on the version in effect when the call starts; see
     * {@link Evaluator#evaluate(District, LocalDate)}.
     */
    @Override
    public EvaluationReport evaluate(District district, LocalDate asOf) {
        return current().evaluate(district, asOf);
    }

    /**
     * Evaluates one district as of {@code asOf} on the version in effect when the call starts, telling
     * {@code listener} which rules fire; see {@link Evaluator#evaluate(District, LocalDate, EvaluationListener)}.
     */
    @Override
    public EvaluationReport evaluate(District district, LocalDate asOf, EvaluationListener listener) {
        return current().evaluate(district, asOf, listener);
    }

    /** Evaluates with the current version, under some of its standards; see {@link Evaluator#evaluate(District, LocalDate, EvaluationListener, List)}. */
    @Override
    public EvaluationReport evaluate(District district, LocalDate asOf, EvaluationListener listener,
                                     List<String> standards) {
        return current().evaluate(district, asOf, listener, standards);
    }

    /** The standards of the current version that apply to {@code district}. */
    @Override
    public List<String> applicableStandards(District district) {
        return current().applicableStandards(district);
    }

    /** The names of every rule of the current version, by standard in rule-set order, then by name. */
    @Override
    public List<String> ruleNames() {
        return current().ruleNames();
    }

    /** The indicators of the current version, in report order. */
    @Override
    public List<Indicator> indicators() {
        return current().indicators();
    }

    /** The standards of the current version, in rule-set order. */
    @Override
    public List<String> standards() {
        return current().standards();
    }

    /** The rule set of the current version: id, edition and the hash of its files. */
    @Override
    public RuleSetInfo ruleSet() {
        return current().ruleSet();
    }

    /**
     * The explanations of the current version. A report made before a reload is best rendered by the
     * version that made it: take that with {@link #current()}.
     */
    @Override
    public Explanations explanations() {
        return current().explanations();
    }

    /**
     * What the rule-set lint finds in the current version (rules and catalog that disagree); see
     * {@link Evaluator#lint()}.
     */
    @Override
    public List<RuleProblem> lint() {
        return current().lint();
    }

    /**
     * Builds a new version from the files as they are now and swaps it in. On failure the current version
     * stays, the listeners' {@link Listener#reloadFailed(DudaoException)} is called, and the reason is thrown
     * as well. Waits while another build (e.g. a background one) is running.
     *
     * @return the rule set now in effect
     * @throws RulesException when the rules, parameters or overlays are invalid, each problem with file and line
     * @throws DudaoException with code {@code internal} when the build failed for another reason
     */
    public RuleSetInfo reload() {
        return reloader.reload();
    }

    /**
     * Starts watching the rule directory (its manifest and, recursively, the standard folders) and the
     * overlay files. After a burst of changes has been quiet for the debounce interval (300 ms by default)
     * a new version is built in the background and swapped in, or, when it fails, reported to the listeners
     * and the log. Saving a file without changing it does not rebuild. Does nothing when already watching.
     *
     * @return this evaluator
     * @throws java.io.UncheckedIOException when the file system cannot watch the files
     */
    public ReloadingEvaluator watch() {
        reloader.watch();
        return this;
    }

    /** Whether {@link #watch()} is in effect (and {@link #close()} has not been called since). */
    public boolean watching() {
        return reloader.watching();
    }

    /**
     * Stops watching. A background build already running finishes first, so no listener is called after
     * this returns (unless it is called from a listener). The evaluator keeps working with its current
     * version; {@link #reload()} still works, and {@link #watch()} may start watching again. Idempotent.
     */
    @Override
    public void close() {
        reloader.close();
    }

    /** The current rule set, e.g. {@code ReloadingEvaluator[dudao-national 2026.1 sha256:…, watching]}. */
    @Override
    public String toString() {
        RuleSetInfo r = ruleSet();
        return "ReloadingEvaluator[" + r.id() + " " + r.edition() + " " + r.hash() + (watching() ? ", watching" : "")
                + "]";
    }

    /**
     * Told of every build after the first: which version replaced which, or why a build failed. Called on the
     * thread that built (the caller of {@link #reload()}, or the background build thread), after the swap; an
     * exception thrown by a listener is logged and otherwise ignored. Both methods do nothing by default.
     * Listeners are given rule-set descriptions, never evaluators, so that they cannot keep an old version alive.
     */
    public interface Listener {

        /**
         * A new version is in effect.
         *
         * @param old the rule set it replaced
         * @param now the rule set now in effect (its hash equals {@code old}'s when only an overlay changed,
         *            or the files changed back)
         */
        default void reloaded(RuleSetInfo old, RuleSetInfo now) {
        }

        /**
         * A build failed; the last good version stays in effect.
         *
         * @param why a {@link RulesException} listing every problem with file and line, or a
         *            {@link DudaoException} with code {@code internal}
         */
        default void reloadFailed(DudaoException why) {
        }
    }

    /**
     * Configures a {@link ReloadingEvaluator} from the same inputs as an {@link EvaluatorBuilder}: a rule
     * directory, the standards, the overlay files. Each setter fails fast. Not thread-safe; the evaluator it
     * builds is.
     */
    public static final class Builder {

        private Path rulesDirectory;
        private final List<String> standards = new ArrayList<>();
        private final List<Path> overlays = new ArrayList<>();
        private final List<Listener> listeners = new ArrayList<>();
        private Duration debounce = Duration.ofMillis(300);

        private Builder() {
        }

        /**
         * The rule directory to follow (a {@code ruleset.yaml} and a folder per standard). Required.
         * DRL is code: only trusted authors may write it.
         *
         * @throws IllegalArgumentException when the directory does not exist
         * @throws IllegalStateException    when a rule directory was already given
         */
        public Builder rulesDirectory(Path directory) {
            Objects.requireNonNull(directory, "directory");
            if (rulesDirectory != null) {
                throw new IllegalStateException("the rule directory is already " + rulesDirectory
                        + "; cannot also use " + directory);
            }
            if (!Files.isDirectory(directory)) {
                throw new IllegalArgumentException("rule directory " + directory + " does not exist");
            }
            rulesDirectory = directory;
            return this;
        }

        /**
         * Evaluates only these standards; by default every standard of the rule set. See
         * {@link EvaluatorBuilder#standards(String...)}.
         *
         * @throws IllegalArgumentException when none is given or one is blank
         */
        public Builder standards(String... ids) {
            EvaluatorBuilder.addStandards(standards, ids);
            return this;
        }

        /**
         * Provincial or city parameter files (省定/市定标准) to lay over the national parameters, and to watch.
         * See {@link EvaluatorBuilder#overlays(Path...)}.
         *
         * @throws IllegalArgumentException when a file does not exist
         */
        public Builder overlays(Path... files) {
            EvaluatorBuilder.addOverlays(overlays, files);
            return this;
        }

        /** Adds a listener told of every reload and every failed build; listeners are called in order. */
        public Builder listener(Listener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * How long a burst of changes must be quiet before {@link ReloadingEvaluator#watch()} builds; 300 ms
         * by default. A burst that goes on builds after at most ten intervals.
         *
         * @throws IllegalArgumentException when negative
         */
        public Builder debounce(Duration interval) {
            Objects.requireNonNull(interval, "interval");
            if (interval.isNegative()) {
                throw new IllegalArgumentException("debounce interval " + interval + " is negative");
            }
            debounce = interval;
            return this;
        }

        /**
         * Compiles the first version now (seconds). It does not start watching: call
         * {@link ReloadingEvaluator#watch()}.
         *
         * @throws IllegalStateException when no rule directory was given
         * @throws RulesException        when the rules, parameters or overlays are invalid; every problem is listed
         */
        public ReloadingEvaluator build() {
            if (rulesDirectory == null) {
                throw new IllegalStateException("a reloading evaluator follows a rule directory: call rulesDirectory(...)");
            }
            Inputs inputs = new Inputs(rulesDirectory, standards, overlays);
            return new ReloadingEvaluator(new Reloader(inputs, listeners, debounce));
        }
    }
}
