package dev.leafpress.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import dev.leafpress.content.EditorFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches site.yaml, content/, themes/ and templates/ (all folders, new ones as they appear) and
 * hands over one {@link ChangeSet} per burst of events: a save that writes a temporary file and
 * renames it is one burst, so one rebuild. Runs its own thread; the callback runs on it, so
 * rebuilds never overlap and changes made during one are gathered into the next.
 */
final class SiteWatcher implements AutoCloseable {

    private static final long MAX_DELAY_MS = 1000;

    private final Path root;
    private final WatchService service;
    private final WatchedFolders folders;
    private final long quietMs;
    private final Consumer<ChangeSet> onChange;
    private final Thread thread;

    private SiteWatcher(Path root, Duration quiet, Consumer<ChangeSet> onChange) throws IOException {
        this.root = root;
        this.service = root.getFileSystem().newWatchService();
        this.folders = new WatchedFolders(root, service);
        this.quietMs = quiet.toMillis();
        this.onChange = onChange;
        this.thread = new Thread(this::loop, "leafpress-watch");
        this.thread.setDaemon(true);
    }

    /** Starts watching {@code root}; {@code quiet} is how long a burst must be still before it is handed over. */
    static SiteWatcher start(Path root, Duration quiet, Consumer<ChangeSet> onChange) {
        try {
            SiteWatcher watcher = new SiteWatcher(root, quiet, onChange);
            watcher.folders.registerRoot();
            watcher.thread.start();
            return watcher;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + root + ": " + e.getMessage(), e);
        }
    }

    private void loop() {
        Set<String> pending = new HashSet<>();
        boolean overflow = false;
        long firstAt = 0;
        try {
            while (true) {
                long waited = System.currentTimeMillis() - firstAt;
                WatchKey key = pending.isEmpty() && !overflow ? service.take()
                        : service.poll(Math.max(1, Math.min(quietMs, MAX_DELAY_MS - waited)), TimeUnit.MILLISECONDS);
                if (key == null) {
                    deliver(pending, overflow);
                    pending = new HashSet<>();
                    overflow = false;
                    continue;
                }
                if (pending.isEmpty() && !overflow) {
                    firstAt = System.currentTimeMillis();
                }
                overflow |= collect(key, pending);
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    /** Adds the key's events to {@code pending}; true when events were lost. */
    private boolean collect(WatchKey key, Set<String> pending) {
        Path dir = folders.folderOf(key);
        boolean overflow = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || dir == null) {
                overflow = true;
                continue;
            }
            Path child = dir.resolve((Path) event.context());
            String relative = relative(child);
            if (!WatchedFolders.isWatched(relative)) {
                continue;
            }
            pending.add(relative);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(child)) {
                folders.registerTree(child).forEach(p -> pending.add(relative(p)));
            }
        }
        if (!key.reset()) {
            folders.forget(key);
        }
        return overflow;
    }

    private void deliver(Set<String> paths, boolean overflow) {
        if (!overflow && paths.stream().allMatch(EditorFiles::isScratch)) {
            return;
        }
        try {
            onChange.accept(new ChangeSet(paths, overflow));
        } catch (RuntimeException e) {
            // The callback reports build problems itself; this is a bug, and watching goes on.
            System.err.println("leafpress: internal error while rebuilding: " + e);
        }
    }

    private String relative(Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }

    static WatchEvent.Kind<?>[] kinds() {
        return new WatchEvent.Kind<?>[] {ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY};
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException ignored) {
            // Closing is best effort; the thread ends on the closed service either way.
        }
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
