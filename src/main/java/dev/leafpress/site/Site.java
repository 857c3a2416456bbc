package dev.leafpress.site;

import dev.leafpress.config.SiteConfig;
import java.util.List;

/**
 * The whole site model: posts newest first, pages in navigation order, taxonomies by name.
 * Immutable; templates see it as {@code site} through {@link SiteView}.
 */
public record Site(SiteConfig config, List<Post> posts, List<Page> pages, List<Term> categories,
                   List<Term> tags, List<YearGroup> years) {

    public Site {
        posts = List.copyOf(posts);
        pages = List.copyOf(pages);
        categories = List.copyOf(categories);
        tags = List.copyOf(tags);
        years = List.copyOf(years);
    }
}
