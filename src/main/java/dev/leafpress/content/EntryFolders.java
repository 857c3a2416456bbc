package dev.leafpress.content;

import dev.leafpress.dialect.HeaderFormat;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which files under {@code content/} are posts and pages. Leafpress's {@code posts/} and
 * {@code pages/}, Hugo's {@code post/}, Jekyll's {@code _posts/} and {@code _drafts/}, and
 * Markdown with a Pelican header anywhere (Pelican's category folders) are read. Elsewhere,
 * Markdown that starts with a front matter header is read too, as Hugo and Jekyll blogs keep it:
 * directly in {@code content/} it is a page ({@code about.md}); in another folder (a Hugo section
 * such as {@code blog/}) a post when the header has a date, else a page. The top {@code index.md}
 * and any {@code _index.md} are home and section pages, which Leafpress makes itself. The rest is copied.
 */
final class EntryFolders {

    enum Role { POST, PAGE, ASSET, SKIPPED }

    /** Formats people blog in that Leafpress cannot read, by extension. */
    private static final Map<String, String> UNREADABLE = Map.of("rst", "reStructuredText", "adoc", "AsciiDoc",
            "asciidoc", "AsciiDoc", "org", "Org", "textile", "Textile");

    private EntryFolders() {
    }

    static Role role(Path file, String relative) {
        boolean markdown = ContentScanner.isMarkdown(file);
        String name = file.getFileName().toString();
        if (inPosts(relative) || relative.startsWith("pages/")) {
            if (!markdown) {
                return unreadable(name).isPresent() ? Role.SKIPPED : Role.ASSET;
            }
            if (name.startsWith("_index.")) {
                return Role.SKIPPED;
            }
            return inPosts(relative) ? Role.POST : Role.PAGE;
        }
        if (!markdown) {
            return Role.ASSET;
        }
        return switch (header(file)) {
            case PELICAN -> Role.POST;
            case NONE -> Role.ASSET;
            case UNDATED -> isHomeOrSection(name, relative) ? Role.SKIPPED : Role.PAGE;
            case DATED -> isHomeOrSection(name, relative) ? Role.SKIPPED : relative.contains("/") ? Role.POST : Role.PAGE;
        };
    }

    /**
     * Only the top {@code index.md} is the home page; {@code docs/index.md} is an ordinary page in
     * Jekyll and a leaf bundle in Hugo. {@code _index.md} is a Hugo section page wherever it is.
     */
    private static boolean isHomeOrSection(String name, String relative) {
        return name.startsWith("_index.") || name.startsWith("index.") && !relative.contains("/");
    }

    /** Why a file is not published, or why it is only copied; empty for the usual cases. */
    static Optional<String> message(Path file, String relative, Role role) {
        String name = file.getFileName().toString();
        Optional<String> format = unreadable(name);
        if (format.isPresent()) {
            String what = role == Role.SKIPPED ? "it is not published" : "it is copied as it is, not published";
            return Optional.of(format.get() + " is not a format Leafpress reads, so " + what
                    + " (convert it to Markdown, for example with pandoc)");
        }
        if (role == Role.SKIPPED) {
            return Optional.of(name.startsWith("index.") ? "home page skipped: Leafpress makes its own index page"
                    : "Hugo section file skipped: Leafpress makes its own listing pages");
        }
        return Optional.empty();
    }

    static boolean inPosts(String relative) {
        String r = "/" + relative;
        return relative.startsWith("posts/") || relative.startsWith("post/") || r.contains("/_posts/")
                || r.contains("/_drafts/");
    }

    private static Optional<String> unreadable(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.ofNullable(UNREADABLE.get(name.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    /** What the start of a Markdown file says about it. */
    private enum Header { PELICAN, DATED, UNDATED, NONE }

    private static final int HEADER_LINES = 200;

    private static Header header(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            String second = in.readLine();
            String head = (first == null ? "" : first.replace("\uFEFF", "")) + "\n" + (second == null ? "" : second);
            HeaderFormat format = HeaderFormat.detect(head);
            if (format == HeaderFormat.PELICAN || format == HeaderFormat.NONE) {
                return format == HeaderFormat.PELICAN ? Header.PELICAN : Header.NONE;
            }
            return hasDate(format, second, in) ? Header.DATED : Header.UNDATED;
        } catch (IOException | RuntimeException e) {
            return Header.NONE;
        }
    }

    /** The keys that date a post: Leafpress's, and Hugo's publish dates it falls back on. */
    private static final String DATE_KEYS = "(date|publishDate|publishdate|pubdate)";

    /** Whether the header, of which {@code line} is the first line after the opening one, has a top-level date. */
    private static boolean hasDate(HeaderFormat format, String line, BufferedReader in) throws IOException {
        String close = format == HeaderFormat.TOML ? "+++" : format == HeaderFormat.YAML ? "---" : "}";
        Pattern date = format == HeaderFormat.JSON ? Pattern.compile("\\s*\"" + DATE_KEYS + "\"\\s*:.*")
                : Pattern.compile(DATE_KEYS + "\\s*" + (format == HeaderFormat.TOML ? "=" : ":") + ".*");
        for (int n = 0; line != null && n < HEADER_LINES; line = in.readLine(), n++) {
            if (line.strip().equals(close)) {
                return false;
            }
            if (date.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }
}
