package dev.leafpress.e2e;

import dev.leafpress.build.BuildOptions;
import dev.leafpress.build.BuildPipeline;
import dev.leafpress.build.BuildResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Test helpers: a Leafpress site whose content/ holds a fixture blog's files, built, pages read with jsoup. */
final class DialectSites {

    static final Path FIXTURES = Path.of("src/test/resources/dialects");

    private DialectSites() {
    }

    /** A site at {@code root} with {@code siteYaml} and the given fixture folders copied into content/. */
    static Path site(Path root, String siteYaml, String dialect, String... folders) throws IOException {
        Files.createDirectories(root.resolve("content"));
        Files.writeString(root.resolve("site.yaml"), siteYaml);
        for (String folder : folders) {
            Path from = FIXTURES.resolve(dialect).resolve(folder);
            copyTree(from, folder.endsWith("/.") ? root.resolve("content") : root.resolve("content").resolve(folder));
        }
        return root;
    }

    static BuildResult build(Path site, Path out) {
        return BuildPipeline.run(BuildOptions.of(site).withOutput(out));
    }

    static Document page(Path out, String path) throws IOException {
        return Jsoup.parse(out.resolve(path).toFile(), "UTF-8");
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(f -> {
                try {
                    Path target = to.resolve(from.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(f, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
