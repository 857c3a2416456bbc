package dev.leafpress.config;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A post URL pattern such as {@code /posts/{slug}/} or {@code /{year}/{month}/{slug}.html}.
 * The pattern is validated once; {@link #expand} fills in already-slugged values.
 */
public record Permalink(String pattern) {

    public static final Permalink DEFAULT = new Permalink("/posts/{slug}/");
    public static final Set<String> TOKENS = Set.of("year", "month", "day", "slug", "category");
    private static final Pattern TOKEN = Pattern.compile("\\{([^}]*)}");
    private static final Pattern SAFE = Pattern.compile("[\\p{L}\\p{M}\\p{N}\\-._~/]");

    /** The pattern, or a reason why it cannot be used. */
    public static Optional<Permalink> parse(String raw, StringBuilder problem) {
        String text = raw.strip();
        if (!text.startsWith("/")) {
            text = "/" + text;
        }
        Matcher m = TOKEN.matcher(text);
        boolean hasSlug = false;
        while (m.find()) {
            if (!TOKENS.contains(m.group(1))) {
                problem.append("unknown placeholder '{").append(m.group(1))
                        .append("}' in permalink (known: {year} {month} {day} {slug} {category})");
                return Optional.empty();
            }
            hasSlug |= m.group(1).equals("slug");
        }
        if (!hasSlug) {
            problem.append("permalink '").append(raw).append("' must contain {slug}");
            return Optional.empty();
        }
        if (!text.endsWith("/") && !text.endsWith(".html")) {
            problem.append("permalink '").append(raw).append("' must end with '/' or '.html'");
            return Optional.empty();
        }
        if (text.contains("..") || text.contains("\\") || text.contains("//")) {
            problem.append("permalink '").append(raw).append("' must not contain '..', '\\' or '//'");
            return Optional.empty();
        }
        Optional<String> unsafe = unsafeCharacter(text);
        if (unsafe.isPresent()) {
            problem.append("permalink '").append(raw).append("' has ").append(unsafe.get())
                    .append(", which a URL path cannot hold as written; use letters, digits, '-', '.', '_', '~'"
                            + " and '/' around the {placeholders}");
            return Optional.empty();
        }
        return Optional.of(new Permalink(text));
    }

    /**
     * The first character outside the placeholders that would not survive as a URL path: a space
     * failed the build, and '?', '#' or '%' made folders whose URLs point elsewhere (a query, a
     * fragment, an escape). Letters and digits of any script are kept, as slugs keep them.
     */
    private static Optional<String> unsafeCharacter(String text) {
        String literal = TOKEN.matcher(text).replaceAll("");
        return literal.codePoints().mapToObj(Character::toString).filter(c -> !SAFE.matcher(c).matches())
                .findFirst().map(Permalink::named);
    }

    private static String named(String character) {
        int c = character.codePointAt(0);
        if (c == ' ') {
            return "a space";
        }
        return Character.isWhitespace(c) || Character.isISOControl(c) ? String.format("U+%04X", c) : "'" + character + "'";
    }

    /** The site-relative path (no leading slash), e.g. {@code posts/hello/}. */
    public String expand(String year, String month, String day, String slug, String category) {
        String path = pattern.replace("{year}", year).replace("{month}", month).replace("{day}", day)
                .replace("{slug}", slug).replace("{category}", category);
        return path.substring(1);
    }
}
