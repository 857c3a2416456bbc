package dev.leafpress.importer;

import dev.leafpress.markup.OldLinks;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Old URLs of the blog's posts, pages and files, so links to them in bodies can point at the new files. */
final class LinkMap {

    private final Map<String, String> frames = new HashMap<>();
    private final ImportTargets targets;
    private final String oldBase;
    private final String oldOrigin;
    private int rewritten;

    LinkMap(ImportTargets targets, SiteSettings settings) {
        this.targets = targets;
        this.oldBase = targets.basePath();
        this.oldOrigin = settings.baseUrl().isEmpty() ? "" : targets.origin();
    }

    void add(String oldUrl, String frame) {
        frames.putIfAbsent(key(oldUrl), frame);
    }

    int rewritten() {
        return rewritten;
    }

    /** Markdown links become relative links to the new file; raw HTML gets copied files' new URLs. */
    String rewrite(String markdown, String from) {
        var result = OldLinks.rewrite(markdown, (target, html) -> {
            int cut = firstOf(target, '#', '?');
            String frame = frames.get(key(target.substring(0, cut)));
            if (frame == null || !(target.startsWith("/") || !oldOrigin.isEmpty() && target.startsWith(oldOrigin))) {
                return Optional.empty();
            }
            Optional<String> link = html ? targets.url(frame) : Optional.of(targets.link(from, frame));
            return link.map(l -> l + target.substring(cut));
        });
        result.notes().forEach(n -> rewritten += n.line());
        return result.markdown();
    }

    /** "/blog/2014/x/index.html", "https://host/blog/2014/x/" and "/blog/2014/x" are one URL. */
    private String key(String url) {
        String path = !oldOrigin.isEmpty() && url.startsWith(oldOrigin) ? url.substring(oldOrigin.length()) : url;
        try {
            path = URI.create(path.replace(" ", "%20")).getPath();
        } catch (IllegalArgumentException e) {
            return path;
        }
        if (path == null) {
            return url;
        }
        path = path.startsWith(oldBase) ? path.substring(oldBase.length()) : path.replaceFirst("^/", "");
        return path.replaceFirst("(^|/)index\\.html$", "$1").replaceFirst("/$", "");
    }

    private static int firstOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? (j < 0 ? s.length() : j) : (j < 0 ? i : Math.min(i, j));
    }
}
