package dev.leafpress.content;

import java.nio.file.Path;

/**
 * A file found under {@code content/}.
 *
 * @param path     on disk
 * @param display  for messages, relative to the site root: {@code content/posts/a.md}
 * @param relative relative to {@code content/}: {@code posts/a.md}
 */
public record ContentFile(Path path, String display, String relative) {

    /** Where an asset lands in the output: its relative path without a leading posts/ or pages/. */
    public String outputPath() {
        if (relative.startsWith("posts/")) {
            return relative.substring("posts/".length());
        }
        return relative.startsWith("pages/") ? relative.substring("pages/".length()) : relative;
    }
}
