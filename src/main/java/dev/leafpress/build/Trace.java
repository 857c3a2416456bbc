package dev.leafpress.build;

/**
 * Phase timings of a build on stderr when the environment has {@code LEAFPRESS_TRACE=1}: for
 * finding where the time goes, on the user's own site, without a profiler.
 */
final class Trace {

    private static final boolean ON = "1".equals(System.getenv("LEAFPRESS_TRACE"));
    private static final long START = System.nanoTime();
    private static long last = START;
    private static long lastCpu = cpu();

    private Trace() {
    }

    /** The CPU time of the whole process (all threads, user and system), in nanoseconds. */
    private static long cpu() {
        return ON && java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    static synchronized void phase(String name) {
        if (ON) {
            long now = System.nanoTime();
            long cpu = cpu();
            System.err.printf("trace: %-28s %6d ms, cpu %6d ms (at %6d ms)%n", name, (now - last) / 1_000_000,
                    (cpu - lastCpu) / 1_000_000, (now - START) / 1_000_000);
            last = now;
            lastCpu = cpu;
        }
    }
}
