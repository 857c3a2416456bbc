package dev.leafpress.site;

import dev.leafpress.content.RenderedMarkdown;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * A published post, complete: everything a template shows about it.
 *
 * @param path     output path relative to the site root, e.g. {@code posts/hello/}
 * @param url      site URL with the base path, e.g. {@code /blog/posts/hello/}
 * @param dateText the date formatted with the site's {@code date_format}, in the zone written
 * @param isoDate  the date as ISO-8601 with offset, for {@code <time datetime>}
 * @param updated  the last change: front matter {@code updated} when given (and not before the date), else the date
 * @param isoUpdated {@code updated} as ISO-8601 with offset
 * @param excerptHtml the excerpt, its page-relative links anchored to {@code url} (it is shown on other pages)
 * @param description the excerpt as plain text, at most about 160 characters, for search results
 * @param source   the file it came from, for messages
 */
public record Post(
        String title,
        String slug,
        String path,
        String url,
        ZonedDateTime date,
        String dateText,
        String isoDate,
        ZonedDateTime updated,
        String isoUpdated,
        String author,
        Term category,
        List<Term> tags,
        String html,
        String excerptHtml,
        String description,
        boolean hasMore,
        boolean draft,
        Map<String, Object> extra,
        String source) {

    public Post {
        tags = List.copyOf(tags);
        extra = Map.copyOf(extra);
    }

    /** This post with another rendered body: its HTML, excerpt, description and "Read more". */
    public Post withBody(RenderedMarkdown body) {
        return new Post(title, slug, path, url, date, dateText, isoDate, updated, isoUpdated, author, category, tags,
                body.html(), AbsoluteLinks.anchored(body.excerptHtml(), url), body.description(), body.hasMore(), draft, extra, source);
    }

    public int year() {
        return date.getYear();
    }
}
