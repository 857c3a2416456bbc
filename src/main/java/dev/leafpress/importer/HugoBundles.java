package dev.leafpress.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hugo's leaf bundles: a folder whose {@code index.md} is a post or page, with its images beside
 * it. Relative links in the entry name those files, so they go wherever the entry goes, whether
 * it became a post or a page.
 */
final class HugoBundles {

    /** Bundle folder in the old blog, e.g. {@code about}, to its new folder, e.g. {@code pages/about}. */
    private final Map<String, String> folders = new HashMap<>();

    HugoBundles(List<SourceEntry> entries) {
        for (SourceEntry entry : entries) {
            String name = SourceFiles.nameOf(entry.frame());
            if (SourceFiles.withoutExtension(name).equals("index") && entry.frame().contains("/")) {
                folders.put(parent(entry.frame()), parent(entry.target()));
            }
        }
    }

    /** The new place of a file inside a bundle, or empty when it is in none. */
    Optional<String> target(String rel) {
        for (String folder = parent(rel); !folder.isEmpty(); folder = parent(folder)) {
            String moved = folders.get(folder);
            if (moved != null) {
                return Optional.of(moved + rel.substring(folder.length()));
            }
        }
        return Optional.empty();
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
