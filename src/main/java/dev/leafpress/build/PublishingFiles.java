package dev.leafpress.build;

import dev.leafpress.content.ContentFile;
import dev.leafpress.render.FeedWriter;
import dev.leafpress.render.RenderedPage;
import dev.leafpress.render.SitemapWriter;
import dev.leafpress.site.FeedPlanner;
import dev.leafpress.site.Route;
import dev.leafpress.site.Site;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The files for readers' and search engines' software: Atom feeds, sitemap.xml, robots.txt. */
final class PublishingFiles {

    private PublishingFiles() {
    }

    /**
     * @param pages  the routes the sitemap lists
     * @param assets content files; a {@code content/robots.txt} replaces the generated one
     * @param now    the build's moment, the {@code updated} time of a feed without posts
     */
    static List<RenderedPage> make(Site site, List<Route> pages, List<ContentFile> assets, Instant now) {
        FeedWriter feeds = new FeedWriter(site.config(), now);
        List<RenderedPage> files = new ArrayList<>(FeedPlanner.plan(site).parallelStream().map(feeds::write).toList());
        files.add(SitemapWriter.sitemap(pages));
        if (assets.stream().noneMatch(a -> a.outputPath().equals(SitemapWriter.ROBOTS))) {
            files.add(SitemapWriter.robots(site.config()));
        }
        return files;
    }
}
