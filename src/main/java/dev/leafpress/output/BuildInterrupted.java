package dev.leafpress.output;

/** The build was stopped (Ctrl-C, a kill) while it wrote; the previous output stands. */
public final class BuildInterrupted extends RuntimeException {

    BuildInterrupted() {
        super("the build was interrupted; the output is as it was", null, false, false);
    }

    /** True when {@code e} or one of its causes is an interruption. */
    public static boolean isCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BuildInterrupted) {
                return true;
            }
        }
        return false;
    }
}
