package dev.leafpress.build;

import dev.leafpress.content.ContentFile;
import dev.leafpress.render.FeedWriter;
import dev.leafpress.render.RenderedPage;
import dev.leafpress.render.SitemapWriter;
import dev.leafpress.site.Feed;
import dev.leafpress.site.FeedPlanner;
import dev.leafpress.site.Route;
import dev.leafpress.site.Site;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

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
        // The sitemap is made beside the feeds, not after them: it is as long as a few of them.
        List<Supplier<RenderedPage>> makers = new ArrayList<>();
        FeedPlanner.plan(site).forEach(feed -> makers.add(() -> feed(feed, site, feeds, cache)));
        makers.add(() -> cache.published(SitemapWriter.SITEMAP, sitemapInputs(pages), null,
                () -> SitemapWriter.sitemap(pages)));
        List<RenderedPage> files = new ArrayList<>(makers.parallelStream().map(Supplier::get).toList());
        if (assets.stream().noneMatch(a -> a.outputPath().equals(SitemapWriter.ROBOTS))) {
            files.add(SitemapWriter.robots(site.config()));
        }
        return files;
    }

    /** A feed without posts shows the build's time as its last change: it is written anew each time. */
    private static RenderedPage feed(Feed feed, Site site, FeedWriter feeds, EntryCache cache) {
        return feed.posts().isEmpty() ? feeds.write(feed)
                : cache.published(feed.file(), feed, site.config(), () -> feeds.write(feed));
    }

    /** What the sitemap shows of each page: its address, whether it is listed, when it changed. */
    private static List<List<Object>> sitemapInputs(List<Route> pages) {
        return pages.stream().map(r -> java.util.Arrays.<Object>asList(r.meta().url(), r.meta().indexed(),
                r.meta().lastModified())).toList();
    }
}
