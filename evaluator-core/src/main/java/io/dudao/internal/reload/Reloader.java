package io.dudao.internal.reload;

import io.dudao.api.DudaoException;
import io.dudao.api.Evaluator;
import io.dudao.api.ReloadingEvaluator;
import io.dudao.api.RuleSetInfo;
import io.dudao.api.RulesException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The machinery behind {@link ReloadingEvaluator}: the current version in an {@link AtomicReference}, builds
 * serialised by one lock, listeners told of every outcome, and an optional {@link DirectoryWatch}.
 *
 * <p>Design note on disposal. The engine keeps no {@code KieContainer}: {@code KieCompiler} takes the
 * KieBases and removes the module from the JVM-wide KieRepository at once, and every evaluation opens a
 * session from a KieBase and disposes it before returning. So a reload has no container to dispose and
 * nothing to wait for: an evaluation in flight holds the old {@link Evaluator} on its own stack and finishes
 * on it; once the last one returns, the old version is unreachable (this class keeps only the current one,
 * and listeners receive {@link RuleSetInfo} values, never an evaluator) and the garbage collector reclaims
 * it, generated classes included.
 */
public final class Reloader implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Reloader.class);

    private final Inputs inputs;
    private final List<ReloadingEvaluator.Listener> listeners;
    private final Duration debounce;
    private final AtomicReference<Evaluator> current = new AtomicReference<>();
    /** Serialises builds: an explicit reload and a background one never compile at the same time. */
    private final ReentrantLock buildLock = new ReentrantLock();
    /** The fingerprint of the files of the last build attempted, good or bad; guarded by {@link #buildLock}. */
    private String lastAttempt;
    private final Object watchLock = new Object();
    private DirectoryWatch watch;

    /**
     * Builds the first version now.
     *
     * @throws RulesException when it does not build; there is no earlier version to keep
     */
    public Reloader(Inputs inputs, List<ReloadingEvaluator.Listener> listeners, Duration debounce) {
        this.inputs = Objects.requireNonNull(inputs, "inputs");
        this.listeners = List.copyOf(listeners);
        this.debounce = Objects.requireNonNull(debounce, "debounce");
        buildLock.lock();
        try {
            lastAttempt = inputs.fingerprint();
            long start = System.nanoTime();
            Evaluator first = inputs.build();
            current.set(first);
            LOG.info("built rule set {} {} ({}) from {} in {} ms", first.ruleSet().id(), first.ruleSet().edition(),
                    first.ruleSet().hash(), inputs.rulesDirectory(), (System.nanoTime() - start) / 1_000_000);
        } finally {
            buildLock.unlock();
        }
    }

    /** The version in effect now; never {@code null}. */
    public Evaluator current() {
        return current.get();
    }

    /**
     * Builds a new version from the files as they are now and swaps it in; on failure keeps the current one.
     * Either way the listeners and the log are told.
     *
     * @return the rule set now in effect
     * @throws DudaoException why the build failed ({@link RulesException} with file and line for rules,
     *                        parameters and overlays)
     */
    public RuleSetInfo reload() {
        buildLock.lock();
        try {
            return build();
        } finally {
            buildLock.unlock();
        }
    }

    /** A reload asked for by the watcher: skipped when no watched file changed since the last attempt. */
    void reloadIfChanged() {
        buildLock.lock();
        try {
            String now = inputs.fingerprint();
            if (now.equals(lastAttempt)) {
                LOG.debug("rule files unchanged since the last build; not rebuilding");
                return;
            }
            build();
        } catch (DudaoException e) {
            // reported to the listeners and the log by build()
        } finally {
            buildLock.unlock();
        }
    }

    private RuleSetInfo build() {
        lastAttempt = inputs.fingerprint();
        RuleSetInfo old = current.get().ruleSet();
        long start = System.nanoTime();
        Evaluator next;
        try {
            next = inputs.build();
        } catch (DudaoException e) {
            LOG.warn("reloading {} failed; keeping rule set {} {} ({}): {}", inputs.rulesDirectory(), old.id(),
                    old.edition(), old.hash(), e.getMessage());
            failed(e);
            throw e;
        } catch (RuntimeException | LinkageError e) {
            DudaoException why = new DudaoException("internal", "reloading " + inputs.rulesDirectory()
                    + " failed unexpectedly: " + e, e);
            LOG.error("reloading {} failed; keeping rule set {} {} ({})", inputs.rulesDirectory(), old.id(),
                    old.edition(), old.hash(), e);
            failed(why);
            throw why;
        }
        current.set(next);
        RuleSetInfo now = next.ruleSet();
        LOG.info("reloaded rule set {} {} ({}) from {} in {} ms; it replaces {} {} ({})", now.id(), now.edition(),
                now.hash(), inputs.rulesDirectory(), (System.nanoTime() - start) / 1_000_000, old.id(),
                old.edition(), old.hash());
        for (ReloadingEvaluator.Listener l : listeners) {
            try {
                l.reloaded(old, now);
            } catch (RuntimeException e) {
                LOG.warn("reload listener {} failed", l, e);
            }
        }
        return now;
    }

    private void failed(DudaoException why) {
        for (ReloadingEvaluator.Listener l : listeners) {
            try {
                l.reloadFailed(why);
            } catch (RuntimeException e) {
                LOG.warn("reload listener {} failed", l, e);
            }
        }
    }

    /**
     * Starts watching the rule directory and the overlay files; does nothing when already watching.
     *
     * @throws java.io.UncheckedIOException when the file system cannot watch them
     */
    public void watch() {
        synchronized (watchLock) {
            if (watch == null) {
                watch = DirectoryWatch.start(inputs.rulesDirectory(), inputs.overlays(), debounce,
                        this::reloadIfChanged);
            }
        }
    }

    /** Whether the files are being watched. */
    public boolean watching() {
        synchronized (watchLock) {
            return watch != null;
        }
    }

    /** Stops watching, after any background build in progress has finished; idempotent. */
    @Override
    public void close() {
        DirectoryWatch w;
        synchronized (watchLock) {
            w = watch;
            watch = null;
        }
        if (w != null) {
            w.close();
        }
    }

    /** The watch in progress, for tests; {@code null} when not watching. */
    DirectoryWatch watchInProgress() {
        synchronized (watchLock) {
            return watch;
        }
    }
}
