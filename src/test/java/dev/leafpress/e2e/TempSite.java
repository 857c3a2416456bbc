package dev.leafpress.e2e;

import dev.leafpress.build.BuildOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** A throwaway site in a temporary folder, written file by file, built at a fixed moment. */
final class TempSite {

    /** The build's moment for every TempSite: noon UTC on 1 June 2024. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);

    final Path root;

    TempSite(Path root, String siteYaml) {
        this.root = root;
        file("site.yaml", siteYaml);
    }

    /** A post in content/posts/NAME.md with the given front matter lines (title and date included). */
    TempSite post(String name, String frontMatter, String body) {
        return file("content/posts/" + name + ".md", "---\n" + frontMatter.strip() + "\n---\n" + body + "\n");
    }

    TempSite file(String relative, String text) {
        try {
            Path target = root.resolve(relative);
            Files.createDirectories(target.getParent());
            Files.writeString(target, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Path output() {
        return root.resolve("output");
    }

    BuildOptions options() {
        return BuildOptions.of(root).withClock(CLOCK);
    }
}
