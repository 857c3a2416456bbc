package dev.leafpress.build;

import dev.leafpress.content.ContentFile;
import dev.leafpress.content.ContentTree;
import dev.leafpress.content.EntryKind;
import dev.leafpress.diag.Diagnostics;
import dev.leafpress.render.PageRenderer;
import dev.leafpress.render.RenderedPage;
import dev.leafpress.site.BodySwap;
import dev.leafpress.site.Post;
import dev.leafpress.site.RenderedEntry;
import dev.leafpress.site.Route;
import dev.leafpress.site.RoutePlanner;
import dev.leafpress.site.SiteView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The quick way through the commonest edit while writing: the body of one published post changed
 * and its front matter reads the same. Makes the next {@link SiteBuild} from the last one by putting
 * the new body in place, without reading, assembling and planning the whole site again. Empty
 * whenever the edit is anything else (an error, other front matter, a code language new to the
 * site) or the last build held back a scheduled post: then a full build decides, and reports.
 */
public final class BodyEdit {

    private BodyEdit() {
    }

    /**
     * @param last  the last good build
     * @param file  the post file that changed
     * @param tree  the listing of content/, unchanged since {@code last}
     * @param cache the cache {@code last} was built with
     * @param diagnostics receives the warnings about {@code file}, only when the edit is applied
     */
    public static Optional<SiteBuild> apply(BuildOptions options, SiteBuild last, ContentFile file, ContentTree tree,
                                            EntryCache cache, Diagnostics diagnostics) {
        Optional<RenderedEntry> before = last.entries().stream().filter(e -> e.parsed().kind() == EntryKind.POST
                && e.parsed().file().relative().equals(file.relative()) && e.parsed().file().equals(file)).findFirst();
        if (before.isEmpty() || last.heldBack().scheduled() > 0) {
            // A scheduled post held back by the last build may be due now: only a full build sees it.
            return Optional.empty();
        }
        Instant now = options.clock().instant();
        Diagnostics local = new Diagnostics();
        ContentStage stage = new ContentStage(last.site().config(),
                new PublishRules(options.drafts(), options.future(), now), local, cache);
        Optional<RenderedEntry> after = stage.reread(before.get(), tree, last.links())
                .filter(a -> sameLanguages(last.entries(), before.get(), a));
        after.ifPresent(a -> diagnostics.addAll(local.sorted()));
        return after.map(a -> swap(last, before.get(), a, now, cache));
    }

    private static SiteBuild swap(SiteBuild last, RenderedEntry before, RenderedEntry after, Instant now,
                                  EntryCache cache) {
        String source = before.parsed().file().display();
        Post old = last.site().posts().stream().filter(p -> p.source().equals(source)).findFirst().orElseThrow();
        BodySwap.Result swapped = BodySwap.swap(last.site(), last.routes(), old, old.withBody(after.body()));
        List<Route> pages = swapped.routes().stream().filter(r -> !RoutePlanner.isNotFound(r)).toList();
        List<RenderedPage> published = PublishingFiles.make(swapped.site(), pages, last.assets(), now, cache);
        Map<String, RenderedPage> files = new LinkedHashMap<>();
        last.files().forEach(f -> files.put(f.file(), f));
        published.forEach(f -> files.put(f.file(), f));
        List<RenderedEntry> entries = new ArrayList<>(last.entries());
        entries.set(entries.indexOf(before), after);
        PageRenderer renderer = last.renderer().withSite(SiteView.of(swapped.site()));
        return new SiteBuild(swapped.site(), swapped.routes(), renderer, last.assets(), List.copyOf(files.values()),
                entries, last.links(), last.heldBack());
    }

    /** Whether the site's code languages, which decide the Prism bundle, stay as they were. */
    private static boolean sameLanguages(List<RenderedEntry> entries, RenderedEntry before, RenderedEntry after) {
        if (before.body().languages().equals(after.body().languages())) {
            return true;
        }
        Set<String> others = new HashSet<>();
        entries.stream().filter(e -> e != before).forEach(e -> others.addAll(e.body().languages()));
        Set<String> was = new HashSet<>(others);
        was.addAll(before.body().languages());
        others.addAll(after.body().languages());
        return was.equals(others);
    }
}
