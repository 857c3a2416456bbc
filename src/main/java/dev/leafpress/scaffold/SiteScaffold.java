package dev.leafpress.scaffold;

import dev.leafpress.diag.BuildFailure;
import dev.leafpress.diag.SourcePos;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code leafpress init}: a new blog folder that builds at once with the packaged theme: site.yaml,
 * a first post, an About page and a .gitignore. The texts live in {@code leafpress/scaffold/}.
 */
public final class SiteScaffold {

    private static final String RESOURCES = "leafpress/scaffold/";
    private static final String DATE = "{{date}}";

    private SiteScaffold() {
    }

    /**
     * Creates the site in {@code dir}, which must be missing or empty (but for a {@code .git}
     * folder); {@code today} dates the first post. Returns the files written.
     */
    public static List<Path> create(Path dir, LocalDate today) {
        refuseUnlessEmpty(dir);
        List<Path> written = new ArrayList<>();
        write(dir, "site.yaml", "site.yaml", today, written);
        write(dir, ".gitignore", "gitignore", today, written);
        write(dir, "content/posts/" + today + "-hello-world.md", "hello-world.md", today, written);
        write(dir, "content/pages/about.md", "about.md", today, written);
        return written;
    }

    private static void refuseUnlessEmpty(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw BuildFailure.of(SourcePos.of(dir.toString()), "refusing to create a site here: it is a file");
        }
        if (Files.isDirectory(dir)) {
            try (Stream<Path> children = Files.list(dir)) {
                // A repository just made with `git init` or cloned while empty holds only .git.
                if (children.anyMatch(child -> !child.getFileName().toString().equals(".git"))) {
                    throw BuildFailure.of(SourcePos.of(dir.toString()),
                            "refusing to create a site here: the folder is not empty (choose a new or empty folder)");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void write(Path dir, String file, String resource, LocalDate today, List<Path> written) {
        Path target = dir.resolve(file);
        String text = read(resource).replace(DATE, today.toString());
        if (!FileWriting.createNew(target, text.getBytes(StandardCharsets.UTF_8))) {
            throw BuildFailure.of(SourcePos.of(target.toString()), "refusing to overwrite an existing file");
        }
        written.add(target);
    }

    private static String read(String resource) {
        try (InputStream in = SiteScaffold.class.getClassLoader().getResourceAsStream(RESOURCES + resource)) {
            if (in == null) {
                throw new IllegalStateException("scaffold file missing from the classpath: " + RESOURCES + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
