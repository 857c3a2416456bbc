package dev.leafpress.markup;

import java.util.ArrayList;
import java.util.List;

/** Offsets of line starts in a text, to turn a position into a line and column. */
final class TextLines {

    private final String text;
    private final List<Integer> starts = new ArrayList<>();

    TextLines(String text) {
        this.text = text;
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
    }

    /** 0-based line of the character at {@code pos}. */
    int line(int pos) {
        int low = 0;
        int high = starts.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (starts.get(mid) <= pos) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    int column(int pos) {
        return pos - starts.get(line(pos));
    }

    int lineStart(int pos) {
        return starts.get(line(pos));
    }

    int lineEnd(int pos) {
        int nl = text.indexOf('\n', pos);
        return nl < 0 ? text.length() : nl;
    }

    /** True when only blanks surround {@code [from, to)} on its line. */
    boolean aloneOnLine(int from, int to) {
        return text.substring(lineStart(from), from).isBlank() && text.substring(to, lineEnd(to)).isBlank();
    }
}
