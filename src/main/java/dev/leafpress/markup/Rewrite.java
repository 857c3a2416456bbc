package dev.leafpress.markup;

import java.util.ArrayList;
import java.util.List;

/** One pass over a body: the original text, where its code is, the output and the notes so far. */
final class Rewrite {

    final String text;
    final TextLines lines;
    final CodeMap code;
    final String file;
    final LinkTargets targets;
    final StringBuilder out = new StringBuilder();
    final List<Note> notes = new ArrayList<>();
    /** Everything before this position has been copied or replaced. */
    int copied;

    Rewrite(String text, String file, LinkTargets targets) {
        this.text = text;
        this.lines = new TextLines(text);
        this.code = CodeMap.of(text);
        this.file = file;
        this.targets = targets;
    }

    boolean isCode(int pos) {
        return code.isCode(lines.line(pos), lines.column(pos));
    }

    /** Replaces {@code [from, to)} with {@code replacement}, copying what lies before it. */
    void replace(int from, int to, String replacement) {
        out.append(text, copied, from).append(replacement);
        copied = to;
    }

    void note(int pos, String message) {
        notes.add(new Note(lines.line(pos) + 1, message));
    }

    Converted finish() {
        out.append(text, copied, text.length());
        return new Converted(out.toString(), notes);
    }

    /** A fence longer than any backtick run that starts a line of {@code content}. */
    static String fence(String content) {
        int longest = 2;
        for (String line : content.split("\n", -1)) {
            String s = line.stripLeading();
            int run = 0;
            while (run < s.length() && s.charAt(run) == '`') {
                run++;
            }
            longest = Math.max(longest, run);
        }
        return "`".repeat(longest + 1);
    }

    /** The base path without its final "/": "" or "/blog". */
    String baseWithoutSlash() {
        String base = targets.basePath();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
