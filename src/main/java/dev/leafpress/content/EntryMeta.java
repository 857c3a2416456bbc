package dev.leafpress.content;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * The front matter of a post or page, checked and typed.
 *
 * @param date     as the author wrote it, in the written offset or the site's timezone; null for an undated page
 * @param updated  when the entry was last changed, as written, or null when not given
 * @param category as written, or null for the site's default category
 * @param author   as written, or null for the site's author
 * @param slug     already made URL-safe
 * @param summary  Markdown, or null
 * @param summaryLine the line where {@code summary} is written (0 without one), for messages about its links
 * @param extra    keys Leafpress does not know, for templates
 * @param aliases  old site paths that redirect here, e.g. {@code 2014/06/old.html} or {@code old/}
 */
public record EntryMeta(
        String title,
        ZonedDateTime date,
        ZonedDateTime updated,
        String category,
        List<String> tags,
        String author,
        String slug,
        String summary,
        int summaryLine,
        boolean draft,
        int order,
        Map<String, Object> extra,
        List<String> aliases) {

    public EntryMeta {
        tags = List.copyOf(tags);
        extra = Map.copyOf(extra);
        aliases = List.copyOf(aliases);
    }
}
