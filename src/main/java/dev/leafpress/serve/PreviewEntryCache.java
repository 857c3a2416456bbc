package dev.leafpress.serve;

import dev.leafpress.build.EntryCache;
import dev.leafpress.content.ContentFile;
import dev.leafpress.content.EntryKind;
import dev.leafpress.content.LinkResolver;
import dev.leafpress.content.ParsedEntry;
import dev.leafpress.content.RenderedMarkdown;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Remembers, per content file, its last parse and rendered body. The watcher tells which files
 * changed ({@link #invalidate}); everything else is reused as long as its links resolve alike.
 */
final class PreviewEntryCache implements EntryCache {

    private record Parsed(EntryKind kind, Parse parse) {
    }

    private record Rendered(ParsedEntry entry, RecordingLinks links, RenderedMarkdown body) {
    }

    private final Map<ContentFile, Parsed> parses = new ConcurrentHashMap<>();
    private final Map<ContentFile, Rendered> bodies = new ConcurrentHashMap<>();
    private final Set<ContentFile> seen = ConcurrentHashMap.newKeySet();

    @Override
    public Parse parse(ContentFile file, EntryKind kind, Supplier<Parse> parser) {
        seen.add(file);
        Parsed cached = parses.get(file);
        if (cached != null && cached.kind() == kind) {
            return cached.parse();
        }
        Parse parse = parser.get();
        parses.put(file, new Parsed(kind, parse));
        return parse;
    }

    @Override
    public RenderedMarkdown render(ParsedEntry entry, LinkResolver links,
                                   Function<LinkResolver, RenderedMarkdown> renderer) {
        Rendered cached = bodies.get(entry.file());
        if (cached != null && cached.entry() == entry && cached.links().sameAnswers(links)) {
            return cached.body();
        }
        RecordingLinks recording = new RecordingLinks(links);
        RenderedMarkdown body = renderer.apply(recording);
        bodies.put(entry.file(), new Rendered(entry, recording, body));
        return body;
    }

    /** Forgets the files at these content-relative paths, and everything under them if folders. */
    void invalidate(Collection<String> relativePaths) {
        for (String changed : relativePaths) {
            parses.keySet().removeIf(f -> covers(changed, f.relative()));
            bodies.keySet().removeIf(f -> covers(changed, f.relative()));
        }
    }

    /** Drops the entries of files the last build no longer found. */
    void forgetUnseen() {
        parses.keySet().retainAll(seen);
        bodies.keySet().retainAll(seen);
        seen.clear();
    }

    void clear() {
        parses.clear();
        bodies.clear();
        seen.clear();
    }

    private static boolean covers(String changed, String file) {
        return file.equals(changed) || file.startsWith(changed + "/");
    }
}
