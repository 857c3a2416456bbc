package dev.leafpress.site;

import dev.leafpress.config.SitePaths;
import dev.leafpress.content.LinkResolver;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Resolves relative links in Markdown against the file's folder under {@code content/}: a link to
 * an image beside a post, or to another post's {@code .md} file, becomes that file's site URL.
 */
public final class ContentLinks implements LinkResolver {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final Map<String, String> pathsByContentFile;
    private final String basePath;

    /** @param pathsByContentFile content-relative file (posts/a.md, posts/img/x.png) → site path */
    public ContentLinks(Map<String, String> pathsByContentFile, String basePath) {
        this.pathsByContentFile = Map.copyOf(pathsByContentFile);
        this.basePath = basePath;
    }

    @Override
    public Optional<String> resolve(String fromFile, String destination) {
        if (destination == null || destination.isEmpty() || destination.startsWith("/")
                || destination.startsWith("#") || destination.startsWith("?") || SCHEME.matcher(destination).find()) {
            return Optional.empty();
        }
        int cut = firstOf(destination, '#', '?');
        String path = decode(destination.substring(0, cut));
        String rest = destination.substring(cut);
        String from = fromFile.startsWith("content/") ? fromFile.substring("content/".length()) : fromFile;
        String target = SitePaths.removeDotSegments(SitePaths.folderOf(from) + path).orElse(null);
        String sitePath = target == null ? null : pathsByContentFile.get(target);
        return sitePath == null ? Optional.empty() : Optional.of(basePath + urlSafe(sitePath) + rest);
    }

    /**
     * A file's path as a URL path: "%", "#" and "?" in a file name (c#1.svg) are encoded, or the
     * browser would read them as an escape, a fragment or a query. Spaces and other characters
     * are encoded by the Markdown renderer.
     */
    private static String urlSafe(String sitePath) {
        if (sitePath.indexOf('%') < 0 && sitePath.indexOf('#') < 0 && sitePath.indexOf('?') < 0) {
            return sitePath;
        }
        return sitePath.replace("%", "%25").replace("#", "%23").replace("?", "%3F");
    }

    private static int firstOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        if (i < 0) {
            return j < 0 ? s.length() : j;
        }
        return j < 0 ? i : Math.min(i, j);
    }

    private static String decode(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }
}
