package dev.leafpress.site;

import java.util.Map;

/** A standalone page such as "About", linked from the navigation in {@code order}. */
public record Page(String title, String slug, String path, String url, String html, int order,
                   Map<String, Object> extra, String source) {

    public Page {
        extra = Map.copyOf(extra);
    }
}
