package dev.leafpress.build;

import dev.leafpress.config.SiteConfig;
import dev.leafpress.content.ContentFile;
import dev.leafpress.content.ContentTree;
import dev.leafpress.content.EntryKind;
import dev.leafpress.content.EntryParser;
import dev.leafpress.content.MarkdownEngine;
import dev.leafpress.content.ParsedEntry;
import dev.leafpress.diag.Diagnostics;
import dev.leafpress.site.ContentLinks;
import dev.leafpress.site.Permalinks;
import dev.leafpress.site.RenderedEntry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads every post and page and renders its Markdown, in parallel. */
final class ContentStage {

    /** The rendered posts and pages, and how many drafts were left out. */
    record Output(List<RenderedEntry> posts, List<RenderedEntry> pages, int draftsHeld) {
    }

    private final SiteConfig config;
    private final boolean drafts;
    private final Diagnostics diagnostics;
    private final MarkdownEngine markdown = new MarkdownEngine();
    private final EntryCache cache;

    ContentStage(SiteConfig config, boolean drafts, Diagnostics diagnostics) {
        this(config, drafts, diagnostics, EntryCache.NONE);
    }

    ContentStage(SiteConfig config, boolean drafts, Diagnostics diagnostics, EntryCache cache) {
        this.config = config;
        this.drafts = drafts;
        this.diagnostics = diagnostics;
        this.cache = cache;
    }

    Output run(ContentTree tree) {
        List<ParsedEntry> posts = parseAll(tree.posts(), EntryKind.POST);
        List<ParsedEntry> pages = parseAll(tree.pages(), EntryKind.PAGE);
        int held = (int) (posts.stream().filter(p -> p.meta().draft()).count()
                + pages.stream().filter(p -> p.meta().draft()).count());
        List<ParsedEntry> publishedPosts = drafts ? posts : posts.stream().filter(p -> !p.meta().draft()).toList();
        List<ParsedEntry> publishedPages = drafts ? pages : pages.stream().filter(p -> !p.meta().draft()).toList();
        ContentLinks links = links(publishedPosts, publishedPages, tree.assets());
        return new Output(renderAll(publishedPosts, links), renderAll(publishedPages, links), drafts ? 0 : held);
    }

    private List<ParsedEntry> parseAll(List<ContentFile> files, EntryKind kind) {
        return files.parallelStream().map(f -> parse(f, kind)).flatMap(Optional::stream).toList();
    }

    private Optional<ParsedEntry> parse(ContentFile file, EntryKind kind) {
        EntryCache.Parse parse = cache.parse(file, kind, () -> {
            Diagnostics local = new Diagnostics();
            return new EntryCache.Parse(EntryParser.parse(file, kind, config.timezone(), local), local.sorted());
        });
        diagnostics.addAll(parse.diagnostics());
        return parse.entry();
    }

    private ContentLinks links(List<ParsedEntry> posts, List<ParsedEntry> pages, List<ContentFile> assets) {
        Map<String, String> paths = new HashMap<>();
        posts.forEach(p -> paths.put(p.file().relative(), Permalinks.path(p.kind(), p.meta(), config)));
        pages.forEach(p -> paths.put(p.file().relative(), Permalinks.path(p.kind(), p.meta(), config)));
        assets.forEach(a -> paths.put(a.relative(), a.outputPath()));
        return new ContentLinks(paths, config.basePath());
    }

    private List<RenderedEntry> renderAll(List<ParsedEntry> entries, ContentLinks links) {
        return entries.parallelStream().map(e -> new RenderedEntry(e, Permalinks.path(e.kind(), e.meta(), config),
                cache.render(e, links, resolver -> markdown.render(e.body(), e.meta().summary(),
                        config.excerptWords(), e.file().display(), resolver))))
                .toList();
    }
}
