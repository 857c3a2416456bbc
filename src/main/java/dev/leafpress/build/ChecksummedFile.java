package dev.leafpress.build;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * A cache file sealed with a CRC32C of its payload in a 4-byte trailer. The cache's own checks
 * (format number, lengths, end of file) catch a truncated file but not flipped bytes inside a
 * string, which would be published as they are; the checksum makes any such file read as absent,
 * so the build falls back to rendering again instead of trusting it.
 */
final class ChecksummedFile {

    private static final int TRAILER = Integer.BYTES;

    /** Writes the payload of a cache file. */
    @FunctionalInterface
    interface Payload {
        void writeTo(DataOutputStream out) throws IOException;
    }

    private ChecksummedFile() {
    }

    /** Writes {@code payload} and its checksum to a temporary file, then renames it to {@code file}. */
    static void write(Path file, int bufferSize, Payload payload) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(temp), bufferSize)) {
            CheckedOutputStream checked = new CheckedOutputStream(raw, new CRC32C());
            DataOutputStream out = new DataOutputStream(checked);
            payload.writeTo(out);
            out.flush();
            new DataOutputStream(raw).writeInt((int) checked.getChecksum().getValue());
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * The payload of {@code file}, or empty when the file is missing, too short, or its checksum
     * does not match: the caller treats all three as no cache.
     */
    static Optional<DataInputStream> open(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException unreadable) {
            return Optional.empty();
        }
        int payload = bytes.length - TRAILER;
        if (payload < 0) {
            return Optional.empty();
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, payload);
        if ((int) crc.getValue() != ByteBuffer.wrap(bytes, payload, TRAILER).getInt()) {
            return Optional.empty();
        }
        return Optional.of(new DataInputStream(new ByteArrayInputStream(bytes, 0, payload)));
    }
}
