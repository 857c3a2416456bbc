package dev.leafpress.content;

import dev.leafpress.markup.Note;
import java.util.List;
import java.util.Set;

/**
 * The HTML of one Markdown body, from a single parse.
 *
 * @param excerptHtml the excerpt: summary, text before {@code <!-- more -->}, or the leading blocks
 * @param hasMore     true exactly when the excerpt is shorter than the full text
 * @param languages   the languages named on fenced code blocks, for syntax highlighting
 * @param description the excerpt as plain text of at most {@value #DESCRIPTION_LENGTH} characters
 * @param links       every link and image of the body with its line, for {@code leafpress check}
 * @param warnings    what the author should fix in the body (an image without alt text), at 1-based body lines
 */
public record RenderedMarkdown(String html, String excerptHtml, boolean hasMore, Set<String> languages,
                               String description, List<LinkRef> links, List<Note> warnings) {

    /** Search engines show about this many characters of a page description. */
    public static final int DESCRIPTION_LENGTH = 160;

    public RenderedMarkdown {
        languages = Set.copyOf(languages);
        links = List.copyOf(links);
        warnings = List.copyOf(warnings);
    }
}
