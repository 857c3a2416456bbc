package dev.leafpress.build;

import dev.leafpress.content.ContentFile;
import dev.leafpress.content.EntryKind;
import dev.leafpress.content.LinkResolver;
import dev.leafpress.content.ParsedEntry;
import dev.leafpress.content.RenderedMarkdown;
import dev.leafpress.render.RenderedPage;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Reuses the Markdown render of the last build (from {@code .leafpress/cache/}) for every body
 * whose text, summary and file name are the same and whose links resolve alike, and the front
 * matter of every file unchanged since (when content/ lists the same files); collects this
 * build's renders and front matter to be saved for the next one. An entry restored from the
 * front matter alone has no body; should its render be needed, the file is read after all.
 */
final class PersistentEntryCache implements EntryCache {

    private final Map<String, CachedBody> previous;
    private final Map<String, CachedParses.Parse> previousParses;
    private final Predicate<String> unchangedFile;
    private final Map<String, CachedBody> current = new ConcurrentHashMap<>();
    private final Map<String, CachedParses.Parse> currentParses = new ConcurrentHashMap<>();
    /** How to read each entry restored without its body, should the body be needed. */
    private final Map<String, Supplier<Parse>> readers = new ConcurrentHashMap<>();
    private final Map<String, String> previousPublished;
    private final Function<String, Optional<byte[]>> previousOutput;
    private final Map<String, String> published = new ConcurrentHashMap<>();
    private final Fingerprints shownDigests = new Fingerprints(this::bodyDigest);
    private final Map<String, String> digestsByDisplay = new ConcurrentHashMap<>();

    /**
     * @param unchangedFile whether a content-relative file has the size and time it had in the last
     *                      build; such a file keeps its digest, as {@code git} trusts its index
     */
    PersistentEntryCache(Map<String, CachedBody> previous, Predicate<String> unchangedFile) {
        this(previous, Map.of(), unchangedFile, Map.of(), file -> Optional.empty());
    }

    /**
     * @param previousParses the front matter the last build read, by content-relative path; only
     *                       to be given when content/ lists the same files as then (template tags
     *                       in a summary may link to other files)
     * @param previousPublished the digest of what each published file (feed, sitemap) showed in
     *                          the last build
     * @param previousOutput    the bytes of an output file as the last build left it, or empty
     *                          when the output is not exactly as that build left it
     */
    PersistentEntryCache(Map<String, CachedBody> previous, Map<String, CachedParses.Parse> previousParses,
                         Predicate<String> unchangedFile, Map<String, String> previousPublished,
                         Function<String, Optional<byte[]>> previousOutput) {
        this.previous = Map.copyOf(previous);
        this.previousParses = Map.copyOf(previousParses);
        this.unchangedFile = unchangedFile;
        this.previousPublished = Map.copyOf(previousPublished);
        this.previousOutput = previousOutput;
    }

    /** Digests of the posts the feeds showed, to be made once per build. */
    Fingerprints shownDigests() {
        return shownDigests;
    }

    /** The digest of what each published file showed in this build, for the next one. */
    Map<String, String> published() {
        return Map.copyOf(published);
    }

    /**
     * A feed or the sitemap as the last build wrote it, when it shows the same posts and pages
     * (posts by their front matter and their Markdown's digest) and the output is as it was left;
     * else made. At 10,000 posts, making the 70 feeds again was a tenth of a one-post rebuild.
     */
    @Override
    public RenderedPage published(String file, Object shown, Object settings, Supplier<RenderedPage> make) {
        String digest = shownDigests.ofValue(shown);
        if (digest == null) {
            return make.get();
        }
        published.put(file, digest);
        Optional<byte[]> kept = digest.equals(previousPublished.get(file)) ? previousOutput.apply(file)
                : Optional.empty();
        return kept.map(bytes -> new RenderedPage(file, bytes)).orElseGet(make);
    }

    /** This build's front matter by content-relative path, for the next build. */
    Map<String, CachedParses.Parse> parses() {
        return new HashMap<>(currentParses);
    }

