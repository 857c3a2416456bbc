package dev.leafpress.build;

import dev.leafpress.config.ConfigLoader;
import dev.leafpress.diag.BuildFailure;
import dev.leafpress.diag.Diagnostics;
import dev.leafpress.diag.SourcePos;
import dev.leafpress.output.BuildLock;
import dev.leafpress.output.OutputGuard;
import dev.leafpress.output.OutputPatch;
import dev.leafpress.output.StagedOutput;
import dev.leafpress.render.RenderedPage;
import java.util.Map;
import java.util.Optional;

/** {@code leafpress build}: prepares the site, renders every page in parallel, swaps the output in. */
public final class BuildPipeline {

    private BuildPipeline() {
    }

    /** Builds the site without the persistent cache; throws {@link BuildFailure} with every problem found. */
    public static BuildResult run(BuildOptions options) {
        long start = System.nanoTime();
        try (BuildLock lock = BuildLock.acquire(options.output(), System.err)) {
            return run(options.withOutput(OutputGuard.writtenFolder(options.output())), start, EntryCache.NONE);
        }
    }

    /**
     * As {@link #run(BuildOptions)}, with the persistent cache in {@code .leafpress/cache/}: skips
     * the build when nothing changed, reuses the Markdown of unchanged files, and records this build.
     */
    public static BuildResult runCached(BuildOptions given) {
        long start = System.nanoTime();
        try (BuildLock lock = BuildLock.acquire(given.output(), System.err)) {
            return runCached(given.withOutput(OutputGuard.writtenFolder(given.output())), start);
        }
    }

    private static BuildResult runCached(BuildOptions options, long start) {
        StagedOutput.recover(options.output());
        BuildCache cache = BuildCache.open(options);
        Trace.phase("cache open");
        Optional<BuildResult> same = cache.unchanged((System.nanoTime() - start) / 1_000_000);
        if (same.isPresent()) {
            OutputGuard.check(options.siteRoot(), options.output(), options.force());
            return same.get();
        }
        Diagnostics diagnostics = new Diagnostics();
        SiteBuild build = SiteBuilder.prepare(options, diagnostics, cache.entries());
        OutputGuard.check(options.siteRoot(), options.output(), options.force());
        CachedWrite writer = new CachedWrite(options, build, diagnostics, cache.fingerprints(build.renderer().site()));
        Trace.phase("fingerprints");
        Map<String, PageRecord> pages = cache.intactOutput().map(previous -> writer.patch(previous, cache.outputFiles()))
                .orElseGet(writer::staged);
        Trace.phase("render+write");
        BuildResult result = finish(build, start, diagnostics);
        cache.save(result, pages, writer.change());
        Trace.phase("cache save");
        return result;
    }

    private static BuildResult run(BuildOptions options, long start, EntryCache cache) {
        StagedOutput.recover(options.output());
        Diagnostics diagnostics = new Diagnostics();
        SiteBuild build = SiteBuilder.prepare(options, diagnostics, cache);
        OutputGuard.check(options.siteRoot(), options.output(), options.force());
        write(options, build, diagnostics);
        return finish(build, start, diagnostics);
    }

    private static BuildResult finish(SiteBuild build, long start, Diagnostics diagnostics) {
        warnIfNoBaseUrl(build, diagnostics);
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new BuildResult(build.site().posts().size(), build.site().pages().size(), build.heldBack(),
                build.fileCount(), millis, diagnostics.sorted());
    }

    /** Once per build, and only for a build that worked: a failed one has more pressing news. */
    private static void warnIfNoBaseUrl(SiteBuild build, Diagnostics diagnostics) {
        if (build.site().config().baseUrl().isEmpty()) {
            diagnostics.warning(SourcePos.of(ConfigLoader.FILE_NAME), "base_url is not set, so feeds, sitemap.xml"
                    + " and canonical links use site-relative URLs that feed readers and search engines may"
                    + " reject; set base_url in site.yaml or pass --base-url");
        }
    }

    private static void write(BuildOptions options, SiteBuild build, Diagnostics diagnostics) {
        try (StagedOutput staged = StagedOutput.open(options.output())) {
            build.renderAll(page -> staged.write(page.file(), page.bytes()), diagnostics);
            build.assets().forEach(a -> staged.copy(a.path(), a.outputPath()));
            build.files().forEach(f -> staged.write(f.file(), f.bytes()));
            staged.commit();
        }
        OutputPatch.discardLeftover(options.output());
    }
}
