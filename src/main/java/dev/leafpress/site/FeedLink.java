package dev.leafpress.site;

/**
 * A feed as a page's {@code <link rel="alternate" type="application/atom+xml">} shows it.
 *
 * @param url the feed's URL with the base path, e.g. {@code /blog/tag/redis/feed.xml}
 */
public record FeedLink(String title, String url) {
}
