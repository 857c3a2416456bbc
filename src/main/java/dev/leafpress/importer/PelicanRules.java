package dev.leafpress.importer;

import dev.leafpress.content.EntryKind;
import dev.leafpress.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Pelican's settings for slugs and categories: {@code SLUGIFY_SOURCE = 'basename'} makes slugs from
 * file names, {@code USE_FOLDER_AS_CATEGORY = False} and {@code DEFAULT_CATEGORY} decide the category
 * of a post whose header has none. Its old URL and its category in the new site follow them.
 */
record PelicanRules(boolean basenameSlugs, boolean folderCategories, String defaultCategory) {

    static final PelicanRules DEFAULT = new PelicanRules(false, true, "misc");

    static PelicanRules of(PythonSettings py) {
        return new PelicanRules(py.get("SLUGIFY_SOURCE", "title").equals("basename"),
                !py.get("USE_FOLDER_AS_CATEGORY", "True").equals("False"), py.get("DEFAULT_CATEGORY", "misc"));
    }

    /** The header's slug, else the file name's when slugs come from it; null for Pelican's title slug. */
    String slug(YamlNode.Mapping keys, String frame) {
        String given = HeaderEdits.text(keys, "slug");
        return given != null || !basenameSlugs ? given
                : OldUrls.pelicanSlug(SourceFiles.withoutExtension(SourceFiles.nameOf(frame)));
    }

    /** {@code keys} with the category Pelican gave a post without a {@code Category:} line. */
    YamlNode.Mapping categorised(YamlNode.Mapping keys, YamlNode.Mapping original, SourceEntry entry) {
        if (equals(DEFAULT) || entry.kind() != EntryKind.POST
                || HeaderEdits.text(original, "category") != null) {
            return keys;
        }
        boolean inFolder = entry.frame().contains("/");
        if (folderCategories && inFolder) {
            return keys;
        }
        List<YamlNode.Entry> entries = new ArrayList<>(HeaderEdits.without(keys, "category").entries());
        entries.add(new YamlNode.Entry("category", 0, 0,
                new YamlNode.Scalar(defaultCategory, YamlNode.Scalar.Kind.STRING, 0, 0)));
        return new YamlNode.Mapping(List.copyOf(entries), keys.line(), keys.column());
    }
}
