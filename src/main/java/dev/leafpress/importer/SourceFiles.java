package dev.leafpress.importer;

import dev.leafpress.content.ContentScanner;
import dev.leafpress.diag.BuildFailure;
import dev.leafpress.diag.SourcePos;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Walking an old blog's folders: sorted files without hidden ones, and what a file is. */
final class SourceFiles {

    private static final Map<String, String> UNREADABLE = Map.of("rst", "reStructuredText", "adoc", "AsciiDoc",
            "asciidoc", "AsciiDoc", "org", "Org", "textile", "Textile");

    private SourceFiles() {
    }

    /** Every regular file under {@code dir}, as "/"-separated paths relative to it, sorted. */
    static List<String> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(r -> !("/" + r).contains("/.")).sorted().toList();
        } catch (IOException e) {
            throw BuildFailure.of(SourcePos.of(dir.toString()), "cannot list files: " + e.getMessage());
        }
    }

    static boolean isMarkdown(String name) {
        return ContentScanner.isMarkdownName(name);
    }

    /** "reStructuredText is not a format ..." for files Leafpress cannot read. */
    static Optional<String> unreadable(String name) {
        int dot = name.lastIndexOf('.');
        String format = dot < 0 ? null : UNREADABLE.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        return Optional.ofNullable(format).map(f -> f + " is not a format Leafpress reads: convert it to Markdown"
                + " (for example with pandoc) and import again");
    }

    /** The first two lines, or "" (for files that are not text, too). */
    static String head(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            String second = in.readLine();
            return first == null ? "" : first.replace("\uFEFF", "") + "\n" + (second == null ? "" : second);
        } catch (IOException e) {
            return "";
        }
    }

    static String nameOf(String relative) {
        return relative.substring(relative.lastIndexOf('/') + 1);
    }

    static String withoutExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }
}
