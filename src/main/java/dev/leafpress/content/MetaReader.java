package dev.leafpress.content;

import dev.leafpress.diag.Diagnostics;
import dev.leafpress.yaml.YamlFields;
import dev.leafpress.yaml.YamlNode;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the typed front matter of one entry; every problem is reported at its line. */
final class MetaReader {

    /** Largest {@code order}, either sign; wide enough for orders written as dates (20240131). */
    static final int ORDER_LIMIT = 1_000_000_000;

    private final YamlFields fields;
    private final EntryKind kind;
    private final ZoneId zone;

    MetaReader(YamlFields fields, EntryKind kind, ZoneId zone) {
        this.fields = fields;
        this.kind = kind;
        this.zone = zone;
    }

    /**
     * The metadata, or empty when any required part is missing or wrong. The fields report into
     * a collector of this file only, so "any error" means an error in this file.
     */
    Optional<EntryMeta> read() {
        Diagnostics diagnostics = fields.diagnostics();
        List<YamlNode.Entry> unknown = fields.unknown(kind.keys());
        unknown.forEach(e -> diagnostics.warning(fields.keyPos(e), "unknown front matter key '" + e.key()
                + "' (kept for templates as " + (kind == EntryKind.POST ? "post" : "page") + ".extra." + e.key() + ")"));
        Optional<String> title = fields.requiredString("title");
        ZonedDateTime date = date();
        ZonedDateTime updated = fields.string("updated").map(text -> parseDate("updated", text)).orElse(null);
        checkUpdatedAfterDate(date, updated);
        EntryMeta meta = new EntryMeta(
                title.map(String::strip).orElse(""),
                date,
                updated,
                category(),
                tags(),
                fields.string("author").map(String::strip).orElse(null),
                slug(title.orElse("")),
                fields.string("summary").filter(s -> !s.isBlank()).orElse(null),
                fields.has("summary") ? fields.pos("summary").line() : 0,
                fields.bool("draft").orElse(false),
                fields.integer("order", -ORDER_LIMIT, ORDER_LIMIT).orElse(0),
                fields.plainValues(unknown),
                aliases());
        return diagnostics.hasErrors() ? Optional.empty() : Optional.of(meta);
    }

    /** The category as written; one without letters or digits (no URL can name it) gets the default, said so. */
    private String category() {
        String category = fields.string("category").map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        if (category != null && Slugs.slugify(category).isEmpty()) {
            fields.diagnostics().warning(fields.pos("category"), "category '" + category + "' has no letters or"
                    + " digits to make its address from, so the post goes in the default category");
        }
        return category;
    }

    /** The tags as written; one without letters or digits (no URL can name it) is left out, said so. */
    private List<String> tags() {
        List<String> tags = fields.stringList("tags").orElse(List.of());
        for (String tag : tags) {
            if (!tag.isBlank() && Slugs.slugify(tag).isEmpty()) {
                fields.diagnostics().warning(fields.pos("tags"), "tag '" + tag.strip() + "' has no letters or digits"
                        + " to make its address from, so the post is not listed under it");
            }
        }
        return tags;
    }

    private ZonedDateTime date() {
        if (kind == EntryKind.POST && !fields.has("date")) {
            fields.requiredString("date");
            return null;
        }
        Optional<String> raw = kind == EntryKind.POST ? fields.requiredString("date") : fields.string("date");
        return raw.map(text -> parseDate("date", text)).orElse(null);
    }

    private ZonedDateTime parseDate(String key, String text) {
        try {
            return DateParser.parse(text, zone);
        } catch (IllegalArgumentException e) {
            fields.error(key, e.getMessage());
            return null;
        }
    }

    /** An update before the first publication is almost surely a typo in one of the two. */
    private void checkUpdatedAfterDate(ZonedDateTime date, ZonedDateTime updated) {
        if (date != null && updated != null && updated.isBefore(date)) {
            fields.diagnostics().warning(fields.pos("updated"), "'updated' is before 'date'"
                    + " (feeds and the sitemap use 'date' as the last change)");
        }
    }

    /** Each alias checked and made a site path; a broken one is an error at the key. */
    private List<String> aliases() {
        List<String> paths = new ArrayList<>();
        for (String raw : fields.stringList("aliases").orElse(List.of())) {
            StringBuilder problem = new StringBuilder();
            AliasPaths.normalise(raw, problem).ifPresentOrElse(paths::add, () -> fields.error("aliases", problem.toString()));
        }
        return paths;
    }

    private String slug(String title) {
        Optional<String> explicit = fields.string("slug");
        String slug = Slugs.slugify(explicit.orElse(title));
        if (slug.isEmpty() && (explicit.isPresent() || !title.isBlank())) {
            fields.error(explicit.isPresent() ? "slug" : "title", explicit.isPresent()
                    ? "slug '" + explicit.get() + "' has no letters or digits to make a URL from"
                    : "cannot make a URL slug from title '" + title + "': add a 'slug' with letters or digits");
        }
        return slug;
    }
}
