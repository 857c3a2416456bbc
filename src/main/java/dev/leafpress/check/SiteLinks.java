package dev.leafpress.check;

import dev.leafpress.config.SitePaths;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** Resolves an href found on a page to a site path, the way a browser and a static host would. */
final class SiteLinks {

    /** A link target inside the site: the path below the base path, and the fragment if any. */
    record Target(String path, String fragment) {
    }

    private SiteLinks() {
    }

    /** True for links that leave the site: http(s) and protocol-relative URLs. */
    static boolean isExternal(String href) {
        String lower = href.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("//");
    }

    /** True for links no file can answer: mailto:, tel:, javascript:, data: and other schemes. */
    static boolean isNotAFile(String href) {
        return href.strip().matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") && !isExternal(href);
    }

    /**
     * @param pageFile site-relative file of the page holding the link, e.g. {@code posts/a/index.html}
     * @return the target, or empty when it points above the site or outside the base path
     */
    static Optional<Target> resolve(String href, String pageFile, String basePath) {
        String text = href.strip();
        int hash = text.indexOf('#');
        String fragment = hash < 0 ? "" : decode(text.substring(hash + 1));
        String pathPart = hash < 0 ? text : text.substring(0, hash);
        int query = pathPart.indexOf('?');
        pathPart = query < 0 ? pathPart : pathPart.substring(0, query);
        if (pathPart.isEmpty()) {
            String self = pageFile.endsWith("index.html") ? SitePaths.folderOf(pageFile) : pageFile;
            return Optional.of(new Target(self, fragment));
        }
        String absolute;
        if (pathPart.startsWith("/")) {
            if (!pathPart.startsWith(basePath)) {
                return Optional.empty();
            }
            absolute = pathPart.substring(basePath.length());
        } else {
            absolute = SitePaths.folderOf(pageFile) + pathPart;
        }
        return normalise(decode(absolute)).map(p -> new Target(p, fragment));
    }

    /** Resolves dot segments, keeping a trailing slash: a folder stays a folder. */
    private static Optional<String> normalise(String path) {
        boolean folder = path.isEmpty() || path.endsWith("/") || path.endsWith("/.") || path.endsWith("/..");
        return SitePaths.removeDotSegments(path).map(p -> folder && !p.isEmpty() ? p + "/" : p);
    }

    static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    /** The host of an external link, for the summary. */
    static String host(String href) {
        try {
            String host = new URI(href.strip().startsWith("//") ? "https:" + href.strip() : href.strip()).getHost();
            return host == null ? "?" : host.toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return "?";
        }
    }
}
