package dev.leafpress.build;

/**
 * Phase timings of a build on stderr when the environment has {@code LEAFPRESS_TRACE=1}: for
 * finding where the time goes, on the user's own site, without a profiler.
 */
final class Trace {

    private static final boolean ON = "1".equals(System.getenv("LEAFPRESS_TRACE"));
    private static final long START = System.nanoTime();
    private static long last = START;

    private Trace() {
    }

    static synchronized void phase(String name) {
        if (ON) {
            long now = System.nanoTime();
            System.err.printf("trace: %-28s %6d ms (at %6d ms)%n", name, (now - last) / 1_000_000, (now - START) / 1_000_000);
            last = now;
        }
    }
}
