package dev.leafpress.diag;

import java.util.Comparator;

/** One problem found in the author's input, reported like a compiler does. */
public record Diagnostic(Severity severity, SourcePos pos, String message) {

    /** Sorts by file, then line, then column, so reports read top to bottom. */
    public static final Comparator<Diagnostic> BY_POSITION = Comparator
            .comparing((Diagnostic d) -> d.pos().file())
            .thenComparingInt(d -> d.pos().line())
            .thenComparingInt(d -> d.pos().column())
            .thenComparing(Diagnostic::message);

    public static Diagnostic error(SourcePos pos, String message) {
        return new Diagnostic(Severity.ERROR, pos, message);
    }

    public static Diagnostic warning(SourcePos pos, String message) {
        return new Diagnostic(Severity.WARNING, pos, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * {@code path:line:column: error: message}, always one line: a control character (a file
     * named with a newline, say) is written as a backslash escape: n, r, t, or u and four hex digits.
     */
    @Override
    public String toString() {
        return oneLine(pos + ": " + severity.label() + ": " + message);
    }

    private static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.chars().forEach(c -> {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.append((char) c);
                    }
                }
            }
        });
        return out.toString();
    }
}
