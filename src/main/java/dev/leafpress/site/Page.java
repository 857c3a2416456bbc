package dev.leafpress.site;

import java.time.ZonedDateTime;
import java.util.Map;

/**
 * A standalone page such as "About", linked from the navigation in {@code order}.
 *
 * @param updated     front matter {@code updated}, else {@code date}, else null: for the sitemap
 * @param description the summary or opening words as plain text, for search results
 */
public record Page(String title, String slug, String path, String url, String html, String description,
                   ZonedDateTime updated, int order, Map<String, Object> extra, String source) {

    public Page {
        extra = Map.copyOf(extra);
    }
}
