package dev.leafpress.site;

import dev.leafpress.content.ParsedEntry;
import dev.leafpress.content.RenderedMarkdown;

/** A parsed post or page with its output path and rendered body, before taxonomies are merged. */
public record RenderedEntry(ParsedEntry parsed, String path, RenderedMarkdown body) {
}
