package dev.leafpress.markup;

import dev.leafpress.config.SitePaths;
import java.util.Optional;
import java.util.Set;

/** Finding content files named in template tags: relative, content-rooted, or by name. */
final class ContentPaths {

    private ContentPaths() {
    }

    static String folderOf(String file) {
        return SitePaths.folderOf(file);
    }

    /** {@code path} from {@code from}'s folder, or from content/ when it starts with "/"; empty if it leaves content/. */
    static Optional<String> resolve(String from, String path) {
        String joined = path.startsWith("/") ? path.substring(1) : folderOf(from) + path;
        return SitePaths.removeDotSegments(joined);
    }

    /** The existing file among {@code path} and the names Hugo tries for it (.md, /index.md, /_index.md). */
    static Optional<String> existing(Set<String> files, String path) {
        for (String candidate : new String[] {path, path + ".md", path + "/index.md", path + "/_index.md"}) {
            String clean = candidate.replaceAll("^/+", "").replace("//", "/");
            if (files.contains(clean)) {
                return Optional.of(clean);
            }
        }
        return Optional.empty();
    }

    /** The only Markdown file whose path ends with {@code /name} (with or without .md). */
    static Optional<String> byName(Set<String> files, String name) {
        String bare = name.replaceAll("^/+", "");
        return files.stream().filter(f -> ("/" + f).endsWith("/" + bare) || ("/" + f).endsWith("/" + bare + ".md")
                || ("/" + f).endsWith("/" + bare + ".markdown")).sorted().findFirst();
    }
}
