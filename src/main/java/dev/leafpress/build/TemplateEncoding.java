package dev.leafpress.build;

import dev.leafpress.content.SourceReader;
import dev.leafpress.diag.BuildFailure;
import dev.leafpress.diag.Diagnostics;
import dev.leafpress.render.TemplateEngine;
import dev.leafpress.render.Theme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checks the site's and the theme's templates are UTF-8, as content must be. Pebble would read
 * a Latin-1 "é" as a replacement character and publish it without a word.
 */
final class TemplateEncoding {

    private TemplateEncoding() {
    }

    static void check(Path siteRoot, Theme theme, Diagnostics diagnostics) {
        Path root = siteRoot.toAbsolutePath().normalize();
        theme.overrideDir().ifPresent(dir -> checkFolder(root, dir, diagnostics));
        theme.dir().ifPresent(dir -> checkFolder(root, dir.resolve("templates"), diagnostics));
    }

    private static void checkFolder(Path root, Path dir, Diagnostics diagnostics) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        for (Path file : templates(dir)) {
            try {
                SourceReader.read(file, root.relativize(file).toString().replace('\\', '/'));
            } catch (BuildFailure bad) {
                diagnostics.addAll(bad.diagnostics());
            }
        }
    }

    private static List<Path> templates(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(TemplateEngine.SUFFIX))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
