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
     * @param cache  gives back a feed or the sitemap when what it shows is unchanged (serve)
     */
    static List<RenderedPage> make(Site site, List<Route> pages, List<ContentFile> assets, Instant now,
                                   EntryCache cache) {
        FeedWriter feeds = new FeedWriter(site.config(), now);
        List<RenderedPage> files = new ArrayList<>(FeedPlanner.plan(site).parallelStream()
                .map(feed -> cache.reuse(feed.file(), List.of(feed, site.config()), () -> feeds.write(feed)))
                .toList());
        files.add(cache.reuse(SitemapWriter.SITEMAP, sitemapInputs(pages), () -> SitemapWriter.sitemap(pages)));
        if (assets.stream().noneMatch(a -> a.outputPath().equals(SitemapWriter.ROBOTS))) {
            files.add(SitemapWriter.robots(site.config()));
        }
        return files;
    }

    /** What the sitemap shows of each page: its address, whether it is listed, when it changed. */
    private static List<List<Object>> sitemapInputs(List<Route> pages) {
        return pages.stream().map(r -> java.util.Arrays.<Object>asList(r.meta().url(), r.meta().indexed(),
                r.meta().lastModified())).toList();
    }
}
