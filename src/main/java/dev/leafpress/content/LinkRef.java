package dev.leafpress.content;

/**
 * A link or image in a Markdown body, for {@code leafpress check}.
 *
 * @param written     the destination as the author wrote it
 * @param destination the destination in the HTML (after relative links were resolved)
 * @param line        1-based line in the body, 0 when unknown, {@link #IN_SUMMARY} for the front matter's summary
 */
public record LinkRef(String written, String destination, int line) {

    /** The line of a link written in the {@code summary} of the front matter. */
    public static final int IN_SUMMARY = -1;
}
