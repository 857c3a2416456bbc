package dev.leafpress.serve;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The folders a {@link SiteWatcher} has registered, by watch key; registers whole trees. */
final class WatchedFolders {

    private static final List<String> TREES = List.of("content", "themes", "templates");

    private final Path root;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();

    WatchedFolders(Path root, WatchService service) {
        this.root = root;
        this.service = service;
    }

    /** True for the paths a site is made of: site.yaml and anything in the three source trees. */
    static boolean isWatched(String relative) {
        if (relative.equals("site.yaml")) {
            return true;
        }
        return TREES.stream().anyMatch(t -> relative.equals(t) || relative.startsWith(t + "/"));
    }

    void registerRoot() throws IOException {
        register(root);
        for (String tree : TREES) {
            Path dir = root.resolve(tree);
            if (Files.isDirectory(dir)) {
                registerTree(dir);
            }
        }
    }

    /** Registers {@code dir} and every folder below it; returns the files found (they may be new). */
    List<Path> registerTree(Path dir) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                            register(d);
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            files.add(file);
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            return e instanceof FileSystemLoopException ? FileVisitResult.SKIP_SUBTREE
                                    : FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            // A folder that vanished while being walked: its deletion is reported as an event.
        }
        return files;
    }

    Path folderOf(WatchKey key) {
        return folders.get(key);
    }

    void forget(WatchKey key) {
        folders.remove(key);
    }

    /**
     * A folder reached again through a symbolic link gets the key it already has; its events keep
     * the path it was first registered under while that still exists, or they would be reported
     * under the link's path (and lost once the link is gone).
     */
    private void register(Path dir) throws IOException {
        folders.merge(dir.register(service, SiteWatcher.kinds()), dir,
                (first, again) -> Files.isDirectory(first) ? first : again);
    }
}
