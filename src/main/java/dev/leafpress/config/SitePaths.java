package dev.leafpress.config;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Optional;

/** Slash-separated paths inside a site or its content folder, resolved the way browsers do. */
public final class SitePaths {

    private SitePaths() {
    }

    /** The folder part of a file path with its trailing slash: {@code posts/a.md} → {@code posts/}. */
    public static String folderOf(String file) {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? "" : file.substring(0, slash + 1);
    }

    /**
     * Resolves "." and ".." and drops empty segments ({@code a/./b/../c} → {@code a/c}); empty
     * when the path climbs above its root.
     */
    public static Optional<String> removeDotSegments(String path) {
        ArrayDeque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
        }
        return Optional.of(String.join("/", parts));
    }

    /** Scheme and authority of a base URL ({@code https://host:8080}), or "" when there is none. */
    public static String origin(String baseUrl) {
        if (baseUrl.isEmpty()) {
            return "";
        }
        URI uri = URI.create(baseUrl);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
