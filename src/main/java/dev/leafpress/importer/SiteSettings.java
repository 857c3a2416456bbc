package dev.leafpress.importer;

import java.time.ZoneId;

/**
 * The old blog's settings that carry over, and how it made URLs.
 *
 * @param baseUrl          its published address ending in "/", or ""
 * @param zone             its time zone, for dates written without one
 * @param excerptSeparator Jekyll's site-wide {@code excerpt_separator}, for posts that name none; or null
 */
record SiteSettings(String title, String description, String author, String baseUrl, String language, ZoneId zone,
                    String excerptSeparator) {

    SiteSettings(String title, String description, String author, String baseUrl, String language, ZoneId zone) {
        this(title, description, author, baseUrl, language, zone, null);
    }
}
