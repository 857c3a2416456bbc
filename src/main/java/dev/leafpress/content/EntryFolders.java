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

/**
 * Which files under {@code content/} are posts and pages. Leafpress's {@code posts/} and
 * {@code pages/}, Hugo's {@code post/}, Jekyll's {@code _posts/} and {@code _drafts/}, and
 * Markdown with a Pelican header anywhere (Pelican's category folders) are read; the rest is copied.
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
        return markdown && startsWithPelicanHeader(file) ? Role.POST : Role.ASSET;
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
            return Optional.of("Hugo section file skipped: Leafpress makes its own listing pages");
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

    private static boolean startsWithPelicanHeader(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            String second = in.readLine();
            String head = (first == null ? "" : first.replace("\uFEFF", "")) + "\n" + (second == null ? "" : second);
            return HeaderFormat.detect(head) == HeaderFormat.PELICAN;
        } catch (IOException e) {
            return false;
        }
    }
}
