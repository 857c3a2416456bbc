package dev.leafpress.build;

import dev.leafpress.content.ContentFile;
import dev.leafpress.diag.BuildFailure;
import dev.leafpress.diag.Diagnostics;
import dev.leafpress.render.PageRenderer;
import dev.leafpress.render.RenderedPage;
import dev.leafpress.site.ContentLinks;
import dev.leafpress.site.RenderedEntry;
import dev.leafpress.site.Route;
import dev.leafpress.site.Site;
import java.util.List;
import java.util.function.Consumer;

/**
 * A site ready to be written: the model, the pages still to render, the content files to copy
 * and the files made up front (theme, Prism). Used by {@code build}, and by commands that keep
 * the result in memory instead of writing it.
 *
 * @param files    theme files, Prism, feeds, sitemap and robots.txt
 * @param entries  the published posts and pages as parsed, with their links and lines
 * @param links    where each content file lands, for links between posts
 * @param heldBack drafts and scheduled posts left out
 */
public record SiteBuild(Site site, List<Route> routes, PageRenderer renderer, List<ContentFile> assets,
                        List<RenderedPage> files, List<RenderedEntry> entries, ContentLinks links,
                        HeldBack heldBack) {

    public SiteBuild {
        entries = List.copyOf(entries);
        routes = List.copyOf(routes);
        assets = List.copyOf(assets);
        files = List.copyOf(files);
    }

    /** Posts and pages left out because they are drafts. */
    public int draftsHeld() {
        return heldBack.drafts();
    }

    /**
     * Renders every route in parallel and hands each page to {@code sink} (which must be
     * thread-safe); template errors are collected, then thrown together.
     */
    public void renderAll(Consumer<RenderedPage> sink, Diagnostics diagnostics) {
        routes.parallelStream().forEach(route -> {
            try {
                sink.accept(renderer.render(route));
            } catch (BuildFailure failure) {
                diagnostics.addAll(failure.diagnostics());
            }
        });
        diagnostics.throwIfErrors();
    }

    /** How many files writing this build produces. */
    public int fileCount() {
        return routes.size() + assets.size() + files.size();
    }
}
