package dev.leafpress.serve;

import dev.leafpress.diag.Diagnostic;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
                    List<Diagnostic> errors, Set<String> folders) {

    SiteSnapshot {
        files = Map.copyOf(files);
        assets = Map.copyOf(assets);
        errors = List.copyOf(errors);
        folders = Set.copyOf(folders);
    }

    static SiteSnapshot of(long version, String basePath, Map<String, byte[]> files, Map<String, Path> assets) {
        Set<String> folders = new HashSet<>();
        files.keySet().forEach(f -> addFolders(f, folders));
        assets.keySet().forEach(f -> addFolders(f, folders));
        return new SiteSnapshot(version, basePath, files, assets, List.of(), folders);
    }

    static SiteSnapshot empty(String basePath) {
        return of(0, basePath, Map.of(), Map.of());
    }

    /** This site with the problems of a failed rebuild on top. */
    SiteSnapshot withErrors(long newVersion, List<Diagnostic> problems) {
        return new SiteSnapshot(newVersion, basePath, files, assets, problems, folders);
    }

    /** True for "posts" or "posts/hello" when some file lies under it. */
    boolean isFolder(String relative) {
        return folders.contains(relative);
    }

    private static void addFolders(String file, Set<String> folders) {
        for (int slash = file.indexOf('/'); slash > 0; slash = file.indexOf('/', slash + 1)) {
            folders.add(file.substring(0, slash));
        }
    }
}
