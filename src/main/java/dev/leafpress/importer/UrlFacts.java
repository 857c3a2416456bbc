package dev.leafpress.importer;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * What an old blog built an entry's URL from.
 *
 * @param slug       the slug as given or taken from the file name, or null
 * @param date       null for an undated page
 * @param categories Jekyll's categories as written
 * @param frame      the file's path in the old blog's content frame
 */
record UrlFacts(String title, String slug, ZonedDateTime date, String category, List<String> categories,
                String frame) {
}
