package dev.leafpress.markup;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python-Markdown's CodeHilite, common in Pelican posts: an indented code block whose first line
 * is {@code :::python} (or {@code #!python}) becomes a fenced block in that language. The closing
 * fence takes the blank line after the block, so every other line keeps its number.
 */
final class CodeHilite {

    private static final Pattern LANGUAGE = Pattern.compile("^(?: {4}|\\t)(?::::|#!)([A-Za-z0-9_+#.-]+)\\s*$");

    private CodeHilite() {
    }

    static Converted convert(String body) {
        CodeMap code = CodeMap.of(body);
        String[] lines = body.split("\n", -1);
        boolean changed = false;
        for (int[] block : code.indentedBlocks()) {
            changed |= convertBlock(lines, block[0], block[1]);
        }
        return new Converted(changed ? String.join("\n", lines) : body, List.of());
    }

    private static boolean convertBlock(String[] lines, int first, int last) {
        Matcher language = LANGUAGE.matcher(lines[first]);
        boolean closable = last + 1 >= lines.length || lines[last + 1].isBlank();
        if (!language.matches() || !closable) {
            return false;
        }
        StringBuilder content = new StringBuilder();
        for (int i = first + 1; i <= last; i++) {
            lines[i] = lines[i].startsWith("\t") ? lines[i].substring(1) : lines[i].replaceFirst("^ {1,4}", "");
            content.append(lines[i]).append('\n');
        }
        String fence = Rewrite.fence(content.toString());
        lines[first] = fence + language.group(1);
        if (last + 1 < lines.length) {
            lines[last + 1] = fence;
        } else {
            lines[last] = lines[last] + "\n" + fence;
        }
        return true;
    }
}
