package dev.leafpress.serve;

import java.util.Set;
import java.util.TreeSet;

/**
 * What changed on disk since the last build, as site-relative paths with "/", sorted.
 *
 * @param everything the watcher lost track (event overflow): rebuild from scratch
 */
record ChangeSet(Set<String> paths, boolean everything) {

    ChangeSet {
        paths = Set.copyOf(new TreeSet<>(paths));
    }

    static final ChangeSet ALL = new ChangeSet(Set.of(), true);

    static ChangeSet of(String... paths) {
        return new ChangeSet(Set.of(paths), false);
    }

    /** site.yaml: every setting may change every page. */
    boolean config() {
        return everything || paths.contains("site.yaml");
    }

    /** A template of the site or a theme (or a whole theme folder) changed. */
    boolean templates() {
        return everything || paths.stream().anyMatch(p -> p.equals("templates") || p.startsWith("templates/")
                || p.equals("themes") || p.startsWith("themes/") && !isThemeStatic(p));
    }

    /** The changed paths under content/, relative to content/. */
    Set<String> content() {
        Set<String> inside = new TreeSet<>();
        for (String p : paths) {
            if (p.startsWith("content/")) {
                inside.add(p.substring("content/".length()));
            } else if (p.equals("content")) {
                inside.add("");
            }
        }
        return inside;
    }

    /** themes/NAME/static/...: a theme file that is copied, not a template. */
    private static boolean isThemeStatic(String path) {
        String[] parts = path.split("/", 4);
        return parts.length >= 4 && parts[2].equals("static");
    }
}
