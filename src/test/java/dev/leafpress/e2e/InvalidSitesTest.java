package dev.leafpress.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.leafpress.build.BuildOptions;
import dev.leafpress.build.BuildPipeline;
import dev.leafpress.diag.BuildFailure;
import dev.leafpress.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each folder under {@code sites/invalid/} is a tiny broken site; {@code expected.txt} holds the
 * exact diagnostics the build must report, all of them, in order.
 */
class InvalidSitesTest {

    static final Path INVALID = Path.of("src/test/resources/sites/invalid");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(INVALID)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsEveryProblemAtItsLine(String name, @TempDir Path tmp) throws IOException {
        Path site = INVALID.resolve(name);
        BuildFailure failure = catchThrowableOfType(BuildFailure.class,
                () -> BuildPipeline.run(BuildOptions.of(site).withOutput(tmp.resolve("out"))));
        assertThat(failure).as("the build of %s must fail", name).isNotNull();
        assertThat(failure.diagnostics().stream().map(Diagnostic::toString))
                .containsExactlyElementsOf(Files.readAllLines(site.resolve("expected.txt")));
        assertThat(tmp.resolve("out")).doesNotExist();
    }
}
