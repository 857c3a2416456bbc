package dev.leafpress.site;

import dev.leafpress.config.SiteConfig;
import dev.leafpress.content.EntryMeta;
import dev.leafpress.content.Slugs;
import java.text.Collator;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds the {@link Site} from rendered entries: sorting, taxonomies, archives. */
public final class SiteAssembler {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    /** Pages of the same order by title as a reader sorts ("beta" before "Zeta", "Ünï" among the U's). */
    private static final Comparator<Object> TITLES = Collator.getInstance(Locale.ROOT);
    /** An entry with its date as an instant, computed once rather than in every comparison. */
    private record Dated(Instant at, RenderedEntry entry) {
    }

    /** Newest first; ties by title, then by source file (a post's title and source are the entry's). */
    private static final Comparator<Dated> NEWEST_FIRST = Comparator.comparing(Dated::at).reversed()
            .thenComparing((Dated d) -> d.entry().parsed().meta().title())
            .thenComparing(d -> d.entry().parsed().file().display());

    private SiteAssembler() {
    }

    public static Site assemble(SiteConfig config, List<RenderedEntry> posts, List<RenderedEntry> pages) {
        String base = config.basePath();
        Taxonomy categories = new Taxonomy(base + "category/");
        Taxonomy tags = new Taxonomy(base + "tag/");
        List<RenderedEntry> newestFirst = posts.stream()
                .map(e -> new Dated(e.parsed().meta().date().toInstant(), e)).sorted(NEWEST_FIRST)
                .map(Dated::entry).toList();
        for (RenderedEntry entry : newestFirst) {
            categories.add(List.of(categoryName(entry.parsed().meta(), config)));
            tags.add(entry.parsed().meta().tags());
        }
        Map<String, Term> categoryTerms = categories.terms();
        Map<String, Term> tagTerms = tags.terms();
        DateTimeFormatter dateFormat = DateTimeFormatter.ofPattern(config.dateFormat(), config.locale());
        List<Post> built = newestFirst.stream()
                .map(e -> post(e, config, base, categoryTerms, tagTerms, dateFormat)).toList();
        List<Page> builtPages = pages.stream().map(e -> page(e, base))
                .sorted(Comparator.comparingInt(Page::order).thenComparing(Page::title, TITLES).thenComparing(Page::source))
                .toList();
        return new Site(config, built, builtPages, Taxonomy.sorted(categoryTerms), Taxonomy.sorted(tagTerms),
                years(built));
    }

    /** The category as written, or the default one when none is given or it has no letters. */
    static String categoryName(EntryMeta meta, SiteConfig config) {
        String name = meta.category() == null ? config.defaultCategory() : meta.category();
        return Slugs.slugify(name).isEmpty() ? config.defaultCategory() : name;
    }

    /** {@code base} is the config's base path, passed in because working it out parses the base URL. */
    private static Post post(RenderedEntry e, SiteConfig config, String base, Map<String, Term> categories,
                             Map<String, Term> tags, DateTimeFormatter dateFormat) {
        EntryMeta m = e.parsed().meta();
        Term category = categories.get(Slugs.slugify(categoryName(m, config)));
        List<Term> postTags = m.tags().stream().map(Slugs::slugify).filter(s -> !s.isEmpty()).distinct()
                .map(tags::get).toList();
        ZonedDateTime updated = lastChange(m);
        return new Post(m.title(), m.slug(), e.path(), base + e.path(), m.date(),
                dateFormat.format(m.date()), ISO.format(m.date()), updated, ISO.format(updated),
                m.author() == null ? config.author() : m.author(), category, postTags, e.body().html(),
                AbsoluteLinks.anchored(e.body().excerptHtml(), base + e.path()), e.body().description(),
                e.body().hasMore(), m.draft(), m.extra(),
                e.parsed().file().display());
    }

    private static Page page(RenderedEntry e, String base) {
        EntryMeta m = e.parsed().meta();
        return new Page(m.title(), m.slug(), e.path(), base + e.path(), e.body().html(), e.body().description(),
                lastChange(m), m.order(), m.extra(), e.parsed().file().display());
    }

    /** {@code updated} unless it is missing or before the date (MetaReader warns about that). */
    private static ZonedDateTime lastChange(EntryMeta m) {
        if (m.updated() == null || m.date() != null && m.updated().isBefore(m.date())) {
            return m.date();
        }
        return m.updated();
    }

    private static List<YearGroup> years(List<Post> newestFirst) {
        Map<Integer, List<Post>> byYear = new LinkedHashMap<>();
        newestFirst.forEach(p -> byYear.computeIfAbsent(p.year(), y -> new ArrayList<>()).add(p));
        return byYear.entrySet().stream().map(en -> new YearGroup(en.getKey(), en.getValue())).toList();
    }
}
