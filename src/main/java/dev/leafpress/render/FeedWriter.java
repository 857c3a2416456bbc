package dev.leafpress.render;

import dev.leafpress.config.SiteConfig;
import dev.leafpress.site.AbsoluteLinks;
import dev.leafpress.site.Feed;
import dev.leafpress.site.Post;
import dev.leafpress.site.Term;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes an Atom feed (RFC 4287). Every URL in it is absolute under the base URL, links inside
 * post HTML included (site-relative when no base URL is set: the build warns about that); an
 * entry's id is its post's URL, so it stays the same from build to build.
 */
public final class FeedWriter {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final SiteConfig config;
    private final ZonedDateTime buildTime;
    /** A post appears in up to seven feeds (site, category, tags); its content is made once. */
    private final Map<String, String> absoluteHtml = new ConcurrentHashMap<>();

    /** @param buildTime the build's moment: the {@code updated} of a feed with no entries */
    public FeedWriter(SiteConfig config, Instant buildTime) {
        this.config = config;
        this.buildTime = buildTime.atZone(config.timezone());
    }

    public RenderedPage write(Feed feed) {
        String selfUrl = config.absoluteUrl(feed.file());
        XmlBuilder xml = new XmlBuilder().open("feed", ATOM).attributes("xml:lang", config.language())
                .element("title", feed.title());
        if (!config.description().isBlank()) {
            xml.element("subtitle", config.description());
        }
        xml.empty("link").attributes("rel", "self", "type", "application/atom+xml", "href", selfUrl)
                .empty("link").attributes("rel", "alternate", "type", "text/html",
                        "href", config.absoluteUrl(feed.pagePath()))
                .element("id", selfUrl)
                .element("updated", time(updated(feed)));
        author(xml, config.author());
        xml.element("generator", "Leafpress");
        feed.posts().forEach(post -> entry(xml, post));
        return new RenderedPage(feed.file(), xml.close().bytes());
    }

    private void entry(XmlBuilder xml, Post post) {
        String url = config.absoluteUrl(post.path());
        xml.open("entry").element("title", post.title())
                .empty("link").attributes("rel", "alternate", "type", "text/html", "href", url)
                .element("id", url)
                .element("published", time(post.date()))
                .element("updated", time(post.updated()));
        author(xml, post.author());
        category(xml, post.category(), "categories/");
        post.tags().forEach(tag -> category(xml, tag, "tags/"));
        boolean full = config.feed().fullContent();
        String html = absoluteHtml.computeIfAbsent(url,
                u -> XmlBuilder.escapedText(AbsoluteLinks.resolve(full ? post.html() : post.excerptHtml(), u)));
        xml.escapedElement(full ? "content" : "summary", html, "type", "html").close();
    }

    /** Atom needs an author on the feed or on every entry; without one, the site's title stands in. */
    private void author(XmlBuilder xml, String name) {
        String author = name == null || name.isBlank() ? config.title() : name;
        xml.open("author").element("name", author).close();
    }

    private void category(XmlBuilder xml, Term term, String scheme) {
        xml.empty("category").attributes("term", term.name(), "scheme", config.absoluteUrl(scheme));
    }

    private ZonedDateTime updated(Feed feed) {
        return feed.posts().stream().map(Post::updated).max(Comparator.comparing(ZonedDateTime::toInstant))
                .orElse(buildTime);
    }

    private static String time(ZonedDateTime time) {
        return RFC_3339.format(time.truncatedTo(ChronoUnit.SECONDS));
    }
}
