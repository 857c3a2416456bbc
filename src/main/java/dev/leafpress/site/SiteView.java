package dev.leafpress.site;

import java.util.List;
import java.util.Map;

/** What templates see as {@code site}: the settings authors set, and the site's lists. */
public record SiteView(String title, String description, String author, String language, String baseUrl,
                       String basePath, String github, List<Page> pages, List<Term> categories,
                       List<Term> tags, List<Post> posts, Map<String, Object> extra) {

    public static SiteView of(Site site) {
        var c = site.config();
        return new SiteView(c.title(), c.description(), c.author(), c.language(), c.baseUrl(), c.basePath(),
                c.github(), site.pages(), site.categories(), site.tags(), site.posts(), c.extra());
    }
}
