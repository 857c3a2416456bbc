package dev.leafpress.dialect;

import dev.leafpress.diag.Diagnostics;
import dev.leafpress.yaml.YamlFields;
import dev.leafpress.yaml.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a header written for Jekyll, Hugo or Pelican into Leafpress's keys, keeping every
 * value's position: {@code categories} becomes {@code category} plus tags, {@code permalink} and
 * {@code url} become {@code aliases}, {@code published: false} and {@code Status: draft} become
 * {@code draft: true}. Keys Leafpress does not know are left for the usual warning.
 */
public final class DialectKeys {

    private static final List<String> HUGO_PUBLISH_DATES = List.of("publishDate", "publishdate", "pubdate");

    private DialectKeys() {
    }

    /**
     * The header in Leafpress's keys; empty (with a warning reported) for a file that is not to
     * be published at all, such as an undated Jekyll draft.
     */
    public static Optional<YamlNode.Mapping> translate(Dialect dialect, String relative, String display, Header header,
                                                       Diagnostics diagnostics) {
        Keys keys = new Keys(header, new YamlFields(header.mapping(), display, header.lineOffset(), diagnostics));
        if (dialect == Dialect.PELICAN) {
            PelicanKeys.apply(keys, relative);
            keys.rename("modified", "updated");
        } else {
            if (dialect == Dialect.JEKYLL) {
                keys.folderCategories(JekyllCategories.ofFolder(relative));
            }
            keys.categoriesAndTags(dialect == Dialect.JEKYLL);
            keys.aliases("url", "permalink");
            keys.remove("layout");
            keys.rename("lastmod", "updated");
            keys.rename("last_modified_at", "updated");
            // Hugo dates a post without 'date' by its publish date (its front matter keys ignore case).
            HUGO_PUBLISH_DATES.forEach(key -> keys.rename(key, "date"));
        }
        if (dialect == Dialect.JEKYLL && !JekyllKeys.apply(keys, relative, header.body())) {
            return Optional.empty();
        }
        return Optional.of(keys.mapping());
    }

    /** A header being rewritten: its entries by key, in the order written. */
    static final class Keys {
        final Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        final YamlFields fields;
        final Header header;

        Keys(Header header, YamlFields fields) {
            this.header = header;
            this.fields = fields;
            header.mapping().entries().forEach(e -> entries.put(e.key(), e));
        }

        boolean has(String key) {
            return fields.node(key).isPresent() && entries.containsKey(key);
        }

        YamlNode.Entry remove(String key) {
            return entries.remove(key);
        }

        void put(String key, YamlNode.Entry at, YamlNode value) {
            entries.put(key, new YamlNode.Entry(key, at.line(), at.column(), value));
        }

        /** A value made from the file itself (its name or folder), placed on the first line. */
        void putDerived(String key, String text) {
            putDerived(key, text, YamlNode.Scalar.Kind.STRING);
        }

        void putDerived(String key, String text, YamlNode.Scalar.Kind kind) {
            int line = 1 - header.lineOffset();
            entries.put(key, new YamlNode.Entry(key, line, 0, new YamlNode.Scalar(text, kind, line, 0)));
        }

        /** Their key for the last change becomes Leafpress's, unless that is written too. */
        void rename(String from, String to) {
            YamlNode.Entry entry = entries.get(from);
            if (entry != null && !entries.containsKey(to)) {
                remove(from);
                put(to, entry, entry.value());
            }
        }

        YamlNode.Mapping mapping() {
            return new YamlNode.Mapping(List.copyOf(entries.values()), header.mapping().line(),
                    header.mapping().column());
        }

        /** The strings of a list, or of a string split on commas (or spaces, the Jekyll way). */
        List<YamlNode.Scalar> strings(String key, boolean spaces) {
            YamlNode.Entry entry = entries.get(key);
            List<YamlNode.Scalar> out = new ArrayList<>();
            if (entry == null) {
                return out;
            }
            if (entry.value() instanceof YamlNode.Sequence seq) {
                seq.items().forEach(item -> addScalar(key, item, out));
            } else if (entry.value() instanceof YamlNode.Scalar s && s.kind() != YamlNode.Scalar.Kind.NULL) {
                String separator = s.text().contains(",") || !spaces ? "," : "\\s+";
                for (String part : s.text().split(separator)) {
                    if (!part.isBlank()) {
                        out.add(new YamlNode.Scalar(part.strip(), YamlNode.Scalar.Kind.STRING, s.line(), s.column()));
                    }
                }
            } else if (!(entry.value() instanceof YamlNode.Scalar)) {
                fields.diagnostics().error(fields.at(entry.value()),
                        "'" + key + "' must be a list or a comma-separated string, found " + entry.value().describe());
            }
            return out;
        }

        private void addScalar(String key, YamlNode item, List<YamlNode.Scalar> out) {
            if (item instanceof YamlNode.Scalar s && s.kind() != YamlNode.Scalar.Kind.NULL) {
                out.add(s);
            } else if (!(item instanceof YamlNode.Scalar)) {
                fields.diagnostics().error(fields.at(item), "'" + key + "' items must be strings, found "
                        + item.describe());
            }
        }

        /** Categories from the folders a file is in go before those its {@code categories} names. */
        void folderCategories(List<String> folders) {
            if (folders.isEmpty()) {
                return;
            }
            int line = 1 - header.lineOffset();
            List<YamlNode> all = new ArrayList<>();
            folders.forEach(f -> all.add(new YamlNode.Scalar(f, YamlNode.Scalar.Kind.STRING, line, 0)));
            YamlNode.Entry written = entries.get("categories");
            all.addAll(strings("categories", true));
            YamlNode.Entry at = written != null ? written : new YamlNode.Entry("categories", line, 0, null);
            put("categories", at, new YamlNode.Sequence(List.copyOf(all), at.line(), at.column()));
        }

        /** {@code categories}: the first is the category (unless one is given), the others are tags. */
        void categoriesAndTags(boolean spaces) {
            YamlNode.Entry written = entries.get("tags");
            boolean spacedTags = spaces && written != null && written.value() instanceof YamlNode.Scalar s
                    && !s.text().contains(",");
            if (!entries.containsKey("categories") && !spacedTags) {
                return;
            }
            List<YamlNode.Scalar> categories = strings("categories", spaces);
            YamlNode.Entry categoriesEntry = remove("categories");
            boolean hasTags = entries.containsKey("tags");
            List<YamlNode> tags = new ArrayList<>(strings("tags", spaces));
            if (!categories.isEmpty() && !has("category")) {
                put("category", categoriesEntry, categories.remove(0));
            }
            tags.addAll(categories);
            YamlNode.Entry at = hasTags ? entries.get("tags") : categoriesEntry;
            if (at != null && (hasTags || !tags.isEmpty())) {
                put("tags", at, new YamlNode.Sequence(List.copyOf(tags), at.line(), at.column()));
            }
        }

        /** Moves old URLs given by {@code keys} into {@code aliases}, after those written there. */
        void aliases(String... keys) {
            boolean had = entries.containsKey("aliases");
            List<YamlNode> all = new ArrayList<>(strings("aliases", false));
            YamlNode.Entry at = entries.get("aliases");
            for (String key : keys) {
                List<YamlNode.Scalar> more = strings(key, false);
                YamlNode.Entry entry = remove(key);
                at = at == null ? entry : at;
                all.addAll(more);
            }
            if (at != null && (had || !all.isEmpty())) {
                put("aliases", at, new YamlNode.Sequence(List.copyOf(all), at.line(), at.column()));
            }
        }
    }
}
