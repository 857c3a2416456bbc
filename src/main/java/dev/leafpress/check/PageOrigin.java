package dev.leafpress.check;

import dev.leafpress.diag.SourcePos;

/**
 * What made a page: the author's file ("" for generated listings) and the template.
 */
public record PageOrigin(String source, SourcePos template) {
}
