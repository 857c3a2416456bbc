package dev.leafpress.importer;

import dev.leafpress.content.EntryKind;
import dev.leafpress.content.SourceReader;
import dev.leafpress.dialect.HeaderFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A Hugo site: its config, {@code content/} (files in a section with a date are posts, the rest
 * pages; bundles keep their files) and {@code static/} (copied to the same URLs).
 */
final class HugoSource {

    private static final Pattern HAS_DATE = Pattern.compile("(?m)^\\s*\"?(date|publishDate|publishdate|pubdate)\"?\\s*[:=]");

    private HugoSource() {
    }

    static SourceBlog read(Path root) {
        Optional<ConfigValues> found = HugoConfig.read(root);
        ConfigValues config = found.orElse(ConfigValues.empty());
        Map<String, String> permalinks = permalinks(config);
        List<SourceEntry> entries = new ArrayList<>();
        List<SourceFileCopy> files = new ArrayList<>();
        Map<String, String> skipped = new TreeMap<>();
        Path content = root.resolve("content");
        List<String> others = new ArrayList<>();
        for (String rel : SourceFiles.list(content)) {
            classify(content.resolve(rel), rel, permalinks, entries, others, skipped);
        }
        HugoBundles bundles = new HugoBundles(entries);
        others.forEach(rel -> files.add(new SourceFileCopy(content.resolve(rel), rel, bundles.target(rel)
                .orElse(rel.contains("/") ? "posts/" + withoutPostFolder(rel) : rel))));
        SourceFiles.list(root.resolve("static")).forEach(rel ->
                files.add(new SourceFileCopy(root.resolve("static").resolve(rel), rel, rel)));
        String author = config.text("params.author", config.text("author.name", config.text("author", "")));
        SiteSettings settings = new SiteSettings(config.text("title", "My blog"), config.text("params.description", ""),
                author, Settings.baseUrl(config.text("baseURL", "")), config.text("languageCode", "en"),
                Settings.zone(config.text("timeZone", "UTC")));
        return new SourceBlog(settings, entries, files, skipped, found.isPresent() ? List.of()
                : SourceBlog.noSettings("hugo.toml, config.toml (or their YAML and JSON forms) or config/_default/"));
    }

    /**
     * Page permalinks by section: the plain {@code [permalinks]} form, overridden by the
     * {@code [permalinks.page]} table current Hugo documents. Tables ({@code section}, {@code term},
     * {@code taxonomy}) are not patterns: they are for listing pages, which Leafpress makes itself.
     */
    static Map<String, String> permalinks(ConfigValues config) {
        Map<String, String> out = new TreeMap<>();
        config.map("permalinks").forEach((section, pattern) -> {
            if (!pattern.isEmpty()) {
                out.put(section, pattern);
            }
        });
        out.putAll(config.map("permalinks.page"));
        return out;
    }

    /** Posts and pages go to {@code entries}; other files' paths to {@code others}, placed once bundles are known. */
    private static void classify(Path path, String rel, Map<String, String> permalinks, List<SourceEntry> entries,
                                 List<String> others, Map<String, String> skipped) {
        String name = SourceFiles.nameOf(rel);
        boolean inSection = rel.contains("/");
        String section = inSection ? rel.substring(0, rel.indexOf('/')) : "";
        if (SourceFiles.unreadable(rel).isPresent()) {
            skipped.put(rel, SourceFiles.unreadable(rel).get());
        } else if (name.startsWith("_index.")) {
            skipped.put(rel, "a section page (Leafpress makes its own listing pages)");
        } else if (SourceFiles.isMarkdown(rel) && inSection && hasDate(path)) {
            entries.add(new SourceEntry(path, rel, "posts/" + withoutPostFolder(rel), EntryKind.POST,
                    permalinks.get(section)));
        } else if (SourceFiles.isMarkdown(rel)) {
            entries.add(new SourceEntry(path, rel, "pages/" + rel, EntryKind.PAGE, permalinks.get(section)));
        } else {
            others.add(rel);
        }
    }

    /** content/posts/a.md goes to posts/a.md, content/blog/a.md to posts/blog/a.md. */
    private static String withoutPostFolder(String rel) {
        return rel.startsWith("posts/") || rel.startsWith("post/") ? rel.substring(rel.indexOf('/') + 1) : rel;
    }

    private static boolean hasDate(Path path) {
        String text = SourceReader.read(path, path.toString()).text();
        HeaderFormat format = HeaderFormat.detect(text);
        return format != HeaderFormat.NONE && HAS_DATE.matcher(text.substring(0, Math.min(text.length(), 4000))).find();
    }
}
