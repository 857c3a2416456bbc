package dev.leafpress.build;

import dev.leafpress.config.SiteConfig;
import dev.leafpress.diag.Diagnostics;
import dev.leafpress.render.Theme;
import dev.leafpress.output.OutputPatch;
import dev.leafpress.site.SiteView;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The persistent cache of one {@code build}: lets an unchanged site skip the build, and a
 * changed one reuse the Markdown renders of unchanged files. Any doubt (another version,
 * options, site.yaml or theme; a file that cannot be read) means a full build, never a failure.
 */
final class BuildCache {

    private final BuildOptions options;
    private final String key;
    private final Optional<CacheFile> previous;
    private final Optional<Map<String, FileStamps.Stamp>> contentBefore;
    private final Optional<Map<String, FileStamps.Stamp>> outputBefore;
    private Map<String, CachedBody> previousBodies = Map.of();
    private PersistentEntryCache entries;

    private BuildCache(BuildOptions options, String key, Optional<CacheFile> previous, Stamps stamps) {
        this.options = options;
        this.key = key;
        this.previous = previous;
        this.contentBefore = key == null ? Optional.empty() : stamps.content().join();
        this.outputBefore = previous.isEmpty() || Files.exists(OutputPatch.leftover(options.output())) ? Optional.empty()
                : previous.get().outputStamps().filter(o -> FileStamps.same(options.output(), o.files(), o.folders()))
                        .map(CacheFile.OutputStamps::files);
    }

    /** The stamps of content/, taken while the cache file is read. */
    private record Stamps(CompletableFuture<Optional<Map<String, FileStamps.Stamp>>> content) {

        static Stamps take(BuildOptions options) {
            return new Stamps(CompletableFuture.supplyAsync(() -> FileStamps.of(options.siteRoot().resolve("content"))));
        }
    }

    static BuildCache open(BuildOptions options) {
        Stamps stamps = Stamps.take(options);
        try {
            Diagnostics quiet = new Diagnostics();
            SiteConfig config = SiteBuilder.loadConfig(options, quiet);
            if (quiet.hasErrors()) {
                return new BuildCache(options, null, Optional.empty(), stamps);
            }
            String key = CacheKey.of(options, Theme.locate(options.siteRoot(), config.theme()));
            return new BuildCache(options, key, CacheFile.read(options.siteRoot()).filter(c -> c.key().equals(key)),
                    stamps);
        } catch (RuntimeException noCache) {
            return new BuildCache(options, null, Optional.empty(), stamps);
        }
    }

    /** The last build's result when nothing it read or wrote has changed since. */
    Optional<BuildResult> unchanged(long millis) {
        return previous.filter(CacheFile::reusable).filter(c -> outputBefore.isPresent())
                .filter(c -> contentBefore.isPresent() && c.sameContent(contentBefore.get()))
                .map(c -> new BuildResult(c.summary().posts(), c.summary().pages(), c.summary().heldBack(),
                        c.summary().filesWritten(), millis, java.util.List.of()));
    }

    /** Whether the content-relative {@code file} has the size and time it had in the last build. */
    private boolean unchanged(String file) {
        FileStamps.Stamp now = contentBefore.map(c -> c.get(file)).orElse(null);
        return now != null && previous.flatMap(CacheFile::details).map(d -> now.equals(d.content().get(file)))
                .orElse(false);
    }

    /**
     * The Markdown and front matter cache of this build; the last build's are read on first use,
     * its front matter only when content/ lists the same files.
     */
    PersistentEntryCache entries() {
        if (entries == null) {
            CompletableFuture<Map<String, CachedParses.Parse>> parses = CompletableFuture.supplyAsync(
                    () -> sameListing() ? CachedParses.read(options.siteRoot(), key) : Map.of());
            previousBodies = previous.isEmpty() ? Map.of() : BodyShards.read(options.siteRoot(), key);
            Map<String, String> published = previous.flatMap(CacheFile::details).map(CacheFile.Details::published)
                    .orElse(Map.of());
            entries = new PersistentEntryCache(previousBodies, parses.join(), this::unchanged, published,
                    this::previousOutput);
        }
        return entries;
    }

