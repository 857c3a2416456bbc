package dev.leafpress.check;

import dev.leafpress.diag.SourcePos;

/** Where the author wrote a link: file, line, and the destination as written. */
public record LinkSource(SourcePos pos, String written) {
}
