package dev.leafpress.site;

import java.util.Locale;

/**
 * Finds quoted {@code href}, {@code src}, {@code poster} and {@code srcset} attributes in HTML by
 * their "=" signs. It finds exactly what the pattern
 * {@code (\s(href|src|poster|srcset)\s*=\s*)("([^"]*)"|'([^']*)')} (ASCII case ignored) finds, at
 * a fraction of the cost: the pattern tried its alternatives at every character of every post a
 * feed holds, and text has few "=" signs. Like the pattern, it does not know tags from text.
 */
final class LinkAttributes {

    /** One attribute: its name as written, and where its value starts and ends (quotes excluded). */
    record Found(String name, int valueStart, int valueEnd) {
    }

    private final String html;
    private int from;

    LinkAttributes(String html) {
        this.html = html;
    }

    /** The next attribute after the last one found, or null when there is none. */
    Found next() {
        for (int eq = html.indexOf('=', from); eq >= 0; eq = html.indexOf('=', eq + 1)) {
            Found found = at(eq);
            if (found != null) {
                from = found.valueEnd() + 1;
                return found;
            }
        }
        from = html.length();
        return null;
    }

    /** The attribute whose "=" is at {@code eq}, or null when that sign is not one. */
    private Found at(int eq) {
        int nameEnd = eq;
        while (nameEnd > from && isSpace(html.charAt(nameEnd - 1))) {
            nameEnd--;
        }
        int nameStart = nameEnd;
        while (nameStart > from && isAsciiLetter(html.charAt(nameStart - 1))) {
            nameStart--;
        }
        if (nameStart == nameEnd || nameStart - 1 < from || !isSpace(html.charAt(nameStart - 1))) {
            return null;
        }
        String name = html.substring(nameStart, nameEnd);
        if (!isLinkName(name.toLowerCase(Locale.ROOT))) {
            return null;
        }
        int quoteAt = eq + 1;
        while (quoteAt < html.length() && isSpace(html.charAt(quoteAt))) {
            quoteAt++;
        }
        if (quoteAt >= html.length() || (html.charAt(quoteAt) != '"' && html.charAt(quoteAt) != '\'')) {
            return null;
        }
        int close = html.indexOf(html.charAt(quoteAt), quoteAt + 1);
        return close < 0 ? null : new Found(name, quoteAt + 1, close);
    }

    /**
     * Whether {@code html} may hold an unquoted href, src or poster: as the pattern
     * {@code (?:href|src|poster)\s*=\s*[^\s"']} (ASCII case ignored) would find.
     */
    static boolean mayHaveUnquoted(String html) {
        for (int eq = html.indexOf('='); eq >= 0; eq = html.indexOf('=', eq + 1)) {
            int end = eq;
            while (end > 0 && isSpace(html.charAt(end - 1))) {
                end--;
            }
            int next = eq + 1;
            while (next < html.length() && isSpace(html.charAt(next))) {
                next++;
            }
            boolean unquoted = next < html.length() && html.charAt(next) != '"' && html.charAt(next) != '\'';
            if (unquoted && (endsWith(html, end, "href") || endsWith(html, end, "src")
                    || endsWith(html, end, "poster"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWith(String html, int end, String name) {
        return end >= name.length() && html.regionMatches(true, end - name.length(), name, 0, name.length())
                && isAsciiOnly(html, end - name.length(), end);
    }

    private static boolean isAsciiOnly(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLinkName(String lower) {
        return lower.equals("href") || lower.equals("src") || lower.equals("poster") || lower.equals("srcset");
    }

    /** What {@code \s} matches without Unicode classes. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
