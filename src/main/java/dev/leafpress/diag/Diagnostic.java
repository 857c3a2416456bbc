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

    /** {@code path:line:column: error: message}. */
    @Override
    public String toString() {
        return pos + ": " + severity.label() + ": " + message;
    }
}
