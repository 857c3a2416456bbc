package dev.leafpress.site;

import dev.leafpress.config.SiteConfig;
import dev.leafpress.content.EntryKind;
import dev.leafpress.content.EntryMeta;
import dev.leafpress.content.Slugs;

/** Output paths of posts and pages, relative to the site root ({@code posts/hello/}). */
public final class Permalinks {

    private Permalinks() {
    }

    public static String path(EntryKind kind, EntryMeta meta, SiteConfig config) {
        if (kind == EntryKind.PAGE) {
            return meta.slug() + "/";
        }
        var date = meta.date();
        // The same category as the post's category page, so {category} matches /category/NAME/.
        String category = Slugs.slugify(SiteAssembler.categoryName(meta, config));
        return config.permalink().expand(String.format("%04d", date.getYear()),
                String.format("%02d", date.getMonthValue()), String.format("%02d", date.getDayOfMonth()),
                meta.slug(), category.isEmpty() ? "misc" : category);
    }

    /** The file a path is written to: {@code posts/hello/} → {@code posts/hello/index.html}. */
    public static String file(String path) {
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }
}
