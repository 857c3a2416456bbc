package dev.leafpress.importer;

import dev.leafpress.content.EntryKind;
import dev.leafpress.dialect.Dialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** A Jekyll site: {@code _config.yml}, {@code _posts/}, {@code _drafts/}, pages with front matter, static files. */
final class JekyllSource {

    private static final Set<String> EXCLUDED = Set.of("Gemfile", "Gemfile.lock", "node_modules", "vendor",
            "_config.yml");
    private static final Map<String, String> STYLES = Map.of("date", "/:categories/:year/:month/:day/:title:output_ext",
            "pretty", "/:categories/:year/:month/:day/:title/", "ordinal", "/:categories/:year/:y_day/:title:output_ext",
            "weekdate", "/:categories/:year/W:week/:short_day/:title:output_ext", "none", "/:categories/:title:output_ext");

    private JekyllSource() {
    }

    static SourceBlog read(Path root) {
        ConfigValues config = ConfigValues.read(root.resolve("_config.yml"));
        String permalink = config.text("permalink", "date");
        String postUrl = STYLES.getOrDefault(permalink, permalink);
        String pageUrl = postUrl.endsWith("/") ? "pretty" : "html";
        List<String> excluded = new ArrayList<>(config.list("exclude"));
        excluded.addAll(EXCLUDED);
        List<SourceEntry> entries = new ArrayList<>();
        List<SourceFileCopy> files = new ArrayList<>();
        Map<String, String> skipped = new TreeMap<>();
        for (String rel : SourceFiles.list(root)) {
            if (excluded.stream().anyMatch(x -> rel.equals(x) || rel.startsWith(x + "/")) || isInternal(rel)) {
                continue;
            }
            classify(root.resolve(rel), rel, postUrl, pageUrl, entries, files, skipped);
        }
        String author = config.text("author", config.text("author.name", ""));
        SiteSettings settings = new SiteSettings(config.text("title", "My blog"), config.text("description", ""),
                author, Settings.baseUrl(config.text("url", "") + config.text("baseurl", "")),
                config.text("lang", "en"), Settings.zone(config.text("timezone", "UTC")),
                config.text("excerpt_separator", null));
        return new SourceBlog(settings, entries, files, skipped, Files.isRegularFile(root.resolve("_config.yml"))
                ? List.of() : SourceBlog.noSettings("_config.yml"));
    }

    /** {@code _posts/a.md} to {@code posts/a.md}, {@code ruby/_drafts/a.md} to {@code posts/drafts/ruby/a.md}. */
    private static String postTarget(String rel) {
        String path = "/" + rel;
        boolean draft = Dialect.inJekyllDrafts(rel);
        int cut = path.indexOf(draft ? "/_drafts/" : "/_posts/");
        String above = cut == 0 ? "" : path.substring(1, cut);
        String rest = path.substring(cut + (draft ? "/_drafts/" : "/_posts/").length());
        return (draft ? "posts/drafts/" : "posts/") + (above.isEmpty() ? "" : above + "/") + rest;
    }

    /** Folders starting with "_" are Jekyll's own (layouts, includes, the built _site), except posts and drafts. */
    private static boolean isInternal(String rel) {
        return rel.startsWith("_") && !rel.startsWith("_posts/") && !rel.startsWith("_drafts/");
    }

    private static void classify(Path path, String rel, String postUrl, String pageUrl, List<SourceEntry> entries,
                                 List<SourceFileCopy> files, Map<String, String> skipped) {
        String name = SourceFiles.nameOf(rel);
        boolean frontMatter = SourceFiles.head(path).startsWith("---\n");
        boolean post = Dialect.inJekyllFolder(rel);
        if (SourceFiles.unreadable(rel).isPresent()) {
            skipped.put(rel, SourceFiles.unreadable(rel).get());
        } else if (post && SourceFiles.isMarkdown(rel)) {
            entries.add(new SourceEntry(path, rel, postTarget(rel), EntryKind.POST, postUrl));
        } else if (post || frontMatter && !SourceFiles.isMarkdown(rel)) {
            skipped.put(rel, "a Jekyll template or HTML page (Leafpress's theme makes its pages; copy what you need"
                    + " into a template)");
        } else if (frontMatter && SourceFiles.withoutExtension(name).equals("index") && !rel.contains("/")) {
            skipped.put(rel, "the home page (Leafpress makes its own)");
        } else if (frontMatter) {
            entries.add(new SourceEntry(path, rel, "pages/" + rel, EntryKind.PAGE, pageUrl));
        } else {
            files.add(new SourceFileCopy(path, rel, rel));
        }
    }
}
