package dev.leafpress.build;

/**
 * A fast 128-bit hash of characters for page digests and the cache key (SHA-256 cost the key 30 ms
 * of start-up, loading the JDK's security providers): two independent 64-bit lanes, so that an
 * accidental collision is out of reach. Not for adversaries; nobody gains by forging a digest
 * of their own site.
 */
final class Hash128 {

    private long a = 0xcbf29ce484222325L;
    private long b = 0x9e3779b97f4a7c15L;

    Hash128 add(char c) {
        a = (a ^ c) * 0x100000001b3L;
        b = Long.rotateLeft(b ^ c, 29) * 0xbf58476d1ce4e5b9L;
        return this;
    }

    /** The text with its length first, so "ab"+"c" and "a"+"bc" differ. */
    Hash128 add(String text) {
        int n = text.length();
        add((char) (n >>> 16)).add((char) n);
        for (int i = 0; i < n; i++) {
            add(text.charAt(i));
        }
        return this;
    }

    /** The bytes with their count first. */
    Hash128 add(byte[] bytes) {
        add((char) (bytes.length >>> 16)).add((char) bytes.length);
        for (byte b : bytes) {
            add((char) (b & 0xff));
        }
        return this;
    }

    String hex() {
        java.util.HexFormat hex = java.util.HexFormat.of();
        return hex.toHexDigits(mix(a)) + hex.toHexDigits(mix(b));
    }

    /** The finaliser of SplitMix64: every input bit moves about half of the output bits. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
