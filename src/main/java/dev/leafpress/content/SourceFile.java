package dev.leafpress.content;

import java.nio.file.Path;

/**
 * One author file read as text: UTF-8 decoded, byte-order mark removed, line endings as "\n".
 *
 * @param path    where it is on disk
 * @param display the path as shown in messages, relative to the site root with "/"
 */
public record SourceFile(Path path, String display, String text) {
}
