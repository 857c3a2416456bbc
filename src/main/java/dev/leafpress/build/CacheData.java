package dev.leafpress.build;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Strings and small values in the build cache's binary file; null strings are allowed. */
final class CacheData {

    private CacheData() {
    }

    static void writeString(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < -1) {
            throw new IOException("corrupt cache: negative length");
        }
        if (length == -1) {
            return null;
        }
        return new String(in.readNBytes(checked(in, length)), StandardCharsets.UTF_8);
    }

    static void writeStrings(DataOutputStream out, java.util.List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) {
            writeString(out, s);
        }
    }

    static java.util.List<String> readStrings(DataInputStream in) throws IOException {
        java.util.List<String> strings = new java.util.ArrayList<>();
        for (int i = readCount(in); i > 0; i--) {
            strings.add(readString(in));
        }
        return strings;
    }

    /** A count read from the file, refused when it is impossible, so a corrupt file fails fast. */
    static int readCount(DataInputStream in) throws IOException {
        return checked(in, in.readInt());
    }

    private static int checked(DataInputStream in, int n) throws IOException {
        if (n < 0 || n > 1 << 30) {
            throw new IOException("corrupt cache: count " + n);
        }
        return n;
    }
}
