package dev.leafpress.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** Checks and normalises the site's base URL; encodes URLs for places that take only ASCII. */
public final class UrlPaths {

    private static final String HEX = "0123456789ABCDEF";

    private UrlPaths() {
    }

    /**
     * {@code text} with every byte of its UTF-8 form outside printable ASCII percent-encoded
     * ({@code /bücher/} is {@code /b%C3%BCcher/}); what is already encoded stays as it is. For
     * places that only take ASCII: a Location header, a sitemap's addresses.
     */
    public static String asciiOnly(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c > 0x20 && c < 0x7F) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
            }
        }
        return out.toString();
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
