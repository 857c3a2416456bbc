package dev.leafpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code leafpress import} as users run it: the report, exit codes, and refusing to overwrite. */
class ImportCommandTest {

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
    void importPrintsTheReportAndTheNewSiteBuilds(@TempDir Path tmp) {
        String into = tmp.resolve("new").toString();
        assertThat(Main.run("import", "hugo", "src/test/resources/dialects/hugo", "--into", into)).isEqualTo(0);
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("posts:          4 (1 draft)", "pages:          1", "assets:         2 copied",
                "URLs kept:      4", "posts/_index.md: a section page",
                "posts/toml-offset.md:20: unsupported Hugo shortcode '{{< youtube abc123 >}}'");
        assertThat(Main.run("build", "--source", into)).isEqualTo(0);
    }

    @Test
    void unknownGeneratorIsAUsageErrorAndAnExistingSiteIsRefused(@TempDir Path tmp) {
        assertThat(Main.run("import", "wordpress", "x")).isEqualTo(2);
        assertThat(Main.run("import", "jekyll", "src/test/resources/dialects/jekyll", "--into",
                "src/test/resources/sites/golden")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("refusing to import here").doesNotContain("\tat ");
    }

    @Test
    void aBlogOfAnotherKindImportsNothingAndSaysSo(@TempDir Path tmp) {
        Path into = tmp.resolve("new");
        assertThat(Main.run("import", "hugo", "src/test/resources/dialects/jekyll", "--into", into.toString()))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("src/test/resources/dialects/jekyll: error: found no posts or pages of a Hugo blog here");
        assertThat(into).doesNotExist();
    }
}
