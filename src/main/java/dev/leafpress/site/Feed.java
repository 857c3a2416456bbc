package dev.leafpress.site;

import java.util.List;

/**
 * One Atom feed to write: the site's, or a category's or tag's.
 *
 * @param file     site-relative output file, e.g. {@code feed.xml} or {@code tag/redis/feed.xml}
 * @param pagePath site-relative path of the HTML page the feed follows, e.g. "" or {@code tag/redis/}
 * @param posts    the newest posts, newest first, at most {@code feed.size}
 */
public record Feed(String title, String file, String pagePath, List<Post> posts) {

    public Feed {
        posts = List.copyOf(posts);
    }

    public FeedLink link(String basePath) {
        return new FeedLink(title, basePath + file);
    }
}
