package dev.leafpress.content;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Checks an old URL given in {@code aliases} and turns it into a site path:
 * {@code /2014/06/redis.html} stays a file, {@code /old/} and {@code /old} become {@code old/}.
 */
public final class AliasPaths {

    private AliasPaths() {
    }

    /** The site path without a leading "/", or empty with a reason in {@code problem}. */
    public static Optional<String> normalise(String raw, StringBuilder problem) {
        String text = raw.strip();
        if (text.contains("://") || text.startsWith("//")) {
            problem.append("alias '").append(raw).append("' must be a path on this site, like /2014/06/old-post/");
            return Optional.empty();
        }
        String path = decode(text.replaceFirst("[?#].*$", "")).replaceAll("^/+", "");
        if (path.isEmpty() || path.contains("\\") || path.contains("//") || ("/" + path + "/").contains("/../")
                || ("/" + path + "/").contains("/./")) {
            problem.append("alias '").append(raw).append("' must be a path below the site root, without '..', '\\' or '//'");
            return Optional.empty();
        }
        boolean file = path.endsWith(".html") || path.endsWith(".htm") || path.endsWith("/");
        return Optional.of(file ? path : path + "/");
    }

    private static String decode(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }
}
