package dev.leafpress.render;

import dev.leafpress.config.SiteConfig;
import dev.leafpress.config.UrlPaths;
import dev.leafpress.site.PageMeta;
import dev.leafpress.site.Route;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Writes {@code sitemap.xml} (sitemaps.org 0.9) listing every page search engines should index,
 * with its last change when known, and {@code robots.txt} pointing to it.
 */
public final class SitemapWriter {

    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";
    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    /** W3C Datetime to the second, as sitemaps.org asks. */
    private static final DateTimeFormatter W3C = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private SitemapWriter() {
    }

    public static RenderedPage sitemap(List<Route> routes) {
        XmlBuilder xml = new XmlBuilder().open("urlset", NAMESPACE);
        for (Route route : routes) {
            PageMeta meta = route.meta();
            if (meta.indexed()) {
                xml.open("url").element("loc", escaped(meta.url()));
                if (meta.lastModified() != null) {
                    xml.element("lastmod", W3C.format(meta.lastModified().truncatedTo(ChronoUnit.SECONDS)));
                }
                xml.close();
            }
        }
        return new RenderedPage(SITEMAP, xml.close().bytes());
    }

    /**
     * {@code url} with every character beyond ASCII in its path percent-encoded as UTF-8:
     * sitemaps.org asks for URL-escaped addresses (Google accepts only ASCII), while pages and
     * feeds keep the readable form ({@code /posts/привет/}).
     */
    static String escaped(String url) {
        int scheme = url.indexOf("://");
        int pathStart = scheme < 0 ? 0 : url.indexOf('/', scheme + 3);
        if (pathStart < 0) {
            return url;
        }
        return url.substring(0, pathStart) + UrlPaths.asciiOnly(url.substring(pathStart));
    }

    /**
     * Allows everything and names the sitemap. Crawlers read robots.txt only at the root of a
     * host, so under a project path ({@code /repo/}) it takes effect only with a custom domain.
     */
    public static RenderedPage robots(SiteConfig config) {
        StringBuilder text = new StringBuilder("User-agent: *\nAllow: /\n");
        if (!config.baseUrl().isEmpty()) {
            text.append("\nSitemap: ").append(escaped(config.absoluteUrl(SITEMAP))).append('\n');
        }
        return new RenderedPage(ROBOTS, text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
