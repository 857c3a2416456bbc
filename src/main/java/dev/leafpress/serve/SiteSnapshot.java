package dev.leafpress.serve;

import dev.leafpress.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One complete state of the previewed site, swapped in whole so that a request sees the old
 * site or the new one, never a mix: generated files in memory, content assets by their source
 * file, and the errors of the last build (shown over every page until fixed).
 *
 * @param version  increases with every change a browser should see
 * @param basePath the site's base path, "/" or "/blog/"
 * @param files    generated files by site-relative path ("index.html", "theme/style.css")
 * @param assets   files copied from content/, by site-relative path
 * @param errors   problems of the last build; empty when it succeeded
 */
record SiteSnapshot(long version, String basePath, Map<String, byte[]> files, Map<String, Path> assets,
                    List<Diagnostic> errors) {

    SiteSnapshot {
        files = Map.copyOf(files);
        assets = Map.copyOf(assets);
        errors = List.copyOf(errors);
    }

    static SiteSnapshot of(long version, String basePath, Map<String, byte[]> files, Map<String, Path> assets) {
        return new SiteSnapshot(version, basePath, files, assets, List.of());
    }

    static SiteSnapshot empty(long version, String basePath) {
        return of(version, basePath, Map.of(), Map.of());
    }

    /** This site with the problems of a failed rebuild on top. */
    SiteSnapshot withErrors(long newVersion, List<Diagnostic> problems) {
        return new SiteSnapshot(newVersion, basePath, files, assets, problems);
    }

    /**
     * True for "posts" or "posts/hello" when some file lies under it. A scan of every path, but only
     * asked for URLs that name no file, and cheaper than indexing folders on every rebuild.
     */
    boolean isFolder(String relative) {
        String prefix = relative + "/";
        return files.keySet().stream().anyMatch(f -> f.startsWith(prefix))
                || assets.keySet().stream().anyMatch(f -> f.startsWith(prefix));
    }
}
