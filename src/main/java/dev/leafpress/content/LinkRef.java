package dev.leafpress.content;

/**
 * A link or image in a Markdown body, for {@code leafpress check}.
 *
 * @param written     the destination as the author wrote it
 * @param destination the destination in the HTML (after relative links were resolved)
 * @param line        1-based line in the body, or 0 when unknown
 */
public record LinkRef(String written, String destination, int line) {
}
