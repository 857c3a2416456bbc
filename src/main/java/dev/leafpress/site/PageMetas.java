package dev.leafpress.site;

import dev.leafpress.config.SiteConfig;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Makes the {@link PageMeta} of each kind of page of one site. */
final class PageMetas {

    private final SiteConfig config;
    private final FeedLink siteFeed;
    /** Every page of a listing shares its list; one scan per list keeps planning linear. */
    private final Map<List<Post>, ZonedDateTime> lastChanges = new IdentityHashMap<>();

    PageMetas(Site site) {
        this.config = site.config();
        this.siteFeed = FeedPlanner.siteFeed(site).link(config.basePath());
    }

    PageMeta post(Post post) {
        return new PageMeta(post.title(), orSiteDescription(post.description()), config.absoluteUrl(post.path()),
                "article", post.isoDate(), post.isoUpdated(), post.category().name(),
                post.tags().stream().map(Term::name).toList(), List.of(siteFeed), post.updated(), true);
    }

    PageMeta page(Page page) {
        return website(page.title(), orSiteDescription(page.description()), page.path(), List.of(), page.updated());
    }

    /** A list of posts (home, archives, a category's or tag's pages); changes with its newest post. */
    PageMeta listing(String title, String path, List<Post> posts, List<FeedLink> ownFeeds) {
        return website(title, config.description(), path, ownFeeds,
                lastChanges.computeIfAbsent(posts, PageMetas::lastChange));
    }

    PageMeta notFound(String path) {
        return new PageMeta("Page not found", "", config.absoluteUrl(path), "website", "", "", "", List.of(),
                List.of(siteFeed), null, false);
    }

    private PageMeta website(String title, String description, String path, List<FeedLink> ownFeeds,
                             ZonedDateTime lastModified) {
        List<FeedLink> feeds = new ArrayList<>(List.of(siteFeed));
        feeds.addAll(ownFeeds);
        return new PageMeta(title, description, config.absoluteUrl(path), "website", "", "", "", List.of(), feeds,
                lastModified, true);
    }

    private String orSiteDescription(String description) {
        return description.isBlank() ? config.description() : description;
    }

    /** The latest {@code updated}, the first of equal instants (as a max by instant); each converted once. */
    private static ZonedDateTime lastChange(List<Post> posts) {
        ZonedDateTime latest = null;
        long second = 0;
        int nano = 0;
        for (Post post : posts) {
            ZonedDateTime updated = post.updated();
            long s = updated.toEpochSecond();
            int n = updated.getNano();
            if (latest == null || s > second || s == second && n > nano) {
                latest = updated;
                second = s;
                nano = n;
            }
        }
        return latest;
    }
}
