package dev.leafpress.output;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One build into an output folder at a time. A second build started while one runs would take
 * the first one's staging folder for a leftover and delete it under it; instead it waits, saying
 * so, until the first has finished. The lock is the operating system's, on a file named after the
 * output folder's real path in the temporary folder (not in the site, which may be read-only or a
 * test fixture), so it goes away with the process however that ends. Where it cannot be taken,
 * the build goes on without it.
 */
public final class BuildLock implements AutoCloseable {

    /** File locks are per process: builds on threads of one process also queue here. */
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock inProcess;
    private final FileChannel channel;
    private final FileLock lock;

    private BuildLock(ReentrantLock inProcess, FileChannel channel, FileLock lock) {
        this.inProcess = inProcess;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * The lock file's name for an output path: two 64-bit FNV-1a hashes of its UTF-8 bytes (an MD5
     * would load the JDK's security providers, some 15 ms of a build with nothing to do). Two paths
     * with the same name would only share a lock, so their builds would take turns.
     */
    static String lockName(String outputPath) {
        long first = 0xcbf29ce484222325L;
        long second = 0x84222325cbf29ce4L;
        for (byte b : outputPath.getBytes(StandardCharsets.UTF_8)) {
            first = (first ^ (b & 0xff)) * 0x100000001b3L;
            second = (second ^ (b & 0xff)) * 0x100000001b3L + 1;
        }
        return java.util.HexFormat.of().toHexDigits(first) + java.util.HexFormat.of().toHexDigits(second) + ".lock";
    }

    public static BuildLock acquire(Path output, PrintStream messages) {
        String key = OutputGuard.real(output).toString();
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "leafpress-locks", lockName(key));
        ReentrantLock inProcess = IN_PROCESS.computeIfAbsent(file, f -> new ReentrantLock());
        inProcess.lock();
        FileChannel channel = null;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                messages.println("leafpress: waiting for another build into " + key + " to finish...");
                lock = channel.lock();
            }
            return new BuildLock(inProcess, channel, lock);
        } catch (IOException | OverlappingFileLockException e) {
            closeQuietly(channel);
            return new BuildLock(inProcess, null, null);
        }
    }

    @Override
    public void close() {
        try {
            if (lock != null) {
                lock.release();
            }
        } catch (IOException e) {
            // Closing the channel releases it too.
        }
        closeQuietly(channel);
        inProcess.unlock();
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Nothing left to undo.
            }
        }
    }
}
