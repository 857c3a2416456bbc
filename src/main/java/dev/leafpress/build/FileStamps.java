package dev.leafpress.build;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;


/**
 * The size and modification time of every file under a folder, as {@code make} and {@code git}
 * compare files: a folder whose stamps are all the same is taken as unchanged.
 */
final class FileStamps {

    /**
     * One file's size and modification time in nanoseconds. Equality is written out: a record's
     * generated one is bootstrapped through method handles on first use, some 13 ms of a build
     * with nothing to do, which compares stamps and nothing else.
     */
    record Stamp(long size, long modified) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Stamp that && size == that.size && modified == that.modified;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(size) * 31 + Long.hashCode(modified);
        }
    }

    private FileStamps() {
    }

    /**
     * 128 bits and the count that stand for a whole set of stamps, whatever the order they were
     * found in (a sum of one mixed hash per file, in two lanes): the last build keeps this, and a
     * build with nothing to do compares it without reading the last build's stamps back.
     */
    static String digest(Map<String, Stamp> stamps) {
        long first = 0;
        long second = 0;
        for (Map.Entry<String, Stamp> e : stamps.entrySet()) {
            long h = 0xcbf29ce484222325L;
            String path = e.getKey();
            for (int i = 0; i < path.length(); i++) {
                h = (h ^ path.charAt(i)) * 0x100000001b3L;
            }
            h = Hash128.mix(h ^ Hash128.mix(e.getValue().size() + 0x9e3779b97f4a7c15L));
            h = Hash128.mix(h ^ Hash128.mix(e.getValue().modified()));
            first += h;
            second += Hash128.mix(h ^ 0x5851f42d4c957f2dL);
        }
        java.util.HexFormat hex = java.util.HexFormat.of();
        return hex.toHexDigits(first) + hex.toHexDigits(second) + "-" + stamps.size();
    }

    /** The stamp of one regular file, or empty when it is not one or cannot be read. */
    static Optional<Stamp> ofFile(Path file) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return attrs.isRegularFile() ? Optional.of(stamp(attrs)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Stamp stamp(BasicFileAttributes attrs) {
        return new Stamp(attrs.size(), attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS));
    }

    /**
     * The modification time of every folder that holds one of {@code files} (paths relative to
     * {@code root}), up to {@code root} itself (""), or empty when one cannot be read as a folder.
     * A folder's time changes whenever an entry is added to it, removed or renamed.
     */
    static Optional<Map<String, Long>> folders(Path root, Collection<String> files) {
        Set<String> folders = new HashSet<>();
        folders.add("");
        for (String file : files) {
            for (Path dir = Path.of(file).getParent(); dir != null && folders.add(dir.toString()); dir = dir.getParent()) {
                // every folder up to the root, each once
            }
        }
        Map<String, Long> times = new ConcurrentHashMap<>();
        boolean all = folders.parallelStream().allMatch(dir -> folderTime(root.resolve(dir)).map(t -> {
            times.put(dir, t);
            return true;
        }).orElse(false));
        return all ? Optional.of(Map.copyOf(times)) : Optional.empty();
    }

    /**
     * Whether the tree under {@code root} is still the one these stamps were taken of: every
     * file with its size and time, every folder with its time (so nothing was added, removed or
     * renamed anywhere). Stating these 27,000 paths of a 10,000-post output took a third of the
     * time of reading its 12,000 folders.
     */
    static boolean same(Path root, Map<String, Stamp> files, Map<String, Long> folders) {
        return !files.isEmpty() && folders.containsKey("")
                && folders.entrySet().parallelStream().allMatch(e -> folderTime(root.resolve(e.getKey()))
                        .filter(e.getValue()::equals).isPresent())
                && files.entrySet().parallelStream().allMatch(e -> ofFile(root.resolve(e.getKey()))
                        .filter(e.getValue()::equals).isPresent());
    }

    private static Optional<Long> folderTime(Path dir) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(dir, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return attrs.isDirectory() ? Optional.of(attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The stamps by path relative to {@code dir}; empty when the tree holds a link or something
     * else that is not a file or folder, or cannot be read. Folders are read in parallel: an
     * output of 10,000 posts is some 12,000 folders, and reading them one by one was most of the
     * time a build with nothing to do took.
     */
    static Optional<Map<String, Stamp>> of(Path dir) {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        Walk walk = new Walk(dir.toString().length() + 1);
        ForkJoinPool.commonPool().invoke(walk.folder(dir));
        return walk.plain.get() ? Optional.of(Map.copyOf(walk.stamps)) : Optional.empty();
    }

    /** One walk: the stamps found so far, and whether everything was a plain file or folder. */
    private static final class Walk {
        private final Map<String, Stamp> stamps = new ConcurrentHashMap<>();
        private final AtomicBoolean plain = new AtomicBoolean(true);
        private final int prefix;

        Walk(int prefix) {
            this.prefix = prefix;
        }

        RecursiveAction folder(Path folder) {
            return new RecursiveAction() {
                @Override
                protected void compute() {
                    invokeAll(read(folder));
                }
            };
        }

        private List<RecursiveAction> read(Path folder) {
            List<RecursiveAction> folders = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                for (Path entry : entries) {
                    BasicFileAttributes attrs = Files.readAttributes(entry, BasicFileAttributes.class,
                            LinkOption.NOFOLLOW_LINKS);
                    if (attrs.isDirectory()) {
                        folders.add(folder(entry));
                    } else if (attrs.isRegularFile()) {
                        stamps.put(entry.toString().substring(prefix), stamp(attrs));
                    } else {
                        plain.set(false);
                    }
                }
            } catch (IOException | RuntimeException e) {
                plain.set(false);
            }
            return plain.get() ? folders : List.of();
        }
    }
}
