package dev.leafpress.importer;

import java.nio.file.Path;

/**
 * An image or other file of the old blog, copied as it is.
 *
 * @param frame  its path as body links name it (also its old URL path for static files)
 * @param target where it goes under the new site's content/
 */
record SourceFileCopy(Path path, String frame, String target) {
}
