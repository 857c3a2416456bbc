package dev.leafpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How failures that are not diagnostics read on standard error. */
class ReporterTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedErr;

    @BeforeEach
    void capture() {
        savedErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(savedErr);
    }

    @Test
    void aFullDiskIsReportedAsSuchNotAsABugToReport() {
        int code = Reporter.internalError(new UncheckedIOException(new IOException("No space left on device")), false);

        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("error: cannot read or write a file:"
                + " No space left on device (check the free disk space and the permissions; --verbose shows where)\n");
    }

    @Test
    void anythingElseIsStillAnInternalError() {
        int code = Reporter.internalError(new IllegalStateException("boom"), false);

        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("error: internal error: java.lang.IllegalStateException: boom")
                .contains("please report it");
    }

    @Test
    void runningOutOfMemoryNamesTheLimitAndHowToRaiseItWithoutATrace() {
        int code = Reporter.exhausted(new OutOfMemoryError("Java heap space"), false);

        String text = err.toString(StandardCharsets.UTF_8);
        assertThat(code).isEqualTo(1);
        assertThat(text).startsWith("error: out of memory: Java's heap is limited to ")
                .contains("LEAFPRESS_JAVA_OPTS=-Xmx").endsWith("Stopped; the output folder was not changed.\n")
                .doesNotContain("\tat ");
    }

    @Test
    void runningOutOfStackSaysWhatIsNestedTooDeeply() {
        int code = Reporter.exhausted(new StackOverflowError(), false);

        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("error: out of stack space: something is nested"
                + " too deeply (a template macro that calls itself?)\nStopped; the output folder was not changed.\n");
    }
}
