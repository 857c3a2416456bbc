package dev.leafpress.build;

import dev.leafpress.diag.BuildFailure;
import dev.leafpress.diag.Diagnostics;
import dev.leafpress.output.OutputGuard;
import dev.leafpress.output.OutputPatch;
import dev.leafpress.output.StagedOutput;
import dev.leafpress.render.RenderedPage;
import dev.leafpress.site.Route;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a build with the persistent cache. With the previous output intact, patches it: renders
 * only the pages whose digest changed and replaces only files whose bytes changed. Otherwise
 * writes everything through a staging folder, as an uncached build does. Either way it returns
 * each page's record for the next build.
 */
final class CachedWrite {

    private final BuildOptions options;
    private final SiteBuild build;
    private final Diagnostics diagnostics;
    private final Fingerprints prints;
    private final Map<String, PageRecord> records = new ConcurrentHashMap<>();
    private OutputChange change;

    /**
     * What a build did to the output: the files it wrote and those it deleted; {@code whole} when
     * it replaced the output, so that the written files are all there is.
     */
    record OutputChange(boolean whole, List<String> written, Set<String> removed) {
    }

    CachedWrite(BuildOptions options, SiteBuild build, Diagnostics diagnostics, Fingerprints prints) {
        this.options = options;
        this.build = build;
        this.diagnostics = diagnostics;
        this.prints = prints;
    }

    /** Writes every file through a staging folder. */
    Map<String, PageRecord> staged() {
        try (StagedOutput staged = StagedOutput.open(options.output())) {
            build.routes().parallelStream().forEach(route -> render(route).ifPresent(p -> staged.write(p.file(), p.bytes())));
            diagnostics.throwIfErrors();
            build.assets().forEach(a -> staged.copy(a.path(), a.outputPath()));
            build.files().forEach(f -> staged.write(f.file(), f.bytes()));
            staged.commit();
            change = new OutputChange(true, staged.written(), Set.of());
        }
        OutputPatch.discardLeftover(options.output());
        return Map.copyOf(records);
    }

    /** Changes the previous output, whose files are {@code previousFiles}, into this build's. */
    Map<String, PageRecord> patch(Map<String, PageRecord> previous, Set<String> previousFiles) {
        try (OutputPatch patch = OutputPatch.open(options.output())) {
            build.routes().parallelStream().forEach(route -> {
                PageRecord old = previous.get(route.file());
                if (old != null && old.fingerprint().equals(fingerprint(route, old.siteFields()))) {
                    records.put(route.file(), old);
                } else {
                    render(route).ifPresent(p -> writeIfChanged(patch, p.file(), p.bytes()));
                }
            });
            diagnostics.throwIfErrors();
            build.assets().forEach(a -> writeIfChanged(patch, a.outputPath(), read(a.path())));
            build.files().forEach(f -> writeIfChanged(patch, f.file(), f.bytes()));
            Set<String> removed = new HashSet<>(previousFiles);
            removed.remove(OutputGuard.MARKER);
            build.routes().forEach(r -> removed.remove(r.file()));
            build.assets().forEach(a -> removed.remove(a.outputPath()));
            build.files().forEach(f -> removed.remove(f.file()));
            change = new OutputChange(false, patch.commit(removed), Set.copyOf(removed));
        }
        return Map.copyOf(records);
    }

    /** What {@link #patch} or {@link #staged} did to the output; empty before either. */
    Optional<OutputChange> change() {
        return Optional.ofNullable(change);
    }

    private Optional<RenderedPage> render(Route route) {
        Set<String> fieldsRead = ConcurrentHashMap.newKeySet();
        try {
            RenderedPage page = build.renderer().render(route, fieldsRead);
            String print = fingerprint(route, fieldsRead);
            if (print != null) {
                records.put(route.file(), new PageRecord(List.copyOf(new java.util.TreeSet<>(fieldsRead)), print));
            }
            return Optional.of(page);
        } catch (BuildFailure failure) {
            diagnostics.addAll(failure.diagnostics());
            return Optional.empty();
        }
    }

    /** The page's digest, or null when its variables hold a value the digest does not know. */
    private String fingerprint(Route route, Set<String> fieldsRead) {
        try {
            return prints.of(route, fieldsRead);
        } catch (Fingerprints.Unknown unknown) {
            return null;
        }
    }

    private String fingerprint(Route route, List<String> fieldsRead) {
        return fingerprint(route, Set.copyOf(fieldsRead));
    }

    private static void writeIfChanged(OutputPatch patch, String file, byte[] bytes) {
        if (!Arrays.equals(patch.current(file), bytes)) {
            patch.write(file, bytes);
        }
    }

    private static byte[] read(java.nio.file.Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
