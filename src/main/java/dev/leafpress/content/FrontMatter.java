package dev.leafpress.content;

import dev.leafpress.diag.BuildFailure;
import dev.leafpress.diag.SourcePos;

/**
 * A file split into its YAML front matter and its Markdown body.
 *
 * @param yaml          the text between the two {@code ---} lines
 * @param yamlLineOffset lines before the YAML text (1: the opening {@code ---})
 * @param body          the Markdown after the closing line
 * @param bodyLineOffset lines before the body
 */
public record FrontMatter(String yaml, int yamlLineOffset, String body, int bodyLineOffset) {

    /** Splits {@code file}; a missing or unterminated block is an error at line 1. */
    public static FrontMatter split(SourceFile file) {
        String text = file.text();
        if (text.isBlank()) {
            throw BuildFailure.of(SourcePos.of(file.display(), 1), "file is empty (expected front matter with title and date)");
        }
        int firstEnd = lineEnd(text, 0);
        if (!isFence(text.substring(0, firstEnd))) {
            throw BuildFailure.of(SourcePos.of(file.display(), 1),
                    "missing front matter: the file must start with a '---' line, then YAML (title, date, ...), then '---'");
        }
        int lineNo = 1;
        int pos = Math.min(firstEnd + 1, text.length());
        while (pos < text.length()) {
            int end = lineEnd(text, pos);
            lineNo++;
            String line = text.substring(pos, end);
            if (isFence(line) || line.stripTrailing().equals("...")) {
                String body = end + 1 <= text.length() ? text.substring(Math.min(end + 1, text.length())) : "";
                return new FrontMatter(text.substring(firstEnd + 1, pos), 1, body, lineNo);
            }
            pos = end + 1;
        }
        throw BuildFailure.of(SourcePos.of(file.display(), 1),
                "front matter is not terminated: no closing '---' line after the opening one");
    }

    private static boolean isFence(String line) {
        return line.stripTrailing().equals("---");
    }

    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }
}
