package dev.leafpress.build;

import dev.leafpress.content.ContentFile;
import dev.leafpress.render.PageRenderer;
import dev.leafpress.render.RenderedPage;
import dev.leafpress.site.RenderedEntry;
import dev.leafpress.site.Route;
import dev.leafpress.site.Site;
import java.util.List;

/**
 * A site ready to be written: the model, the pages still to render, the content files to copy
 * and the files made up front (theme, Prism). Used by {@code build}, and by commands that keep
 * the result in memory instead of writing it.
 *
 * @param entries    the published posts and pages as parsed, with their links and lines
 * @param draftsHeld posts and pages left out because they are drafts
 */
public record SiteBuild(Site site, List<Route> routes, PageRenderer renderer, List<ContentFile> assets,
                        List<RenderedPage> files, List<RenderedEntry> entries, int draftsHeld) {

    public SiteBuild {
        entries = List.copyOf(entries);
        routes = List.copyOf(routes);
        assets = List.copyOf(assets);
        files = List.copyOf(files);
    }

    /** How many files writing this build produces. */
    public int fileCount() {
        return routes.size() + assets.size() + files.size();
    }
}
