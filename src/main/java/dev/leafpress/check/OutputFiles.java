package dev.leafpress.check;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The files a build would write, and the element ids of each HTML page, to answer "does this
 * link lead somewhere?" the way a static host does (a folder means its index.html).
 */
final class OutputFiles {

    private final Set<String> files;
    private final Map<String, Set<String>> idsByPage;

    OutputFiles(Set<String> files, Map<String, Set<String>> idsByPage) {
        this.files = Set.copyOf(files);
        this.idsByPage = Map.copyOf(idsByPage);
    }

    /** The file that serves {@code path}: itself, or its index.html when it is a folder. */
    Optional<String> fileFor(String path) {
        if (path.isEmpty() || path.endsWith("/")) {
            return Optional.of(path + "index.html").filter(files::contains);
        }
        if (files.contains(path)) {
            return Optional.of(path);
        }
        return Optional.of(path + "/index.html").filter(files::contains);
    }

    /** True when the HTML page has an element with this id (non-HTML files have none to check). */
    boolean hasAnchor(String file, String id) {
        Set<String> ids = idsByPage.get(file);
        return ids == null || ids.contains(id) || id.isEmpty() || id.equals("top");
    }
}
