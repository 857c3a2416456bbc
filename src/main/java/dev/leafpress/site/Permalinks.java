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
        return config.permalink().expand(pad(date.getYear(), 4), pad(date.getMonthValue(), 2),
                pad(date.getDayOfMonth(), 2), meta.slug(), category.isEmpty() ? "misc" : category);
    }

    /** As String.format("%0<width>d"), which is slow enough to show in a 10,000-post build. */
    private static String pad(int value, int width) {
        if (value < 0) {
            return String.format("%0" + width + "d", value);
        }
        String digits = Integer.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    /** The file a path is written to: {@code posts/hello/} → {@code posts/hello/index.html}. */
    public static String file(String path) {
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }
}
