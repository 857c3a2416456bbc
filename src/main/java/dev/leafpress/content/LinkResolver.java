package dev.leafpress.content;

import java.util.Optional;

/** Maps a relative link in a post ("img/a.png", "other.md#x") to the URL it has in the site. */
@FunctionalInterface
public interface LinkResolver {

    LinkResolver NONE = (from, destination) -> Optional.empty();

    /**
     * @param fromFile    the display path of the file containing the link, e.g. content/posts/a.md
     * @param destination the link as written
     * @return the site URL, or empty to leave the link as written
     */
    Optional<String> resolve(String fromFile, String destination);
}