    /** Whether every entry's front matter was restored from the last build's, none read anew. */
    boolean parsesAsBefore() {
        return currentParses.size() == previousParses.size() && currentParses.entrySet().stream()
                .allMatch(e -> e.getValue() == previousParses.get(e.getKey()));
    }

    /** This build's bodies by content-relative path, for the next build. */
    Map<String, CachedBody> bodies() {
        return new HashMap<>(current);
    }

    /** What decides the rendered body of the file shown as {@code display}, or null when it was not rendered. */
    String bodyDigest(String display) {
        return digestsByDisplay.get(display);
    }

    @Override
    public Scan scan(Supplier<Scan> scanner) {
        return scanner.get();
    }

    @Override
    public Parse parse(ContentFile file, EntryKind kind, Supplier<Parse> parser) {
        String key = file.relative();
        CachedParses.Parse kept = previousParses.get(key);
        if (kept != null && kept.kind() == kind && unchangedFile.test(key)) {
            readers.put(key, parser);
            currentParses.put(key, kept);
            return new Parse(Optional.of(new ParsedEntry(file, kind, kept.meta(), null, kept.bodyLineOffset())),
                    List.of());
        }
        Parse parse = parser.get();
        parse.entry().filter(e -> parse.diagnostics().isEmpty() && CachedParses.keepable(e.meta()))
                .ifPresent(e -> currentParses.put(key, new CachedParses.Parse(kind, e.meta(), e.bodyLineOffset())));
        return parse;
    }

    /** {@code entry} with its body: as it is, or read again when it was restored without one. */
    private ParsedEntry withBody(ParsedEntry entry) {
        if (entry.body() != null) {
            return entry;
        }
        Parse again = readers.get(entry.file().relative()).get();
        return again.entry().filter(e -> e.meta().equals(entry.meta())).orElseThrow(() -> new IllegalStateException(
                entry.file().display() + " changed while it was being built, keeping its size and time"));
    }

    @Override
    public RenderedMarkdown render(ParsedEntry entry, LinkResolver links,
                                   BiFunction<ParsedEntry, LinkResolver, RenderedMarkdown> renderer) {
        String key = entry.file().relative();
        CachedBody cached = previous.get(key);
        boolean trusted = cached != null && unchangedFile.test(key);
        ParsedEntry read = trusted ? entry : withBody(entry);
        String source = trusted ? cached.source() : digest(read);
        if (cached != null && cached.source().equals(source) && cached.links().sameAnswers(links)) {
            remember(entry, cached);
            return cached.body();
        }
        Map<String, Optional<String>> lookups = new HashMap<>();
        RenderedMarkdown body = renderer.apply(withBody(read), LinkLookups.recording(links, lookups));
        remember(entry, new CachedBody(source, LinkLookups.of(lookups), body));
        return body;
    }

    private void remember(ParsedEntry entry, CachedBody body) {
        current.put(entry.file().relative(), body);
        digestsByDisplay.put(entry.file().display(), body.source() + body.links().answers());
    }

    /**
     * Two CRCs of different polynomials and the length: 64 bits that tell an edited file from its
     * previous version (the only comparison made). The JIT compiles both CRCs to CPU instructions;
     * SHA-256 here cost 8 % of a cold 10,000-post build.
     */
    private static String digest(ParsedEntry entry) {
        CRC32C first = new CRC32C();
        CRC32 second = new CRC32();
        long length = 0;
        for (String part : new String[] {entry.kind().name(), entry.file().display(),
                entry.meta().summary() == null ? "-" : "+" + entry.meta().summary(), entry.body()}) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            first.update(bytes);
            second.update(bytes);
            first.update(0);
            second.update(0);
            length += bytes.length + 1;
        }
        HexFormat hex = HexFormat.of();
        return hex.toHexDigits((int) first.getValue()) + hex.toHexDigits((int) second.getValue()) + "-" + length;
    }
}
