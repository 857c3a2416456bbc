package dev.leafpress.serve;

import dev.leafpress.content.ContentTree;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.leafpress.build.EntryCache;
import dev.leafpress.content.ContentFile;
import dev.leafpress.content.EntryKind;
import dev.leafpress.content.LinkResolver;
import dev.leafpress.content.ParsedEntry;
import dev.leafpress.content.RenderedMarkdown;
import dev.leafpress.site.Site;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Remembers, per content file, its last parse and rendered body; the listing of content/; the
 * site's posts and pages as objects; feeds and sitemap. The watcher tells which files changed
 * ({@link #invalidate}); everything else is reused while its inputs are equal.
 */
final class PreviewEntryCache implements EntryCache {

    private record Parsed(ContentFile file, EntryKind kind, Parse parse) {
    }

    private record Rendered(ParsedEntry entry, RecordingLinks links, RenderedMarkdown body) {
    }

    private record Made(Object inputs, Object value) {
    }

    private final Map<String, Parsed> parses = new ConcurrentHashMap<>();
    private final Map<String, Rendered> bodies = new ConcurrentHashMap<>();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final Map<String, Made> made = new ConcurrentHashMap<>();
    private final PostInterner interner = new PostInterner();
    private Scan lastScan;
    private ContentListing listing;
    private boolean listingValid;

    /** Before a build: whether the last listing of content/ still holds after {@code changes}. */
    void beforeBuild(ChangeSet changes, java.nio.file.Path siteRoot) {
        listingValid = lastScan != null && lastScan.diagnostics().isEmpty() && !changes.everything()
                && listing.unchangedBy(changes.content(), siteRoot.resolve("content"));
    }

    /**
     * The one post or page file that {@code changes} edited in place, when they touched nothing else
     * but content files that are not entries (assets, editors' temporary files) and the listing of
     * content/ still holds.
     */
    Optional<ContentFile> onlyEditedEntry(ChangeSet changes, Path siteRoot) {
        if (changes.everything() || lastScan == null || !lastScan.diagnostics().isEmpty()
                || changes.paths().stream().anyMatch(p -> !p.startsWith("content/"))
                || !listing.unchangedBy(changes.content(), siteRoot.resolve("content"))) {
            return Optional.empty();
        }
        List<ContentFile> entries = changes.content().stream().map(parses::get).filter(Objects::nonNull)
                .map(Parsed::file).toList();
        return entries.size() == 1 ? Optional.of(entries.get(0)) : Optional.empty();
    }

    /** The listing of content/ of the last build. */
    ContentTree tree() {
        return lastScan.tree();
    }

    @Override
    public Scan scan(Supplier<Scan> scanner) {
        if (!listingValid) {
            lastScan = scanner.get();
            listing = new ContentListing(lastScan.tree());
        }
        return lastScan;
    }

    @Override
    public Parse parse(ContentFile file, EntryKind kind, Supplier<Parse> parser) {
        seen.add(file.relative());
        Parsed cached = parses.get(file.relative());
        if (cached != null && cached.kind() == kind && cached.file().equals(file)) {
            return cached.parse();
        }
        Parse parse = parser.get();
        parses.put(file.relative(), new Parsed(file, kind, parse));
        return parse;
    }

    @Override
    public RenderedMarkdown render(ParsedEntry entry, LinkResolver links,
                                   BiFunction<ParsedEntry, LinkResolver, RenderedMarkdown> renderer) {
        Rendered cached = bodies.get(entry.file().relative());
        if (cached != null && cached.entry() == entry && cached.links().sameAnswers(links)) {
            return cached.body();
        }
        RecordingLinks recording = new RecordingLinks(links);
        RenderedMarkdown body = renderer.apply(entry, recording);
        bodies.put(entry.file().relative(), new Rendered(entry, recording, body));
        return body;
    }

    @Override
    public Site site(Site assembled) {
        return interner.intern(assembled);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T reuse(String name, Object inputs, Supplier<T> make) {
        Made last = made.get(name);
        if (last != null && last.inputs().equals(inputs)) {
            return (T) last.value();
        }
        T value = make.get();
        made.put(name, new Made(inputs, value));
        return value;
    }

    /** Forgets the files at these content-relative paths, and everything under them if folders. */
    void invalidate(Collection<String> relativePaths) {
        for (String changed : relativePaths) {
            forget(parses, changed);
            forget(bodies, changed);
        }
    }

    /** A cached file is removed by its key; only a path that is no cached file may be a folder to scan. */
    private static void forget(Map<String, ?> map, String changed) {
        if (map.remove(changed) == null) {
            String folder = changed + "/";
            map.keySet().removeIf(f -> f.startsWith(folder));
        }
    }

    /** Drops the entries of files the last build no longer found. */
    void forgetUnseen() {
        if (listingValid) {
            seen.clear();
            return;
        }
        parses.keySet().retainAll(seen);
        bodies.keySet().retainAll(seen);
        seen.clear();
    }

    void clear() {
        lastScan = null;
        made.clear();
        interner.clear();
        parses.clear();
        bodies.clear();
        seen.clear();
    }
}
