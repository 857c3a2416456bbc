package dev.leafpress.cli;

/**
 * Ctrl-C as the way a long-running command is asked to stop: it runs the command's own stop
 * instead of the JVM's default (shutdown hooks, then exit status 130), so the command can end
 * normally with status 0.
 */
final class CtrlC {

    private CtrlC() {
    }

    /** Runs {@code stop} on SIGINT; false when this JVM does not let the handler be replaced. */
    @SuppressWarnings("restriction")
    static boolean onInterrupt(Runnable stop) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), signal -> stop.run());
            return true;
        } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError unavailable) {
            return false;
        }
    }
}
