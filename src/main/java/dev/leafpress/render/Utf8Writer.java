package dev.leafpress.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A {@link Writer} that collects UTF-8 bytes, for rendering a page straight into the bytes that
 * are written out. Against a {@code StringWriter} it saves the lock on every append (a
 * {@code StringBuffer}), the copy of {@code toString()} and, when one character of a page is not
 * Latin-1 (an em dash in the title), the slow encoding of the whole page as UTF-16: each piece is
 * encoded on its own, so only the pieces with such characters pay for them. Not thread-safe.
 */
final class Utf8Writer extends Writer {

    private byte[] bytes;
    private int size;
    /** A high surrogate that ended the last write, waiting for its low half. */
    private char pendingHigh;

    Utf8Writer(int capacity) {
        bytes = new byte[capacity];
    }

    @Override
    public void write(String text) {
        if (pendingHigh != 0 || endsWithHighSurrogate(text)) {
            write(text.toCharArray(), 0, text.length());
        } else {
            append(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    public void write(String text, int offset, int length) {
        write(text.substring(offset, offset + length));
    }

    @Override
    public void write(int c) {
        write(new char[] {(char) c}, 0, 1);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        int ascii = pendingHigh == 0 ? copyAscii(chars, offset, length) : 0;
        if (ascii == length) {
            return;
        }
        writeEncoded(chars, offset + ascii, length - ascii);
    }

    /**
     * Copies the ASCII characters at the start of {@code chars} (a template's text is mostly
     * that) straight into the bytes; returns how many it copied.
     */
    private int copyAscii(char[] chars, int offset, int length) {
        ensureRoom(length);
        int i = 0;
        while (i < length && chars[offset + i] < 0x80) {
            bytes[size + i] = (byte) chars[offset + i];
            i++;
        }
        size += i;
        return i;
    }

    private void writeEncoded(char[] chars, int offset, int length) {
        StringBuilder text = new StringBuilder(length + 1);
        if (pendingHigh != 0) {
            text.append(pendingHigh);
            pendingHigh = 0;
        }
        text.append(chars, offset, length);
        char last = text.charAt(text.length() - 1);
        if (Character.isHighSurrogate(last)) {
            pendingHigh = last;
            text.setLength(text.length() - 1);
        }
        append(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The bytes written so far; a surrogate left without its other half is written as "?", as String does. */
    byte[] toByteArray() {
        if (pendingHigh != 0) {
            append(String.valueOf(pendingHigh).getBytes(StandardCharsets.UTF_8));
            pendingHigh = 0;
        }
        return Arrays.copyOf(bytes, size);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    private static boolean endsWithHighSurrogate(String text) {
        return !text.isEmpty() && Character.isHighSurrogate(text.charAt(text.length() - 1));
    }

    private void append(byte[] piece) {
        ensureRoom(piece.length);
        System.arraycopy(piece, 0, bytes, size, piece.length);
        size += piece.length;
    }

    private void ensureRoom(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
