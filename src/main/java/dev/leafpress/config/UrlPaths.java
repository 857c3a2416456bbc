package dev.leafpress.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Checks and normalises the site's base URL. */
public final class UrlPaths {

    private UrlPaths() {
    }

    /**
     * The base URL with a trailing slash, or empty with a reason in {@code problem} when it is
     * not an absolute http(s) URL without query or fragment.
     */
    public static Optional<String> normaliseBaseUrl(String raw, StringBuilder problem) {
        String text = raw.strip();
        if (text.isEmpty()) {
            return Optional.of("");
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                problem.append("base URL '").append(raw).append("' must be an absolute http:// or https:// URL");
                return Optional.empty();
            }
            if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
                problem.append("base URL '").append(raw).append("' must not have a query or fragment");
                return Optional.empty();
            }
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            if (path.contains("//") || ("/" + path + "/").contains("/./") || ("/" + path + "/").contains("/../")) {
                // Every link would start with the path: "//x/" names the host x, "/a/../" is not where it looks.
                problem.append("base URL '").append(raw).append("' has an empty, '.' or '..' segment in its path ('")
                        .append(path).append("'); write the path as the site is served, e.g. https://example.org/blog/");
                return Optional.empty();
            }
            return Optional.of(text.endsWith("/") ? text : text + "/");
        } catch (URISyntaxException e) {
            problem.append("base URL '").append(raw).append("' is not a valid URL: ").append(e.getReason());
            return Optional.empty();
        }
    }

    /** "/" for "" or "https://host/", "/blog/" for "https://host/blog/". */
    public static String basePath(String baseUrl) {
        if (baseUrl.isEmpty()) {
            return "/";
        }
        String path = URI.create(baseUrl).getRawPath();
        if (path == null || path.isEmpty()) {
            return "/";
        }
        return path.endsWith("/") ? path : path + "/";
    }
}
