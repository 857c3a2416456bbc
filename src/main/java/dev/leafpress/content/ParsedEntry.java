package dev.leafpress.content;

/**
 * A post or page whose front matter has been read; the body is not yet rendered.
 *
 * @param bodyLineOffset lines before the body in the file, for messages about the body
 */
public record ParsedEntry(ContentFile file, EntryKind kind, EntryMeta meta, String body, int bodyLineOffset) {
}
