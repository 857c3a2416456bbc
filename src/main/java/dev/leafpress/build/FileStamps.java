package dev.leafpress.build;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The size and modification time of every file under a folder, as {@code make} and {@code git}
 * compare files: a folder whose stamps are all the same is taken as unchanged.
 */
final class FileStamps {

    /** One file's size and modification time in nanoseconds. */
    record Stamp(long size, long modified) {
    }

    private FileStamps() {
    }

    /** The stamps by path relative to {@code dir}; empty when the tree holds a link or cannot be read. */
    static Optional<Map<String, Stamp>> of(Path dir) {
        Map<String, Stamp> stamps = new HashMap<>();
        boolean[] plain = {true};
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!attrs.isRegularFile()) {
                        plain[0] = false;
                        return FileVisitResult.TERMINATE;
                    }
                    stamps.put(dir.relativize(file).toString(),
                            new Stamp(attrs.size(), attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return Optional.empty();
        }
        return plain[0] ? Optional.of(stamps) : Optional.empty();
    }
}
