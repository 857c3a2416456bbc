package dev.leafpress.importer;

import dev.leafpress.config.SitePaths;
import dev.leafpress.config.UrlPaths;
import dev.leafpress.content.ContentFile;
import dev.leafpress.content.Slugs;
import dev.leafpress.markup.LinkTargets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Template tags of the old blog, linked to where its files go in the new site. */
final class ImportTargets implements LinkTargets {

    private final Map<String, String> targets = new HashMap<>();
    private final Set<String> copied = new HashSet<>();
    private final String baseUrl;

    ImportTargets(SourceBlog blog) {
        blog.entries().forEach(e -> targets.put(e.frame(), e.target()));
        blog.files().forEach(f -> {
            targets.putIfAbsent(f.frame(), f.target());
            copied.add(f.frame());
        });
        this.baseUrl = blog.settings().baseUrl();
    }

    @Override
    public Set<String> files() {
        return targets.keySet();
    }

    /** From the new place of {@code from} up to content/ and down to the new place of {@code target}. */
    @Override
    public String link(String from, String target) {
        String origin = targets.getOrDefault(from, from);
        long depth = origin.chars().filter(c -> c == '/').count();
        return ("../".repeat((int) depth) + targets.getOrDefault(target, target)).replace(" ", "%20");
    }

    @Override
    public Optional<String> url(String target) {
        return copied.contains(target)
                ? Optional.of(basePath() + new ContentFile(null, "", targets.get(target)).outputPath())
                : Optional.empty();
    }

    @Override
    public String basePath() {
        return UrlPaths.basePath(baseUrl);
    }

    @Override
    public String origin() {
        return SitePaths.origin(baseUrl);
    }

    @Override
    public String termUrl(String kind, String name) {
        return basePath() + kind + "/" + Slugs.slugify(name) + "/";
    }
}
