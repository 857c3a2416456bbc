package dev.leafpress.importer;

import dev.leafpress.content.EntryKind;
import java.nio.file.Path;

/**
 * A post or page of the old blog.
 *
 * @param path     on disk
 * @param frame    its path as body links name it: under content/ (Pelican, Hugo) or the site (Jekyll)
 * @param target   where it goes under the new site's content/, e.g. {@code posts/2015-03-01-tour.md}
 * @param urlPattern how the old blog made this entry's URL, in its own syntax; null for its default
 */
record SourceEntry(Path path, String frame, String target, EntryKind kind, String urlPattern) {
}
