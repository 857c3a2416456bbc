package dev.leafpress.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an import did, for the author.
 *
 * @param urlsKept     distinct redirects the new site writes: old URLs of published posts and pages that
 *                     differ from their new URL
 * @param leftAsIs     template syntax left visible, as "file:line: message"
 * @param notConverted files left behind, with the reason
 * @param warnings     what to check: a missing settings file, hidden posts that became drafts
 */
public record ImportReport(int posts, int drafts, int pages, int files, int urlsKept, int linksRewritten,
                           List<String> leftAsIs, Map<String, String> notConverted, List<String> warnings) {

    public ImportReport {
        leftAsIs = List.copyOf(leftAsIs);
        notConverted = Map.copyOf(notConverted);
        warnings = List.copyOf(warnings);
    }

    /** The lines printed by {@code leafpress import}. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add("  posts:          " + posts + (drafts == 0 ? "" : " (" + drafts + " draft" + (drafts == 1 ? "" : "s") + ")"));
        out.add("  pages:          " + pages);
        out.add("  assets:         " + files + " copied");
        out.add("  URLs kept:      " + urlsKept + " (each old address redirects to the new page)");
        out.add("  links rewritten: " + linksRewritten);
        if (!warnings.isEmpty()) {
            out.add("  warnings (" + warnings.size() + "):");
            warnings.forEach(w -> out.add("    " + w));
        }
        if (!leftAsIs.isEmpty()) {
            out.add("  template syntax left as written (" + leftAsIs.size() + "):");
            leftAsIs.forEach(l -> out.add("    " + l));
        }
        if (!notConverted.isEmpty()) {
            out.add("  not converted (" + notConverted.size() + "):");
            notConverted.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> out.add("    " + e.getKey() + ": " + e.getValue()));
        }
        return out;
    }
}
