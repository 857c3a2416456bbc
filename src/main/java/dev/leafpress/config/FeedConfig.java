package dev.leafpress.config;

/**
 * The Atom feeds' settings ({@code feed:} in site.yaml).
 *
 * @param size    how many of the newest posts each feed holds
 * @param content whether entries carry the whole post or only its excerpt
 */
public record FeedConfig(int size, Content content) {

    /** What an entry carries. */
    public enum Content { FULL, EXCERPT }

    public static final FeedConfig DEFAULT = new FeedConfig(20, Content.FULL);

    public boolean fullContent() {
        return content == Content.FULL;
    }
}
