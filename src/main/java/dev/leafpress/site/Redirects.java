package dev.leafpress.site;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** The redirect pages that the {@code aliases} of published posts and pages ask for. */
public final class Redirects {

    private Redirects() {
    }

    /** One redirect per distinct alias of each entry; an alias of the entry's own path is dropped. */
    public static List<Redirect> of(List<RenderedEntry> posts, List<RenderedEntry> pages) {
        List<RenderedEntry> entries = new ArrayList<>(posts);
        entries.addAll(pages);
        List<Redirect> redirects = new ArrayList<>();
        for (RenderedEntry entry : entries) {
            String own = Permalinks.file(entry.path());
            for (String alias : new LinkedHashSet<>(entry.parsed().meta().aliases())) {
                if (!Permalinks.file(alias).equalsIgnoreCase(own)) {
                    redirects.add(new Redirect(alias, entry.path(), entry.parsed().meta().title(),
                            entry.parsed().file().display()));
                }
            }
        }
        return redirects;
    }

    /** Claims each redirect's file; a clash names the alias, so the author knows what to change. */
    public static void claim(List<Redirect> redirects, CollisionCheck check) {
        redirects.forEach(r -> check.claim(r.file(), r.source(),
                "alias '/" + r.alias() + "' of " + r.source() + ": change or remove it"));
    }
}
