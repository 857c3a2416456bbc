package dev.leafpress.dialect;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How a content file's header is written; detected for each file from its first lines. */
public enum HeaderFormat {
    /** {@code ---} fences around YAML: Leafpress, Jekyll and Hugo. */
    YAML,
    /** {@code +++} fences around TOML: Hugo. */
    TOML,
    /** A JSON object at the top of the file: Hugo. */
    JSON,
    /** {@code Key: value} lines up to a blank line, optionally between {@code ---} fences: Pelican. */
    PELICAN,
    /** None of these. */
    NONE;

    /** Keys Pelican documents; a first line with one of them marks a Pelican header. */
    static final Set<String> PELICAN_KEYS = Set.of("title", "date", "modified", "category", "tags", "slug",
            "author", "authors", "summary", "status", "lang", "translation", "save_as", "url", "template");
    static final Pattern KEY_LINE = Pattern.compile("^ {0,3}([A-Za-z0-9_-]+):(?:\\s+(.*))?$");

    public static HeaderFormat detect(String text) {
        String[] lines = text.split("\n", 3);
        String first = lines[0].stripTrailing();
        if (first.equals("---")) {
            return lines.length > 1 && isCapitalisedPelicanKey(lines[1]) ? PELICAN : YAML;
        }
        if (first.equals("+++")) {
            return TOML;
        }
        if (first.equals("{") || first.matches("\\{\\s*\".*")) {
            return JSON;
        }
        return isPelicanKey(first) ? PELICAN : NONE;
    }

    private static boolean isPelicanKey(String line) {
        Matcher m = KEY_LINE.matcher(line);
        return m.matches() && PELICAN_KEYS.contains(m.group(1).toLowerCase(Locale.ROOT));
    }

    /** YAML keys are lowercase; {@code Title: ...} after {@code ---} is Pelican's fenced form. */
    private static boolean isCapitalisedPelicanKey(String line) {
        return isPelicanKey(line) && Character.isUpperCase(line.strip().charAt(0));
    }
}