    /** The bytes of the output's {@code file} as the last build left it; empty when it is not intact. */
    private Optional<byte[]> previousOutput(String file) {
        if (intactOutput().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(options.output().resolve(file)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether content/ holds the same files, by name, as in the last build. */
    private boolean sameListing() {
        return contentBefore.isPresent() && previous.flatMap(CacheFile::details)
                .map(d -> d.content().keySet().equals(contentBefore.get().keySet())).orElse(false);
    }

    /** The digests of this build's pages, with post bodies represented by their Markdown's digest. */
    Fingerprints fingerprints(SiteView site) {
        PersistentEntryCache bodies = entries();
        return new Fingerprints(site, bodies::bodyDigest, bodies.shownDigests());
    }

    /** The last build's page records when its output is still exactly as that build left it. */
    Optional<Map<String, PageRecord>> intactOutput() {
        return outputBefore.flatMap(o -> previous.flatMap(CacheFile::details)).map(CacheFile.Details::pages);
    }

    /** The files of the output before this build (valid with {@link #intactOutput()}). */
    Set<String> outputFiles() {
        return outputBefore.map(Map::keySet).orElse(Set.of());
    }

    /**
     * The output's stamps after this build: those it had before (none when the build replaced
     * it), with the written files stamped again and the removed ones gone. Stamping only those
     * instead of walking through the whole output again saved a build of 10,000 posts the
     * reading of its 12,000 folders.
     */
    private Optional<Map<String, FileStamps.Stamp>> changedOutput(CachedWrite.OutputChange change) {
        if (!change.whole() && outputBefore.isEmpty()) {
            return Optional.empty();
        }
        Map<String, FileStamps.Stamp> after = new java.util.concurrent.ConcurrentHashMap<>(
                change.whole() ? Map.of() : outputBefore.get());
        after.keySet().removeAll(change.removed());
        boolean allStamped = change.written().parallelStream().allMatch(file -> {
            java.nio.file.Path path = options.output().resolve(file);
            Optional<FileStamps.Stamp> stamp = FileStamps.ofFile(path);
            stamp.ifPresent(s -> after.put(options.output().relativize(path).toString(), s));
            return stamp.isPresent();
        });
        return allStamped ? Optional.of(Map.copyOf(after)) : Optional.empty();
    }

    /** Records a successful build; a cache that cannot be written is left out, not an error. */
    void save(BuildResult result, Map<String, PageRecord> pages, Optional<CachedWrite.OutputChange> change) {
        if (key == null || contentBefore.isEmpty()) {
            return;
        }
        boolean clockFree = result.posts() > 0 && (options.future() || result.heldBack().scheduled() == 0);
        boolean reusable = clockFree && result.warnings().isEmpty();
        try {
            // A walk through the whole output only when this build's record of its files falls short.
            Map<String, FileStamps.Stamp> output = change.flatMap(this::changedOutput)
                    .or(() -> FileStamps.of(options.output())).orElse(Map.of());
            // Written only now, once the build worked: the renders and front matter of a failed
            // build's files, kept under the last good build's stamps, could be taken for a file
            // put back as it was then.
            BodyShards.write(options.siteRoot(), key, entries().bodies(), previousBodies);
            if (!entries().parsesAsBefore()) {
                CachedParses.write(options.siteRoot(), key, entries().parses());
            }
            Map<String, Long> folders = FileStamps.folders(options.output(), output.keySet()).orElse(null);
            if (folders == null || output.isEmpty()) {
                return; // without them, the next build could not tell the output is as this one left it
            }
            new CacheFile(key, reusable, result,
                    new CacheFile.Details(contentBefore.get(), output, folders, pages, entries().published()))
                    .write(options.siteRoot());
        } catch (IOException | RuntimeException e) {
            // The next build is a full one; this one worked.
        }
    }
}
