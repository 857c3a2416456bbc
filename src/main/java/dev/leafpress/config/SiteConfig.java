package dev.leafpress.config;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

/**
 * The settings of one site, from {@code site.yaml} with defaults filled in. Immutable.
 *
 * @param baseUrl absolute URL the site is published at, ending in "/", or "" when unknown
 * @param github  URL of the repository for the "Fork me" ribbon, or null for no ribbon
 * @param feed    the Atom feeds' size and content
 */
public record SiteConfig(
        String title,
        String description,
        String author,
        String baseUrl,
        String language,
        ZoneId timezone,
        String theme,
        String github,
        int perPage,
        int excerptWords,
        String defaultCategory,
        Permalink permalink,
        String dateFormat,
        FeedConfig feed,
        Map<String, Object> extra) {

    public static final String DEFAULT_DATE_FORMAT = "EEE d MMMM yyyy";
    /**
     * Largest per_page, excerpt_words and feed.size: far above any useful value, and small enough
     * that a typo of many digits is an error with the range rather than one about its type.
     */
    public static final int MAX_COUNT = 1_000_000;

    public SiteConfig {
        extra = Map.copyOf(extra);
    }

    /** All defaults: what a site.yaml with no keys means. */
    public static SiteConfig defaults() {
        return new SiteConfig("My blog", "", "", "", "en", ZoneId.of("UTC"), "default", null, 10, 60,
                "Misc", Permalink.DEFAULT, DEFAULT_DATE_FORMAT, FeedConfig.DEFAULT, Map.of());
    }

    /** The path part of the base URL: "/" or "/blog/". */
    public String basePath() {
        return UrlPaths.basePath(baseUrl);
    }

    /**
     * The URL of a site path ({@code posts/a/}) for feeds, the sitemap and canonical links:
     * absolute under the base URL, or root-relative ({@code /posts/a/}) when base_url is not set.
     */
    public String absoluteUrl(String sitePath) {
        return (baseUrl.isEmpty() ? "/" : baseUrl) + sitePath;
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, description, author, url, language, timezone, theme, github, perPage,
                excerptWords, defaultCategory, permalink, dateFormat, feed, extra);
    }
}
