package io.dudao.internal.reload;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a rule directory (recursively: the manifest and the standard folders) and a list of overlay
 * files with a {@link WatchService}, and runs {@code onChange} on a background thread once a burst of
 * changes has been quiet for the debounce interval (editors and deployments write several files, or one
 * file several times). A burst that never quietens still triggers a build after ten debounce intervals.
 *
 * <p>Two daemon threads: {@code dudao-reload-watch} takes events, {@code dudao-reload-build} runs the
 * debounced builds one at a time. Folders created inside the rule directory are watched as they appear;
 * the rule directory itself is watched for being replaced (deleted and created again), and overlay files
 * through their folders, filtered by name.
 *
 * <p>Platform note: on Linux the JDK's watch service is event-driven (inotify) and reacts at once; where
 * the JDK falls back to polling (macOS), changes are seen after its poll interval, several seconds.
 */
final class DirectoryWatch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DirectoryWatch.class);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Path root;
    /** Folders outside the rule tree that are watched for some of their entries only: folder → names. */
    private final Map<Path, Set<String>> named = new HashMap<>();
    private final Map<WatchKey, Path> keys = new ConcurrentHashMap<>();
    private final WatchService service;
    private final long debounceNanos;
    private final long maxDelayNanos;
    private final Runnable onChange;
    private final ScheduledExecutorService builds;
    private final Thread watcher;
    private volatile Thread buildThread;
    private volatile boolean closed;
    /** Guarded by {@code this}. */
    private ScheduledFuture<?> pending;
    /** When the current burst of changes began; guarded by {@code this}. */
    private long burstStart;
    private final AtomicInteger triggered = new AtomicInteger();

    private DirectoryWatch(Path root, List<Path> overlays, Duration debounce, Runnable onChange) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.debounceNanos = Math.max(0, debounce.toNanos());
        this.maxDelayNanos = Math.max(debounceNanos * 10, TimeUnit.MILLISECONDS.toNanos(100));
        this.onChange = onChange;
        this.service = this.root.getFileSystem().newWatchService();
        int n = SEQUENCE.incrementAndGet();
        this.builds = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dudao-reload-build-" + n);
            t.setDaemon(true);
            buildThread = t;
            return t;
        });
        try {
            registerTree(this.root);
            Path parent = this.root.getParent();
            if (parent != null) {
                named.computeIfAbsent(parent, p -> new HashSet<>()).add(this.root.getFileName().toString());
            }
            for (Path o : overlays) {
                Path file = o.toAbsolutePath().normalize();
                if (!file.startsWith(this.root) && file.getParent() != null) {
                    named.computeIfAbsent(file.getParent(), p -> new HashSet<>()).add(file.getFileName().toString());
                }
            }
            for (Path folder : named.keySet()) {
                if (!folder.startsWith(this.root) && Files.isDirectory(folder)) {
                    keys.put(folder.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), folder);
                }
            }
        } catch (IOException | RuntimeException e) {
            service.close();
            builds.shutdownNow();
            throw e;
        }
        this.watcher = new Thread(this::loop, "dudao-reload-watch-" + n);
        this.watcher.setDaemon(true);
    }

    /**
     * Starts watching {@code root} and {@code overlays}.
     *
     * @throws UncheckedIOException when the file system cannot watch them
     */
    static DirectoryWatch start(Path root, List<Path> overlays, Duration debounce, Runnable onChange) {
        try {
            DirectoryWatch w = new DirectoryWatch(root, overlays, debounce, onChange);
            w.watcher.start();
            LOG.debug("watching {} ({} folders) and overlays {}", w.root, w.keys.size(), overlays);
            return w;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch the rule directory " + root + ": " + e.getMessage(), e);
        }
    }

    private void registerTree(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> folders;
        try (Stream<Path> s = Files.walk(dir)) {
            folders = s.filter(p -> Files.isDirectory(p)).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (Path f : folders) {
            try {
                keys.put(f.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), f);
            } catch (java.nio.file.NoSuchFileException e) {
                // removed again meanwhile; its parent's event schedules a build anyway
            }
        }
    }

    private void loop() {
        while (!closed) {
            WatchKey key;
            try {
                key = service.take();
            } catch (ClosedWatchServiceException | InterruptedException e) {
                return;
            }
            Path dir = keys.get(key);
            boolean relevant = false;
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.kind() == OVERFLOW || dir == null) {
                    relevant = true;
                    continue;
                }
                Path child = dir.resolve((Path) event.context());
                if (child.startsWith(root)) {
                    relevant = true;
                    if (event.kind() == ENTRY_CREATE && Files.isDirectory(child)) {
                        try {
                            registerTree(child);
                        } catch (IOException | RuntimeException e) {
                            LOG.warn("cannot watch the new folder {}: {}", child, e.toString());
                        }
                    }
                } else if (named.getOrDefault(dir, Set.of()).contains(child.getFileName().toString())) {
                    relevant = true;
                }
                LOG.trace("{} {}", event.kind(), child);
            }
            if (!key.reset()) {
                keys.remove(key);
            }
            if (relevant) {
                schedule();
            }
        }
    }

    /** (Re)starts the quiet period: the build runs once no change has come for the debounce interval. */
    private synchronized void schedule() {
        if (closed) {
            return;
        }
        long now = System.nanoTime();
        if (pending == null || pending.isDone()) {
            burstStart = now;
        } else {
            pending.cancel(false);
        }
        long delay = Math.min(debounceNanos, Math.max(0, burstStart + maxDelayNanos - now));
        pending = builds.schedule(this::fire, delay, TimeUnit.NANOSECONDS);
    }

    private void fire() {
        if (closed) {
            return;
        }
        triggered.incrementAndGet();
        try {
            onChange.run();
        } catch (RuntimeException | Error e) {
            LOG.error("background reload of {} failed", root, e);
        }
    }

    /** How many debounced builds have been triggered so far, for tests. */
    int triggered() {
        return triggered.get();
    }

    /** The thread that takes events, for tests. */
    Thread watcherThread() {
        return watcher;
    }

    /**
     * Stops watching; a build already running is allowed to finish first (unless this is called from that
     * build, e.g. by a listener), so that no listener is called after this returns.
     */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            if (pending != null) {
                pending.cancel(false);
            }
        }
        try {
            service.close();
        } catch (IOException e) {
            LOG.debug("closing the watch service of {}", root, e);
        }
        builds.shutdown();
        if (Thread.currentThread() != buildThread && Thread.currentThread() != watcher) {
            try {
                if (!builds.awaitTermination(5, TimeUnit.MINUTES)) {
                    LOG.warn("a background build of {} is still running", root);
                }
                watcher.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
