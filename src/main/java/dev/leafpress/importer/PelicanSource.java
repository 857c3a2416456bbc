package dev.leafpress.importer;

import dev.leafpress.content.EntryKind;
import dev.leafpress.content.SourceReader;
import dev.leafpress.dialect.HeaderFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Pelican project: {@code pelicanconf.py} and its content folder with pages/ and category folders. */
final class PelicanSource {

    private static final Pattern EXTRA_PATH = Pattern.compile("['\"]([^'\"]+)['\"]\\s*:\\s*\\{\\s*['\"]path['\"]\\s*:\\s*['\"]([^'\"]+)['\"]");

    private PelicanSource() {
    }

    static SourceBlog read(Path root) {
        String text = settingsText(root);
        PythonSettings py = PythonSettings.parse(text);
        Path content = root.resolve(py.get("PATH", "content"));
        List<String> pagePaths = py.list("PAGE_PATHS", List.of("pages"));
        List<String> staticPaths = py.list("STATIC_PATHS", List.of("images"));
        String articleUrl = py.get("ARTICLE_SAVE_AS", py.get("ARTICLE_URL", "{slug}.html"));
        String pageUrl = py.get("PAGE_SAVE_AS", py.get("PAGE_URL", "pages/{slug}.html"));
        Map<String, String> extraPaths = extraPaths(text);
        List<SourceEntry> entries = new ArrayList<>();
        List<SourceFileCopy> files = new ArrayList<>();
        Map<String, String> skipped = new TreeMap<>();
        for (String rel : SourceFiles.list(content)) {
            Path path = content.resolve(rel);
            boolean page = pagePaths.stream().anyMatch(p -> rel.startsWith(p + "/"));
            if (SourceFiles.unreadable(rel).isPresent()) {
                skipped.put(rel, SourceFiles.unreadable(rel).get());
            } else if (isHtml(rel) && staticPaths.stream().noneMatch(p -> rel.equals(p) || rel.startsWith(p + "/"))) {
                skipped.put(rel, "a Pelican HTML article or page: Leafpress reads Markdown; convert it (for example"
                        + " with pandoc -f html -t gfm), add a Title: and Date: header, and import again");
            } else if (SourceFiles.isMarkdown(rel) && !isPelican(path)) {
                skipped.put(rel, "Markdown without a Pelican metadata header (Title:, Date:, ...)");
            } else if (SourceFiles.isMarkdown(rel)) {
                String target = page ? "pages/" + rel.substring(rel.indexOf('/') + 1) : "posts/" + rel;
                entries.add(new SourceEntry(path, rel, target, page ? EntryKind.PAGE : EntryKind.POST,
                        page ? pageUrl : articleUrl));
            } else {
                files.add(new SourceFileCopy(path, rel, extraPaths.getOrDefault(rel, rel)));
            }
        }
        SiteSettings settings = new SiteSettings(py.get("SITENAME", "My blog"), py.get("SITESUBTITLE", ""),
                py.get("AUTHOR", ""), Settings.baseUrl(py.get("SITEURL", "")), py.get("DEFAULT_LANG", "en"),
                Settings.zone(py.get("TIMEZONE", "UTC")));
        return new SourceBlog(settings, entries, files, skipped, Files.isRegularFile(root.resolve("pelicanconf.py"))
                ? List.of() : SourceBlog.noSettings("pelicanconf.py"), PelicanRules.of(py));
    }

    /**
     * {@code pelicanconf.py}, then {@code publishconf.py}: the published site's settings (its real
     * {@code SITEURL} above all) are in the second, which imports the first and overrides some of
     * its names. Read one after the other, a later assignment wins, as in Python.
     */
    private static String settingsText(Path root) {
        StringBuilder text = new StringBuilder();
        for (String name : new String[] {"pelicanconf.py", "publishconf.py"}) {
            Path file = root.resolve(name);
            if (Files.isRegularFile(file)) {
                text.append(SourceReader.read(file, name).text()).append('\n');
            }
        }
        return text.toString();
    }

    /** Pelican reads .html and .htm files outside STATIC_PATHS as articles and pages. */
    private static boolean isHtml(String rel) {
        String lower = rel.toLowerCase(Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm");
    }

    private static boolean isPelican(Path file) {
        return HeaderFormat.detect(SourceFiles.head(file)) == HeaderFormat.PELICAN;
    }

    /** EXTRA_PATH_METADATA's 'path' moves a file, e.g. extra/robots.txt to robots.txt. */
    private static Map<String, String> extraPaths(String text) {
        Map<String, String> paths = new HashMap<>();
        Matcher m = EXTRA_PATH.matcher(text);
        while (m.find()) {
            paths.put(m.group(1), m.group(2));
        }
        return paths;
    }
}
