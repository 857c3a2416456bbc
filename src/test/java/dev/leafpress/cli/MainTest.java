package dev.leafpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as users run it: exit codes, messages, and what happens to the output folder. */
class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @BeforeEach
    void capture() {
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    @Test
    void buildPrintsOneSummaryLineAndExitsZero(@TempDir Path tmp) {
        int code = Main.run("build", "--no-cache", "--source", "src/test/resources/sites/golden", "--output", tmp.resolve("o").toString());
        assertThat(code).isEqualTo(0);
        assertThat(stdout().lines()).singleElement().asString()
                .matches("Built 4 posts and 2 pages: \\d+ files in \\d+\\.\\d\\d s"
                        + " \\(1 draft and 1 scheduled post held back; --drafts/--future show them\\) → .*");
        assertThat(tmp.resolve("o/index.html")).exists();
    }

    @Test
    void draftsFlagPublishesDrafts(@TempDir Path tmp) {
        int code = Main.run("build", "--no-cache", "--drafts", "--source", "src/test/resources/sites/golden", "--output", tmp.resolve("o").toString());
        assertThat(code).isEqualTo(0);
        assertThat(tmp.resolve("o/posts/not-yet/index.html")).exists();
    }

    @Test
    void contentErrorsExitOneWithFileAndLineAndNoStackTrace(@TempDir Path tmp) {
        int code = Main.run("build", "--source", "src/test/resources/sites/invalid/every-error-reported",
                "--output", tmp.resolve("o").toString());
        assertThat(code).isEqualTo(1);
        assertThat(stderr()).contains("content/posts/a.md:3:7: error:", "content/posts/b.md:2:1: error:",
                "content/posts/c.md:1: error:", "Build failed: 3 errors").doesNotContain("\tat ", "Exception");
    }

    @Test
    void failedBuildLeavesThePreviousOutputUntouched(@TempDir Path tmp) throws IOException {
        Path site = tmp.resolve("site");
        Files.createDirectories(site.resolve("content/posts"));
        Files.writeString(site.resolve("site.yaml"), "title: T\n");
        Files.writeString(site.resolve("content/posts/a.md"), "---\ntitle: A\ndate: 2020-01-01\n---\nFirst.\n");
        assertThat(Main.run("build", "--source", site.toString())).isEqualTo(0);
        byte[] before = Files.readAllBytes(site.resolve("output/posts/a/index.html"));
        Files.writeString(site.resolve("content/posts/a.md"), "---\ntitle: A\ndate: 2020-02-30\n---\nSecond.\n");
        assertThat(Main.run("build", "--source", site.toString())).isEqualTo(1);
        assertThat(site.resolve("output/posts/a/index.html")).hasBinaryContent(before);
        try (var siblings = Files.list(site)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".leafpress-"));
        }
    }

    @Test
    void refusesToReplaceAFolderItDidNotCreate(@TempDir Path tmp) throws IOException {
        Path foreign = tmp.resolve("photos");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("holiday.jpg"), "precious");
        int code = Main.run("build", "--no-cache", "--source", "src/test/resources/sites/golden", "--output", foreign.toString());
        assertThat(code).isEqualTo(1);
        assertThat(stderr()).contains("refusing to use this output folder", "--force");
        assertThat(foreign.resolve("holiday.jpg")).hasContent("precious");
    }

    @Test
    void refusesTheSiteFolderItselfAsOutput() {
        int code = Main.run("build", "--no-cache", "--source", "src/test/resources/sites/golden", "--output",
                "src/test/resources/sites/golden", "--force");
        assertThat(code).isEqualTo(1);
        assertThat(stderr()).contains("is the site folder itself");
    }

    @Test
    void unknownOptionIsAUsageErrorWithExitTwo() {
        assertThat(Main.run("build", "--no-such-option")).isEqualTo(2);
        assertThat(stderr()).contains("Unknown option: '--no-such-option'");
    }

    @Test
    void invalidBaseUrlOptionIsReported(@TempDir Path tmp) {
        int code = Main.run("build", "--no-cache", "--source", "src/test/resources/sites/golden", "--base-url", "not a url",
                "--output", tmp.resolve("o").toString());
        assertThat(code).isEqualTo(1);
        assertThat(stderr()).contains("--base-url: error: base URL 'not a url'");
    }

    @Test
    void versionAndHelpWork() {
        assertThat(Main.run("--version")).isEqualTo(0);
        assertThat(stdout()).startsWith("Leafpress ");
        assertThat(Main.run("build", "--help")).isEqualTo(0);
        assertThat(stdout()).contains("--source", "--output", "--drafts", "--base-url");
    }

    @Test
    void aSourceThatIsNoFolderIsAUsageError(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("site.yaml"), "title: x\n");
        for (String command : new String[] {"build", "check", "serve"}) {
            err.reset();
            assertThat(Main.run(command, "--source", tmp.resolve("missing").toString())).isEqualTo(2);
            String message = "--source " + tmp.resolve("missing") + ": no such folder\n";
            // contains, not startsWith: Jazzer's agent, when a fuzz test ran first in this JVM, logs classes it loads
            assertThat(stderr()).contains(message);
            assertThat(stderr().indexOf(message)).isLessThan(stderr().indexOf("Usage: leafpress " + command));
        }
        assertThat(Main.run("build", "--source", file.toString())).isEqualTo(2);
        assertThat(stderr()).contains(": not a folder");
        err.reset();
        assertThat(Main.run("new", "post", "A title", "--source", tmp.resolve("missing").toString())).isEqualTo(2);
        assertThat(stderr()).contains("--source " + tmp.resolve("missing") + ": no such folder");
    }

    @Test
    void everyCommandPrintsTheVersionItsHelpOffers() {
        for (String[] command : new String[][] {{"build"}, {"serve"}, {"check"}, {"new"}, {"new", "post"},
                {"init"}, {"theme", "export"}, {"import"}}) {
            out.reset();
            String[] args = java.util.Arrays.copyOf(command, command.length + 1);
            args[command.length] = "--version";
            assertThat(Main.run(args)).as(String.join(" ", args)).isEqualTo(0);
            assertThat(stdout()).as(String.join(" ", args)).startsWith("Leafpress ");
        }
    }

    @Test
    void initCreatesABlogThatTheNextCommandBuilds(@TempDir Path tmp) {
        Path blog = tmp.resolve("blog");
        assertThat(Main.run("init", blog.toString())).isEqualTo(0);
        assertThat(stdout()).contains("created", "site.yaml", "New blog in");
        assertThat(Main.run("build", "--source", blog.toString())).isEqualTo(0);
        assertThat(stdout()).contains("Built 1 post and 1 page");
        assertThat(blog.resolve("output/posts/hello-world/index.html")).exists();
    }

    @Test
    void initRefusesANonEmptyFolderWithExitOne(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("keep.txt"), "mine");
        assertThat(Main.run("init", tmp.toString())).isEqualTo(1);
        assertThat(stderr()).contains(": error: refusing to create a site here: the folder is not empty")
                .doesNotContain("Exception");
        assertThat(Main.run("init")).isEqualTo(2);
    }

    @Test
    void themeExportCopiesTheThemeAndKeepsExistingFiles(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("mytheme");
        assertThat(Main.run("theme", "export", dir.toString())).isEqualTo(0);
        assertThat(dir.resolve("templates/base.peb")).exists();
        Files.writeString(dir.resolve("static/style.css"), "changed");
        assertThat(Main.run("theme", "export", dir.toString())).isEqualTo(0);
        assertThat(stdout()).contains("Exported 0 theme files", "existing files kept");
        assertThat(dir.resolve("static/style.css")).hasContent("changed");
        assertThat(Main.run("theme")).isEqualTo(2);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
