package dev.leafpress.build;

import dev.leafpress.diag.Diagnostic;
import java.util.List;

/** What a successful build did, for the summary line, and the warnings it found. */
public record BuildResult(int posts, int pages, HeldBack heldBack, int filesWritten, long millis,
                          List<Diagnostic> warnings) {

    public BuildResult {
        warnings = List.copyOf(warnings);
    }

    /** "Built 5 posts and 1 page: 31 files in 0.42 s (1 draft held back; --drafts shows them)". */
    public String summary() {
        return String.format(java.util.Locale.ROOT, "Built %d post%s and %d page%s: %d files in %.2f s%s",
                posts, posts == 1 ? "" : "s", pages, pages == 1 ? "" : "s", filesWritten, millis / 1000.0,
                heldBack.note());
    }
}
