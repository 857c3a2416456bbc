package dev.leafpress.content;

import java.util.List;
import java.util.Set;

/**
 * The HTML of one Markdown body, from a single parse.
 *
 * @param excerptHtml the excerpt: summary, text before {@code <!-- more -->}, or the leading blocks
 * @param hasMore     true exactly when the excerpt is shorter than the full text
 * @param languages   the languages named on fenced code blocks, for syntax highlighting
 * @param imagesWithoutAlt lines of images that have no alt text, 1 being the first line of the
 *                    Markdown text (the caller knows where that text starts in the file)
 */
public record RenderedMarkdown(String html, String excerptHtml, boolean hasMore, Set<String> languages,
                               List<Integer> imagesWithoutAlt) {

    public RenderedMarkdown {
        languages = Set.copyOf(languages);
        imagesWithoutAlt = List.copyOf(imagesWithoutAlt);
    }
}
