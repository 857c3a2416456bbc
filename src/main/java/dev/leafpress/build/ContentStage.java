package dev.leafpress.build;

import dev.leafpress.config.SiteConfig;
import dev.leafpress.content.ContentFile;
import dev.leafpress.content.ContentIndex;
import dev.leafpress.content.ContentTree;
import dev.leafpress.content.EntryKind;
import dev.leafpress.content.EntryParser;
import dev.leafpress.content.MarkdownEngine;
import dev.leafpress.content.ParsedEntry;
import dev.leafpress.content.RenderedMarkdown;
import dev.leafpress.diag.Diagnostics;
import dev.leafpress.diag.SourcePos;
import dev.leafpress.markup.Note;
import dev.leafpress.site.ContentLinks;
import dev.leafpress.site.Permalinks;
import dev.leafpress.site.RenderedEntry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads every post and page and renders its Markdown, in parallel. */
final class ContentStage {

    /** The rendered posts and pages, and how many entries were left out. */
    record Output(List<RenderedEntry> posts, List<RenderedEntry> pages, HeldBack heldBack, ContentLinks links) {
    }

    private final SiteConfig config;
    private final PublishRules rules;
    private final Diagnostics diagnostics;
    private final MarkdownEngine markdown = new MarkdownEngine();
    private final EntryCache cache;

    ContentStage(SiteConfig config, PublishRules rules, Diagnostics diagnostics) {
        this(config, rules, diagnostics, EntryCache.NONE);
    }

    ContentStage(SiteConfig config, PublishRules rules, Diagnostics diagnostics, EntryCache cache) {
        this.config = config;
        this.rules = rules;
        this.diagnostics = diagnostics;
        this.cache = cache;
    }

    /**
     * {@code before} read and rendered again, when its front matter still reads the same and it has
     * no errors; {@code tree} and {@code links} are those of the build it came from.
     */
    Optional<RenderedEntry> reread(RenderedEntry before, ContentTree tree, ContentLinks links) {
        ParsedEntry was = before.parsed();
        Optional<ParsedEntry> now = parse(was.file(), was.kind(), index(tree));
        if (now.isEmpty() || diagnostics.hasErrors() || !now.get().meta().equals(was.meta())) {
            return Optional.empty();
        }
        return Optional.of(render(now.get(), links));
    }

    Output run(ContentTree tree) {
        ContentIndex index = index(tree);
        List<ParsedEntry> posts = parseAll(tree.posts(), EntryKind.POST, index);
        List<ParsedEntry> pages = parseAll(tree.pages(), EntryKind.PAGE, index);
        List<ParsedEntry> publishedPosts = posts.stream().filter(rules::publishes).toList();
        List<ParsedEntry> publishedPages = pages.stream().filter(rules::publishes).toList();
        ContentLinks links = links(publishedPosts, publishedPages, tree.assets());
        return new Output(renderAll(publishedPosts, links), renderAll(publishedPages, links),
                rules.heldBack(posts, pages), links);
    }

    /** Where template tags in bodies may link; a preview keeps it while content/ lists the same files. */
    private ContentIndex index(ContentTree tree) {
        return cache.reuse("content index", java.util.Arrays.asList(tree, config.baseUrl()),
                () -> new ContentIndex(tree, config.baseUrl()));
    }

    private List<ParsedEntry> parseAll(List<ContentFile> files, EntryKind kind, ContentIndex index) {
        return files.parallelStream().map(f -> parse(f, kind, index)).flatMap(Optional::stream).toList();
    }

    /** Template tags in a body may link to other files (index); a preview's cache keeps a file's parse. */
    private Optional<ParsedEntry> parse(ContentFile file, EntryKind kind, ContentIndex index) {
        EntryCache.Parse parse = cache.parse(file, kind, () -> {
            Diagnostics local = new Diagnostics();
            return new EntryCache.Parse(EntryParser.parse(file, null, kind, config.timezone(), index, local),
                    local.sorted());
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
        return entries.parallelStream().map(e -> render(e, links)).toList();
    }

    private RenderedEntry render(ParsedEntry entry, ContentLinks links) {
        String file = entry.file().display();
        RenderedMarkdown body = cache.render(entry, links, (read, resolver) -> markdown.render(read.body(),
                read.meta().summary(), config.excerptWords(), file, resolver));
        for (Note warning : body.warnings()) {
            diagnostics.warning(SourcePos.of(file, warning.line()).shiftLines(entry.bodyLineOffset()), warning.message());
        }
        return new RenderedEntry(entry, Permalinks.path(entry.kind(), entry.meta(), config), body);
    }
}
