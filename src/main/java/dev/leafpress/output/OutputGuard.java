package dev.leafpress.output;

import dev.leafpress.diag.BuildFailure;
import dev.leafpress.diag.SourcePos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Refuses output folders whose replacement would destroy the author's work: the site root, a
 * folder holding it, a folder inside or holding the sources ({@code content/}, a theme,
 * {@code templates/}) or the cache, the file-system root, the home folder or a folder holding it,
 * a file, or (unless forced) a non-empty folder that Leafpress did not create.
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
        for (Path source : sources(root)) {
            // Compared as real paths: content/ or a theme may be a link to a folder elsewhere.
            if (out.startsWith(source) || source.startsWith(out)) {
                refuse(output, (out.startsWith(source) ? "is inside " : "contains ") + "the site's sources or cache ("
                        + source + ": content/, themes/, templates/ or .leafpress/)");
            }
        }
        checkPlace(output, out);
        if (!force && isForeign(out)) {
            refuse(output, "is a folder with files that Leafpress did not write (no " + MARKER
                    + " file in it); choose an empty or new folder, or pass --force to replace it");
        }
    }

    /** A file (or device) is never replaced, even with --force; nor can a folder go where none can be made. */
    private static void checkPlace(Path output, Path out) {
        if (Files.isSymbolicLink(output) && !Files.exists(output)) {
            refuse(output, "is a symbolic link to something that does not exist");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            refuse(output, "is a file, not a folder; choose a folder");
        }
        Path existing = out.getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            refuse(output, "cannot be made: " + existing + " is a file, not a folder");
        }
    }

    /** The real folders of the site's sources and cache: content/, templates/, .leafpress/ and each theme. */
    private static List<Path> sources(Path root) {
        List<Path> sources = new ArrayList<>();
        for (String folder : List.of("content", "templates", "themes", ".leafpress")) {
            sources.add(real(root.resolve(folder)));
        }
        try (Stream<Path> themes = Files.list(root.resolve("themes"))) {
            themes.map(OutputGuard::real).forEach(sources::add);
        } catch (IOException e) {
            // No themes/ folder: nothing more to protect there.
        }
        return sources;
    }

    /**
     * Where the build writes: {@code output} itself, or the folder it links to when it is a
     * symbolic link to one (replacing the link by a folder would leave its target stale).
     */
    public static Path writtenFolder(Path output) {
        if (Files.isSymbolicLink(output) && Files.isDirectory(output)) {
            return real(output);
        }
        return output;
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
