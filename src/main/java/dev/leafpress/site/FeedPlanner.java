package dev.leafpress.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Decides the Atom feeds: {@code feed.xml} for the site, and one per category and per tag. */
public final class FeedPlanner {

    public static final String SITE_FEED = "feed.xml";

    private FeedPlanner() {
    }

    public static List<Feed> plan(Site site) {
        List<Feed> feeds = new ArrayList<>();
        feeds.add(siteFeed(site));
        addTermFeeds("category", site.categories(), site, feeds);
        addTermFeeds("tag", site.tags(), site, feeds);
        return feeds;
    }

    public static Feed siteFeed(Site site) {
        return new Feed(site.config().title(), SITE_FEED, "", newest(site.posts(), site));
    }

    /** The feed of one category ({@code kind} "category") or tag ("tag"). */
    public static Feed termFeed(String kind, Term term, List<Post> posts, Site site) {
        String path = kind + "/" + term.slug() + "/";
        String label = kind.equals("category") ? "Category" : "Tag";
        return new Feed(site.config().title() + " — " + label + ": " + term.name(), path + SITE_FEED, path,
                newest(posts, site));
    }

    private static void addTermFeeds(String kind, List<Term> terms, Site site, List<Feed> feeds) {
        Map<String, List<Post>> postsBySlug = TermPosts.of(kind, site.posts());
        for (Term term : terms) {
            feeds.add(termFeed(kind, term, postsBySlug.getOrDefault(term.slug(), List.of()), site));
        }
    }

    private static List<Post> newest(List<Post> newestFirst, Site site) {
        return newestFirst.subList(0, Math.min(newestFirst.size(), site.config().feed().size()));
    }
}
