package dev.leafpress.importer;

import java.time.ZoneId;

/**
 * The old blog's settings that carry over, and how it made URLs.
 *
 * @param baseUrl     its published address ending in "/", or ""
 * @param zone        its time zone, for dates written without one
 */
record SiteSettings(String title, String description, String author, String baseUrl, String language, ZoneId zone) {
}
