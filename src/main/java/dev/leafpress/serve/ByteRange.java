package dev.leafpress.serve;

import java.util.Optional;

/**
 * One byte range of a {@code Range} request header. Browsers ask for ranges to play and seek video
 * and audio (Safari plays no video from a server that ignores them). Only a single range is
 * honoured; several ranges, other units or a malformed header get the whole file, as HTTP allows.
 *
 * @param start first byte; {@code end} last byte, inclusive; both -1 when no byte can be sent
 */
record ByteRange(long start, long end) {

    private static final ByteRange UNSATISFIABLE = new ByteRange(-1, -1);

    /** The range {@code header} asks of a body of {@code length} bytes; empty for the whole body. */
    static Optional<ByteRange> of(String header, long length) {
        if (header == null || !header.startsWith("bytes=") || header.indexOf(',') >= 0) {
            return Optional.empty();
        }
        String spec = header.substring("bytes=".length()).strip();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return Optional.empty();
        }
        try {
            String first = spec.substring(0, dash).strip();
            String last = spec.substring(dash + 1).strip();
            if (!digits(first) || !digits(last) || first.isEmpty() && last.isEmpty()) {
                return Optional.empty();
            }
            if (first.isEmpty()) {
                long suffix = Long.parseLong(last);
                return Optional.of(suffix == 0 || length == 0 ? UNSATISFIABLE
                        : new ByteRange(Math.max(0, length - suffix), length - 1));
            }
            long start = Long.parseLong(first);
            long end = last.isEmpty() ? Long.MAX_VALUE : Long.parseLong(last);
            if (end < start) {
                return Optional.empty();
            }
            return Optional.of(start >= length ? UNSATISFIABLE : new ByteRange(start, Math.min(end, length - 1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean digits(String text) {
        return text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    boolean satisfiable() {
        return start >= 0;
    }
}
