package dev.leafpress.dialect;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date and slug in a Jekyll post's file name: {@code 2014-06-28-redis-expiry.md}.
 *
 * @param date as written, {@code 2014-06-28}
 * @param slug the rest of the name without its extension
 */
public record JekyllFileName(String date, String slug) {

    private static final Pattern NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-(.+?)(\\.[A-Za-z0-9]+)?");

    /** Parses the last part of {@code path}; empty when it does not start with a date. */
    public static Optional<JekyllFileName> of(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        Matcher m = NAME.matcher(name);
        return m.matches() ? Optional.of(new JekyllFileName(m.group(1), m.group(2))) : Optional.empty();
    }

    /**
     * The title Jekyll gives an entry without one: the slug's words capitalised, so
     * {@code title-from-file} is {@code Title From File}.
     */
    public static String titleize(String slug) {
        StringBuilder out = new StringBuilder();
        for (String word : slug.split("-")) {
            if (!word.isEmpty()) {
                out.append(out.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0)))
                        .append(word.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return out.toString();
    }
}
