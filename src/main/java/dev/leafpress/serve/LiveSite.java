package dev.leafpress.serve;

import dev.leafpress.diag.Diagnostic;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The site being served. Publishing a build swaps in a whole new snapshot at once (so requests see
 * the old site or the new one), keeps the very same bytes for files that did not change, and says
 * what open tabs must do: nothing, swap stylesheets, or reload.
 */
final class LiveSite {

    /** What browsers must do after a publish. */
    enum Effect { NONE, STYLES, RELOAD }

    private final AtomicReference<SiteSnapshot> current;
    private final Path siteRoot;
    /**
     * Versions start from the server's start time, not 1: a tab left open across a restart
     * then holds a version the new server never had, and reloads when it reconnects.
     */
    private final long startVersion = System.currentTimeMillis();

    LiveSite(Path siteRoot, String basePath) {
        this.siteRoot = siteRoot;
        this.current = new AtomicReference<>(SiteSnapshot.empty(startVersion, basePath));
    }

    /** True for the version of the first build this server published. */
    boolean isFirstVersion(long version) {
        return version == startVersion + 1;
    }

    SiteSnapshot current() {
        return current.get();
    }

    /** Publishes a good build; {@code changes} tells which content assets were edited. */
    Effect publish(String basePath, Map<String, byte[]> files, Map<String, Path> assets, ChangeSet changes) {
        SiteSnapshot old = current.get();
        Map<String, byte[]> kept = new HashMap<>(files.size() * 2);
        Set<String> changed = new HashSet<>();
        files.forEach((path, bytes) -> {
            byte[] before = old.files().get(path);
            boolean same = before == bytes || before != null && Arrays.equals(before, bytes);
            kept.put(path, same ? before : bytes);
            if (!same) {
                changed.add(path);
            }
        });
        old.files().keySet().stream().filter(p -> !files.containsKey(p)).forEach(changed::add);
        assets.forEach((path, source) -> {
            if (!source.equals(old.assets().get(path)) || changes.everything()
                    || changes.paths().contains(siteRoot.relativize(source).toString().replace('\\', '/'))) {
                changed.add(path);
            }
        });
        old.assets().keySet().stream().filter(p -> !assets.containsKey(p)).forEach(changed::add);
        boolean clearsErrors = !old.errors().isEmpty() || !basePath.equals(old.basePath());
        if (changed.isEmpty() && !clearsErrors) {
            return Effect.NONE;
        }
        current.set(SiteSnapshot.of(old.version() + 1, basePath, kept, assets));
        boolean stylesOnly = !clearsErrors && changed.stream().allMatch(p -> p.endsWith(".css"));
        return stylesOnly ? Effect.STYLES : Effect.RELOAD;
    }

    /** Keeps serving the last good site, with {@code errors} over every page. */
    Effect fail(List<Diagnostic> errors) {
        SiteSnapshot old = current.get();
        if (old.errors().equals(errors)) {
            return Effect.NONE;
        }
        current.set(old.withErrors(old.version() + 1, errors));
        return Effect.RELOAD;
    }
}
