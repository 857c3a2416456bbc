package dev.leafpress.diag;

/**
 * A place in an author's file: the path as the author knows it (relative to the site root),
 * a 1-based line and column; 0 means "not known".
 */
public record SourcePos(String file, int line, int column) {

    public static SourcePos of(String file) {
        return new SourcePos(file, 0, 0);
    }

    public static SourcePos of(String file, int line) {
        return new SourcePos(file, line, 0);
    }

    /** The position {@code lines} further down the same file, e.g. from a block to the file. */
    public SourcePos shiftLines(int lines) {
        return line == 0 ? this : new SourcePos(file, line + lines, column);
    }

    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }
}
