package dev.leafpress.site;

import dev.leafpress.config.ConfigLoader;
import dev.leafpress.config.SiteConfig;
import dev.leafpress.content.ContentFile;
import dev.leafpress.content.DateParser;
import dev.leafpress.content.EntryKind;
import dev.leafpress.content.EntryMeta;
import dev.leafpress.content.ParsedEntry;
import dev.leafpress.content.RenderedMarkdown;
import dev.leafpress.content.Slugs;
import dev.leafpress.diag.Diagnostics;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Test inputs for the site stage: configs from site.yaml text, entries built directly as records. */
public final class TestEntries {

    private final EntryKind kind;
    private final String relative;
    private String title = "Untitled";
    private String slug;
    private String date = "2020-01-01";
    private String category;
    private List<String> tags = List.of();
    private String author;
    private int order;
    private String html = "<p>Body.</p>";

    private TestEntries(EntryKind kind, String relative) {
        this.kind = kind;
        this.relative = relative;
    }

    /** A post at {@code content/<relative>}, e.g. {@code posts/a.md}. */
    public static TestEntries post(String relative) {
        return new TestEntries(EntryKind.POST, relative);
    }

    public static TestEntries page(String relative) {
        TestEntries page = new TestEntries(EntryKind.PAGE, relative);
        page.date = null;
        return page;
    }

    /** The config that {@code yaml} (the text of site.yaml) means; fails on any diagnostic. */
    public static SiteConfig config(String yaml) {
        if (yaml.isBlank()) {
            return SiteConfig.defaults();
        }
        Diagnostics diagnostics = new Diagnostics();
        SiteConfig config = ConfigLoader.parse(yaml, diagnostics);
        if (!diagnostics.sorted().isEmpty()) {
            throw new IllegalArgumentException("bad test config: " + diagnostics.sorted());
        }
        return config;
    }

    public TestEntries title(String value) {
        title = value;
        return this;
    }

    public TestEntries slug(String value) {
        slug = value;
        return this;
    }

    /** As written in front matter; parsed in the config's timezone by {@link #build}. */
    public TestEntries date(String value) {
        date = value;
        return this;
    }

    public TestEntries category(String value) {
        category = value;
        return this;
    }

    public TestEntries tags(String... values) {
        tags = List.of(values);
        return this;
    }

    public TestEntries author(String value) {
        author = value;
        return this;
    }

    public TestEntries order(int value) {
        order = value;
        return this;
    }

    public TestEntries html(String value) {
        html = value;
        return this;
    }

    public EntryMeta meta(SiteConfig config) {
        ZonedDateTime parsed = date == null ? null : DateParser.parse(date, config.timezone());
        return new EntryMeta(title, parsed, null, category, tags, author, slug == null ? Slugs.slugify(title) : slug,
                null, 0, false, order, Map.of(), List.of());
    }

    public RenderedEntry build(SiteConfig config) {
        EntryMeta meta = meta(config);
        ContentFile file = new ContentFile(Path.of("content", relative), "content/" + relative, relative);
        ParsedEntry parsed = new ParsedEntry(file, kind, meta, "Body.", 4);
        return new RenderedEntry(parsed, Permalinks.path(kind, meta, config),
                new RenderedMarkdown(html, html, false, Set.of(), "", List.of(), List.of()));
    }

    /** Assembles a site from posts and pages given as builders. */
    public static Site site(SiteConfig config, List<TestEntries> posts, List<TestEntries> pages) {
        return SiteAssembler.assemble(config, posts.stream().map(p -> p.build(config)).toList(),
                pages.stream().map(p -> p.build(config)).toList());
    }
}
