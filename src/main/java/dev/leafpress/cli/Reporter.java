package dev.leafpress.cli;

import dev.leafpress.diag.BuildFailure;
import dev.leafpress.diag.Diagnostic;
import dev.leafpress.output.BuildInterrupted;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Prints diagnostics like a compiler: one line each, on standard error. */
final class Reporter {

    private Reporter() {
    }

    static void warnings(List<Diagnostic> diagnostics) {
        diagnostics.forEach(d -> System.err.println(d));
    }

    /** Prints every diagnostic and a closing line such as "Build failed: 2 errors; nothing was written." */
    static int failure(BuildFailure failure, String what, String consequence) {
        failure.diagnostics().forEach(d -> System.err.println(d));
        long errors = failure.diagnostics().stream().filter(Diagnostic::isError).count();
        System.err.println(what + " failed: " + errors + " error" + (errors == 1 ? "" : "s") + consequence);
        return 1;
    }

    static int internalError(RuntimeException e, boolean verbose) {
        if (BuildInterrupted.isCause(e)) {
            System.err.println("Interrupted: the output is as it was.");
            return 130;
        }
        IOException io = ioCause(e);
        if (io != null) {
            // A full disk or a folder without write permission is the machine's state, not a bug to report.
            System.err.println("error: cannot read or write a file: " + (io.getMessage() == null
                    ? io.getClass().getSimpleName() : io.getMessage())
                    + " (check the free disk space and the permissions; --verbose shows where)");
            if (verbose) {
                e.printStackTrace();
            }
            return 1;
        }
        System.err.println("error: internal error: " + e);
        if (verbose) {
            e.printStackTrace();
        } else {
            System.err.println("(run again with --verbose for details, and please report it)");
        }
        return 1;
    }

    /**
     * The JVM ran out of memory or stack: a template that builds a huge value, say. The staging
     * folder is gone by now and the previous output untouched; say so in words, not a trace.
     */
    static int exhausted(VirtualMachineError e, boolean verbose) {
        long limitMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        String what = e instanceof OutOfMemoryError
                ? "out of memory: Java's heap is limited to " + limitMb + " MB. A template that builds a huge list"
                        + " or string needs too much; for a very large site, raise the limit with"
                        + " LEAFPRESS_JAVA_OPTS=-Xmx" + Math.max(1, 2 * limitMb / 1024) + "g"
                : "out of stack space: something is nested too deeply (a template macro that calls itself?)";
        System.err.println("error: " + what);
        System.err.println("Stopped; the output folder was not changed.");
        if (verbose) {
            e.printStackTrace();
        }
        return 1;
    }

    private static IOException ioCause(Throwable e) {
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    static String displayPath(Path path) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = path.toAbsolutePath().normalize();
        return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
