package dev.leafpress.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test helper: an old blog written file by file into a temporary folder, then imported. */
final class OldBlog {

    private final Path root;

    OldBlog(Path root) {
        this.root = root;
    }

    OldBlog file(String relative, String text) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path root() {
        return root;
    }

    /** Imports the blog into {@code into}. */
    ImportReport importAs(SourceKind kind, Path into) {
        return Importer.run(kind, root, into);
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
