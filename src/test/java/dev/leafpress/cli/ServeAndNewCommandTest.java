package dev.leafpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code serve} and {@code new} command lines: exit codes and messages. */
class ServeAndNewCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @TempDir
    Path site;

    @BeforeEach
    void capture() throws Exception {
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        Files.writeString(site.resolve("site.yaml"), "title: T\n");
    }

    @AfterEach
    void restore() {
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    @Test
    void newPostPrintsItsPathAndRefusesToOverwrite() {
        String[] args = {"new", "post", "Hello World", "--tags", "a,b", "--category", "Notes", "--source", site.toString()};
        assertThat(Main.run(args)).isEqualTo(0);
        assertThat(out.toString(StandardCharsets.UTF_8).strip()).matches(".*content/posts/\\d{4}-\\d\\d-\\d\\d-hello-world\\.md");
        assertThat(Main.run(args)).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("-hello-world.md: error: already exists; not overwriting it");
    }

    @Test
    void newPageAndMissingKind() {
        assertThat(Main.run("new", "page", "About", "--source", site.toString())).isEqualTo(0);
        assertThat(site.resolve("content/pages/about.md")).exists();
        assertThat(Main.run("new", "--source", site.toString())).isEqualTo(2);
    }

    @Test
    void serveOnATakenPortFailsWithAClearMessage() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int code = Main.run("serve", "--port", String.valueOf(taken.getLocalPort()), "--source", site.toString());
            assertThat(code).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("error: cannot serve on 127.0.0.1:"
                    + taken.getLocalPort() + ": the address is in use");
        }
    }

    @Test
    void builtFilesNeverCarryTheLiveReloadScript(@org.junit.jupiter.api.io.TempDir Path out) throws Exception {
        assertThat(Main.run("build", "--source", "src/test/resources/sites/golden", "--output", out.toString()))
                .isEqualTo(0);
        try (var files = Files.walk(out)) {
            assertThat(files.filter(Files::isRegularFile)).isNotEmpty().allSatisfy(file ->
                    assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).doesNotContain("__leafpress"));
        }
    }

    @Test
    void serveRejectsImpossiblePorts() {
        assertThat(Main.run("serve", "--port", "70000", "--source", site.toString())).isEqualTo(2);
    }
}
