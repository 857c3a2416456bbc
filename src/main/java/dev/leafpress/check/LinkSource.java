package dev.leafpress.check;

import dev.leafpress.diag.SourcePos;

/**
 * A link an author wrote: where (file and line), the destination as written, and as it stands
 * in the HTML of {@code pageFile}, the page the entry is published as.
 */
public record LinkSource(SourcePos pos, String written, String destination, String pageFile) {
}
