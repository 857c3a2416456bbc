package dev.leafpress.content;

import dev.leafpress.diag.BuildFailure;
import dev.leafpress.diag.SourcePos;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads author files strictly as UTF-8 and reports the first bad byte by line and offset. */
public final class SourceReader {

    private SourceReader() {
    }

    public static SourceFile read(Path path, String display) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw BuildFailure.of(SourcePos.of(display), "cannot read file: " + describe(e));
        }
        return new SourceFile(path, display, normaliseLineEndings(decode(bytes, display)));
    }

    static String decode(byte[] bytes, String display) {
        int start = hasBom(bytes) ? 3 : 0;
        if (isAscii(bytes, start)) {
            return new String(bytes, start, bytes.length - start, StandardCharsets.US_ASCII);
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            throw BuildFailure.of(SourcePos.of(display, lineAt(bytes, offset)), String.format(
                    "file is not valid UTF-8: byte 0x%02X at byte offset %d (save the file as UTF-8)",
                    bytes[offset] & 0xFF, offset));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** Most posts are ASCII, which needs no checking decoder. */
    private static boolean isAscii(byte[] bytes, int start) {
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    static String normaliseLineEndings(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Says what went wrong without repeating the path, which the message already starts with. */
    static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "it does not exist (a symbolic link to a missing file?)";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
