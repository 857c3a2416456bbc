package dev.leafpress.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Changes an existing output folder in place, for a rebuild that changed few files. New files
 * are written into a folder beside the output; only on {@link #commit} are they renamed into
 * place and the files of removed pages deleted, so a failed build leaves the output as it was.
 * Unchanged files are not touched and keep their times. A rebuild that finds the folder of an
 * interrupted patch makes a full, staged build.
 */
public final class OutputPatch implements AutoCloseable {

    private static final String PREFIX = ".leafpress-patch-";

    private final Path output;
    private final Path patch;
    private final Collection<String> written = new ConcurrentLinkedQueue<>();
    private boolean committed;
    /** Set when a failed build closes the patch: writers of a parallel render still running stop. */
    private volatile boolean closed;
    private final AtomicInteger inFlight = new AtomicInteger();

    private OutputPatch(Path output, Path patch) {
        this.output = output;
        this.patch = patch;
    }

    /** The folder an interrupted patch of {@code output} leaves behind. */
    public static Path leftover(Path output) {
        Path out = output.toAbsolutePath().normalize();
        return out.resolveSibling(PREFIX + out.getFileName());
    }

    /**
     * Deletes what an interrupted patch of {@code output} left, once a full build has replaced
     * the output: the leftover told that build the output could not be trusted, and would tell
     * every later build the same.
     */
    public static void discardLeftover(Path output) {
        FileTrees.deleteQuietly(leftover(output));
    }

    public static OutputPatch open(Path output) {
        Path out = output.toAbsolutePath().normalize();
        try {
            Path patch = leftover(out);
            FileTrees.delete(patch);
            return new OutputPatch(out, Files.createDirectory(patch));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of the output's {@code file} now, or null when there is none. */
    public byte[] current(String file) {
        Path path = inside(output, file);
        try {
            return Files.isRegularFile(path) ? Files.readAllBytes(path) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Writes {@code bytes} to become the output's {@code file} on commit. */
    public void write(String file, byte[] bytes) {
        inFlight.incrementAndGet();
        try {
            if (closed) {
                throw new BuildInterrupted();
            }
            Path target = inside(patch, file);
            Files.createDirectories(target.getParent());
            WholeFile.write(target, bytes);
            written.add(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    /** Moves the written files into the output and deletes {@code removed} there. */
    public List<String> commit(Collection<String> removed) {
        try {
            for (String file : written) {
                Path target = inside(output, file);
                Files.createDirectories(target.getParent());
                Files.move(inside(patch, file), target, StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
            for (String file : removed) {
                delete(inside(output, file));
            }
            committed = true;
            FileTrees.delete(patch);
            return List.copyOf(written);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Without a commit, waits for the writers still running (a few seconds at most), then deletes the patch. */
    @Override
    public void close() {
        if (!committed) {
            closed = true;
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (inFlight.get() > 0 && System.nanoTime() < deadline) {
                LockSupport.parkNanos(1_000_000);
            }
            FileTrees.deleteQuietly(patch);
        }
    }

    /** Deletes the file, then each folder above it that became empty, up to the output. */
    private void delete(Path file) throws IOException {
        Files.deleteIfExists(file);
        for (Path dir = file.getParent(); dir != null && !dir.equals(output) && isEmpty(dir); dir = dir.getParent()) {
            Files.delete(dir);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        }
    }

    private static Path inside(Path root, String file) {
        Path target = root.resolve(file).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException("refusing to write outside the output folder: " + file);
        }
        return target;
    }
}
