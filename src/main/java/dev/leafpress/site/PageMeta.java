package dev.leafpress.site;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * What a page's {@code <head>} says about it (templates see it as {@code meta}), and what the
 * sitemap lists.
 *
 * @param title        the page's own title, without the site's: "Archives", a post's title
 * @param description  plain text for search results and link previews, or ""
 * @param url          canonical URL: absolute under base_url, root-relative when base_url is not set
 * @param type         Open Graph type: "article" for posts, "website" for every other page
 * @param published    a post's publication time as ISO-8601 with offset, else ""
 * @param modified     a post's last change as ISO-8601 with offset, else ""
 * @param section      a post's category name, else ""
 * @param tags         a post's tag names
 * @param feeds        the Atom feeds to link: the site's first, then this category's or tag's
 * @param lastModified the last change of what the page shows, or null when unknown (sitemap lastmod)
 * @param indexed      false for a page search engines should not list (the 404 page)
 */
public record PageMeta(String title, String description, String url, String type, String published,
                       String modified, String section, List<String> tags, List<FeedLink> feeds,
                       ZonedDateTime lastModified, boolean indexed) {

    public PageMeta {
        tags = List.copyOf(tags);
        feeds = List.copyOf(feeds);
    }
}
