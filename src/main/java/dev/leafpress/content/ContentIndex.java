package dev.leafpress.content;

import dev.leafpress.config.SitePaths;
import dev.leafpress.markup.LinkTargets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The content files of a build, as template tags in bodies see them. */
public final class ContentIndex implements LinkTargets {

    /** For parsing a file on its own: no other files, the site at "/". */
    public static final ContentIndex NONE = new ContentIndex(new ContentTree(java.util.List.of(), java.util.List.of(),
            java.util.List.of()), "");

    private final Map<String, ContentFile> assets = new HashMap<>();
    private final Set<String> files;
    private final String baseUrl;
    private final String basePath;

    /** @param baseUrl the site's base URL ending in "/", or "" */
    public ContentIndex(ContentTree tree, String baseUrl) {
        tree.assets().forEach(a -> assets.put(a.relative(), a));
        java.util.TreeSet<String> all = new java.util.TreeSet<>(assets.keySet());
        tree.posts().forEach(p -> all.add(p.relative()));
        tree.pages().forEach(p -> all.add(p.relative()));
        this.files = java.util.Collections.unmodifiableSet(all);
        this.baseUrl = baseUrl;
        this.basePath = dev.leafpress.config.UrlPaths.basePath(baseUrl);
    }

    @Override
    public Set<String> files() {
        return files;
    }

    /** Up to content/ and down to the target; the build resolves it like any relative link. */
    @Override
    public String link(String from, String target) {
        long depth = from.chars().filter(c -> c == '/').count();
        return ("../".repeat((int) depth) + target).replace(" ", "%20");
    }

    @Override
    public Optional<String> url(String target) {
        return Optional.ofNullable(assets.get(target)).map(a -> basePath + a.outputPath());
    }

    @Override
    public String basePath() {
        return basePath;
    }

    @Override
    public String origin() {
        return SitePaths.origin(baseUrl);
    }

    @Override
    public String termUrl(String kind, String name) {
        return basePath + kind + "/" + Slugs.slugify(name) + "/";
    }
}
