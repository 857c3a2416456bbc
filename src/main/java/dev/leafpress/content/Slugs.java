package dev.leafpress.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns titles and names into URL slugs: lowercase, accents folded ({@code Überblick} →
 * {@code uberblick}), letters of other scripts kept, every other run of characters one "-".
 */
public final class Slugs {

    /**
     * Only accents on Latin and Greek letters are folded (Greek capitals drop the tonos, so
     * Αθήνα and ΑΘΗΝΑ are one name); on other scripts they make a different letter (Cyrillic й is
     * not и) or are part of the letter (Devanagari vowel signs).
     */
    private static final Pattern MARKS = Pattern.compile("(?<=[\\p{IsLatin}\\p{IsGreek}])[\\u0300-\\u036f]+");
    private static final Pattern OTHER = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");
    /** A run of + and # after a letter or digit and before the end of the word. */
    private static final Pattern WORD_END_SYMBOLS = Pattern.compile("(?<=[\\p{L}\\p{N}])[+#]+(?![\\p{L}\\p{N}])");
    private static final Pattern RESERVED = Pattern.compile("con|prn|aux|nul|com[0-9]|lpt[0-9]");
    /** Letters that Unicode does not decompose but readers expect folded. */
    private static final Map<String, String> FOLDS = Map.of(
            "ß", "ss", "æ", "ae", "œ", "oe", "ø", "o", "đ", "d", "ł", "l", "þ", "th", "ð", "d", "ı", "i");

    /**
     * Longest slug in UTF-8 bytes. A slug becomes a folder name, and file systems allow 255
     * bytes; a 300-character title (or 100 CJK characters) would otherwise fail the build.
     */
    static final int MAX_BYTES = 120;

    private Slugs() {
    }

    public static String slugify(String name) {
        String text = symbolsSpelled(name);
        if (isAscii(text)) {
            return avoidReserved(shortened(asciiSlug(text)));
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> fold : FOLDS.entrySet()) {
            lower = lower.replace(fold.getKey(), fold.getValue());
        }
        // Compatibility forms can decompose to capitals ("™" is "TM"), so lowercase again.
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        String folded = MARKS.matcher(decomposed).replaceAll("");
        String dashed = OTHER.matcher(Normalizer.normalize(folded, Normalizer.Form.NFC)).replaceAll("-");
        return avoidReserved(shortened(trimDashes(dashed)));
    }

    /**
     * {@code +} and {@code #} ending a word are spelled out, so "C++" and "C#" are
     * {@code c-plus-plus} and {@code c-sharp}, not both {@code c} (a tag page for C++ that lists
     * the C posts). Elsewhere ("#hashtag", "1+1") they are separators like other punctuation.
     */
    static String symbolsSpelled(String text) {
        if (text.indexOf('+') < 0 && text.indexOf('#') < 0) {
            return text;
        }
        return WORD_END_SYMBOLS.matcher(text).replaceAll(m -> m.group().replace("+", " plus ").replace("#", " sharp "));
    }

    /** {@code slug} cut to {@link #MAX_BYTES}, at a "-" when one is in its second half. */
    static String shortened(String slug) {
        if (slug.length() <= MAX_BYTES / 4 || slug.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= MAX_BYTES) {
            return slug;
        }
        int bytes = 0;
        int end = 0;
        while (end < slug.length()) {
            int cp = slug.codePointAt(end);
            int size = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (bytes + size > MAX_BYTES) {
                break;
            }
            bytes += size;
            end += Character.charCount(cp);
        }
        int dash = slug.lastIndexOf('-', end);
        return trimDashes(slug.substring(0, dash > end / 2 ? dash : end));
    }

    /** Folder names Windows cannot create (con, nul, com1, ...) get a trailing "_". */
    private static String avoidReserved(String slug) {
        // Every reserved name has 3 or 4 letters; skipping the regex otherwise matters in big builds.
        boolean candidate = slug.length() == 3 || slug.length() == 4;
        return candidate && RESERVED.matcher(slug).matches() ? slug + "_" : slug;
    }

    /** The same result as the general path for ASCII text, without normalisation or regexes (it is hot in builds). */
    private static String asciiSlug(String text) {
        StringBuilder slug = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                slug.append(c);
            } else if (slug.length() > 0 && slug.charAt(slug.length() - 1) != '-') {
                slug.append('-');
            }
        }
        return trimDashes(slug.toString());
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String trimDashes(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }
}
