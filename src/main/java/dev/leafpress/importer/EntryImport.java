package dev.leafpress.importer;

import dev.leafpress.config.Permalink;
import dev.leafpress.content.ContentFile;
import dev.leafpress.content.DateParser;
import dev.leafpress.content.EntryKind;
import dev.leafpress.content.EntryParser;
import dev.leafpress.content.Slugs;
import dev.leafpress.content.SourceFile;
import dev.leafpress.content.SourceReader;
import dev.leafpress.dialect.Dialect;
import dev.leafpress.dialect.DialectKeys;
import dev.leafpress.dialect.Header;
import dev.leafpress.dialect.HeaderFormat;
import dev.leafpress.dialect.JekyllCategories;
import dev.leafpress.diag.Diagnostics;
import dev.leafpress.markup.BodyTemplates;
import dev.leafpress.markup.Converted;
import dev.leafpress.yaml.YamlNode;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One post or page converted: its header in Leafpress's keys with its old URL added to
 * {@code aliases}, its template syntax turned into Markdown, its links to old URLs rewritten.
 *
 * @param text    the new file
 * @param oldUrls the URLs it had (now redirects)
 * @param notes   template syntax left as written, as "line: message"
 */
record EntryImport(String text, List<String> oldUrls, List<String> notes) {

    /** The header read in its dialect and the URL it had; empty with reasons in {@code problems}. */
    record Parsed(Dialect dialect, Header header, YamlNode.Mapping keys, Optional<String> oldUrl) {

        /** True when the entry is written as a draft, so the new site has no page and no redirects for it. */
        boolean draft() {
            return "true".equals(HeaderEdits.text(keys, "draft"));
        }

        /** Pelican's {@code Status: hidden}: published but unlisted there, a draft here. */
        boolean hidden() {
            return "hidden".equalsIgnoreCase(String.valueOf(HeaderEdits.text(header.mapping(), "status")).strip());
        }

        /** Where the new site puts the entry, with the imported site.yaml's default permalink. */
        String newPath(EntryKind kind) {
            String slug = HeaderEdits.text(keys, "slug");
            String title = HeaderEdits.text(keys, "title");
            String name = Slugs.slugify(slug != null ? slug : title == null ? "" : title);
            return kind == EntryKind.PAGE ? name + "/" : Permalink.DEFAULT.expand("", "", "", name, "");
        }

        /** Every URL the entry had: the one its generator made and those its header names. */
        List<String> oldUrls() {
            List<String> all = new ArrayList<>(HeaderEdits.strings(keys, "aliases"));
            oldUrl.ifPresent(all::add);
            return all;
        }
    }

    static Optional<Parsed> parse(SourceKind kind, SourceEntry entry, SourceBlog blog, Diagnostics problems) {
        SourceFile source = SourceReader.read(entry.path(), entry.frame());
        Header header = EntryParser.header(new ContentFile(entry.path(), entry.frame(), entry.frame()), source);
        Dialect dialect = header.format() == HeaderFormat.PELICAN ? Dialect.PELICAN : kind.dialect();
        Diagnostics local = new Diagnostics();
        Optional<YamlNode.Mapping> keys = DialectKeys.translate(dialect, entry.frame(), entry.frame(), header, local);
        problems.addAll(local.sorted());
        if (keys.isEmpty() || local.hasErrors()) {
            return Optional.empty();
        }
        if (kind == SourceKind.JEKYLL && entry.kind() == EntryKind.PAGE) {
            keys = PageTitles.titled(entry, keys.get(), header.mapping(), problems);
            if (keys.isEmpty()) {
                return Optional.empty();
            }
        }
        if (kind == SourceKind.PELICAN) {
            keys = Optional.of(blog.pelican().categorised(keys.get(), header.mapping(), entry));
        }
        UrlFacts facts = facts(kind, keys.get(), header.mapping(), entry, blog);
        Optional<String> oldUrl = hasOwnUrl(header.mapping()) ? Optional.empty()
                : OldUrls.of(kind, entry, facts, blog.settings());
        return Optional.of(new Parsed(dialect, header, keys.get(), oldUrl));
    }

    /** The new file: old URL added to aliases, template syntax converted, old links rewritten. */
    static EntryImport convert(Parsed parsed, SourceEntry entry, SiteSettings settings, ImportTargets targets,
                               LinkMap links) {
        YamlNode.Mapping written = HeaderEdits.withAlias(parsed.keys(), parsed.oldUrl());
        String source = parsed.header().body();
        Optional<String> marked = ExcerptMarker.of(parsed.header().mapping(), settings.excerptSeparator(), source);
        if (marked.isPresent()) {
            written = HeaderEdits.without(written, "summary");
            source = marked.get();
        }
        written = HeaderEdits.mapStrings(written, "summary",
                s -> convertBody(parsed.dialect(), s, entry, targets, links).markdown());
        Converted body = convertBody(parsed.dialect(), source, entry, targets, links);
        List<String> notes = new ArrayList<>();
        body.notes().forEach(n -> notes.add((n.line() + parsed.header().bodyLineOffset()) + ": " + n.message()));
        return new EntryImport(FrontMatterWriter.write(written) + body.markdown(), parsed.oldUrls(), notes);
    }

    private static Converted convertBody(Dialect dialect, String body, SourceEntry entry, ImportTargets targets,
                                         LinkMap links) {
        Converted templates = BodyTemplates.convertForImport(dialect, body, entry.frame(), targets);
        return new Converted(links.rewrite(templates.markdown(), entry.frame()), templates.notes());
    }
    /** Jekyll's permalink, Hugo's and Pelican's url and save_as already name the old URL. */
    private static boolean hasOwnUrl(YamlNode.Mapping original) {
        return original.entries().stream().anyMatch(e -> List.of("permalink", "url", "save_as").contains(e.key()));
    }

    private static UrlFacts facts(SourceKind kind, YamlNode.Mapping keys, YamlNode.Mapping original, SourceEntry entry,
                                  SourceBlog blog) {
        String date = HeaderEdits.text(keys, "date");
        ZonedDateTime parsed = null;
        try {
            parsed = date == null ? null : DateParser.parse(date, blog.settings().zone());
        } catch (IllegalArgumentException e) {
            parsed = null;
        }
        List<String> categories = new ArrayList<>(kind == SourceKind.JEKYLL
                ? JekyllCategories.ofFolder(entry.frame()) : List.of());
        HeaderEdits.strings(original, "categories").forEach(categories::add);
        HeaderEdits.strings(original, "category").forEach(categories::add);
        String title = HeaderEdits.text(keys, "title");
        String slug = kind == SourceKind.PELICAN ? blog.pelican().slug(keys, entry.frame())
                : HeaderEdits.text(keys, "slug");
        return new UrlFacts(title == null ? "" : title, slug, parsed,
                HeaderEdits.text(keys, "category"), categories, entry.frame());
    }
}
