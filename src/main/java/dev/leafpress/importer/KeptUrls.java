package dev.leafpress.importer;

import dev.leafpress.content.AliasPaths;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The redirects an import leaves, for its report: each old address once, and only those the new
 * site will write. A draft writes none, and an old URL that is the new one needs none.
 */
final class KeptUrls {

    private final Set<String> paths = new HashSet<>();

    /** Counts the old URLs of a published entry whose new site path is {@code newPath} (e.g. {@code posts/x/}). */
    void add(List<String> oldUrls, String newPath) {
        oldUrls.forEach(url -> path(url).filter(p -> !p.equals(newPath)).ifPresent(paths::add));
    }

    int count() {
        return paths.size();
    }

    /** The site path a URL is written to: "/old", "/old/" and "/old/index.html" alike. */
    static Optional<String> path(String url) {
        return AliasPaths.normalise(url, new StringBuilder()).map(p -> p.replaceFirst("(^|/)index\\.html$", "$1"));
    }
}
