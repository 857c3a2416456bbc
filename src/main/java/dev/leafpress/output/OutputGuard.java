package dev.leafpress.output;

import dev.leafpress.diag.BuildFailure;
import dev.leafpress.diag.SourcePos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Refuses output folders whose replacement would destroy the author's work: the site root, a
 * folder holding it or {@code content/}, the file-system root, the home folder or a folder holding
 * it, or (unless forced) an existing file or a non-empty folder that Leafpress did not create.
 */
public final class OutputGuard {

    /** The file that marks a folder as written by Leafpress. */
    public static final String MARKER = ".leafpress-output";

    private OutputGuard() {
    }

    public static void check(Path siteRoot, Path output, boolean force) {
        Path out = real(output);
        Path root = real(siteRoot);
        Path homeSetting = Path.of(System.getProperty("user.home"));
        if (out.getParent() == null) {
            refuse(output, "is the root of the file system");
        }
        // Java reports "?" when it cannot tell the home folder; that must not make the working
        // folder and its parents look like a home.
        Path home = homeSetting.isAbsolute() ? real(homeSetting) : null;
        if (home != null && home.startsWith(out)) {
            refuse(output, out.equals(home) ? "is your home folder" : "contains your home folder");
        }
        if (root.startsWith(out)) {
            refuse(output, out.equals(root) ? "is the site folder itself" : "contains the site folder");
        }
        if (out.startsWith(root.resolve("content")) || out.startsWith(root.resolve("themes"))
                || out.startsWith(root.resolve("templates"))) {
            refuse(output, "is inside the site's sources (content/, themes/ or templates/)");
        }
        if (!force && Files.exists(out) && !Files.isDirectory(out)) {
            // Committing would move the file aside and delete it.
            refuse(output, "is a file, not a folder; choose a folder, or pass --force to replace the file");
        }
        if (!force && isForeign(out)) {
            refuse(output, "is a folder with files that Leafpress did not write (no " + MARKER
                    + " file in it); choose an empty or new folder, or pass --force to replace it");
        }
    }

    private static boolean isForeign(Path out) {
        if (!Files.isDirectory(out) || Files.exists(out.resolve(MARKER))) {
            return false;
        }
        try (Stream<Path> children = Files.list(out)) {
            return children.findAny().isPresent();
        } catch (IOException e) {
            return true;
        }
    }

    /** The absolute, normalised path, with symbolic links resolved as far as the path exists. */
    static Path real(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
        } catch (IOException e) {
            return abs;
        }
    }

    private static void refuse(Path output, String why) {
        throw BuildFailure.of(SourcePos.of(output.toString()), "refusing to use this output folder: it " + why);
    }
}
