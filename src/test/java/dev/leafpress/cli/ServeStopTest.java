package dev.leafpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real {@code leafpress serve} process, stopped as an author stops it: Ctrl-C (SIGINT), or SIGTERM. */
class ServeStopTest {

    @TempDir
    Path site;

    @Test
    void ctrlCStopsTheServerWithStatusZero() throws Exception {
        List<String> output = serveThenSignal("INT");
        assertThat(output).last().isEqualTo("Stopped.");
        assertThat(exitCode).isZero();
    }

    @Test
    void ctrlCDuringTheFirstBuildStopsItWithStatusZeroToo() throws Exception {
        for (int i = 0; i < 400; i++) {
            Files.createDirectories(site.resolve("content/posts"));
            Files.writeString(site.resolve("content/posts/p" + i + ".md"), "---\ntitle: Post " + i
                    + "\ndate: 2020-01-01\n---\n" + "Some words of a body. ".repeat(200) + "\n");
        }
        List<String> output = serveThenSignal("INT", "Building the site");
        assertThat(output).last().isEqualTo("Stopped.");
        assertThat(exitCode).isZero();
    }

    @Test
    void sigtermAlsoStopsItAndSaysSo() throws Exception {
        List<String> output = serveThenSignal("TERM");
        assertThat(output).last().isEqualTo("Stopped.");
        assertThat(exitCode).isEqualTo(143);
    }

    private int exitCode = -1;

    private List<String> serveThenSignal(String signal) throws Exception {
        return serveThenSignal(signal, "Serving http://");
    }

    private List<String> serveThenSignal(String signal, String after) throws Exception {
        Files.writeString(site.resolve("site.yaml"), "title: Stop test\nbase_url: http://localhost/\n");
        Files.createDirectories(site.resolve("content/posts"));
        Files.writeString(site.resolve("content/posts/a.md"), "---\ntitle: A\ndate: 2020-01-01\n---\nBody.\n");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process serve = new ProcessBuilder(java, "-cp", classpath, "dev.leafpress.cli.Main", "serve", "--port", "0",
                "--source", site.toString()).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
                if (line.startsWith(after)) {
                    signal(serve, signal);
                }
            }
            assertThat(serve.waitFor(20, TimeUnit.SECONDS)).as(String.join("\n", lines)).isTrue();
            exitCode = serve.exitValue();
            return lines;
        } finally {
            serve.destroyForcibly();
        }
    }

    private static void signal(Process process, String signal) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start().waitFor();
    }
}
