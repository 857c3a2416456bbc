package dev.leafpress.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Staging, the all-or-nothing swap, and modification times carried over for unchanged files. */
class StagedOutputTimesTest {

    static final FileTime OLD = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));

    @TempDir
    Path dir;
    Path output;

    @BeforeEach
    void previousBuild() throws IOException {
        output = dir.resolve("output");
        try (StagedOutput staged = StagedOutput.open(output)) {
            staged.write("same.html", bytes("same"));
            staged.write("changed.html", bytes("before"));
            staged.write("copied.html", bytes("same"));
            staged.write("sub/dropped.html", bytes("dropped"));
            staged.commit();
        }
        try (var files = Files.walk(output)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, OLD);
            }
        }
    }

    @Test
    void equalBytesKeepTheOldTimeChangedOnesDoNotAndDroppedFilesGo() throws IOException {
        Path source = dir.resolve("source.bin");
        Files.write(source, bytes("same"));
        try (StagedOutput staged = StagedOutput.open(output)) {
            staged.write("same.html", bytes("same"));
            staged.write("changed.html", bytes("after"));
            staged.copy(source, "copied.html");
            staged.commit();
        }
        assertThat(Files.getLastModifiedTime(output.resolve("same.html"))).isEqualTo(OLD);
        assertThat(Files.getLastModifiedTime(output.resolve(OutputGuard.MARKER))).isEqualTo(OLD);
        assertThat(Files.getLastModifiedTime(output.resolve("changed.html"))).isNotEqualTo(OLD);
        assertThat(output.resolve("changed.html")).hasContent("after");
        assertThat(Files.getLastModifiedTime(output.resolve("copied.html"))).isEqualTo(OLD);
        assertThat(output.resolve("sub/dropped.html")).doesNotExist();
    }

    @Test
    void aBuildThatDoesNotCommitLeavesTheOutputUntouched() throws IOException {
        try (StagedOutput staged = StagedOutput.open(output)) {
            staged.write("changed.html", bytes("half-built"));
        }
        assertThat(output.resolve("changed.html")).hasContent("before");
        assertThat(Files.getLastModifiedTime(output.resolve("changed.html"))).isEqualTo(OLD);
        try (var siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("output");
        }
    }

    @Test
    void aLinkInThePreviousOutputIsNeverFollowed() throws IOException {
        Path outside = dir.resolve("outside.html");
        Files.write(outside, bytes("same"));
        Files.setLastModifiedTime(outside, OLD);
        Files.createSymbolicLink(output.resolve("linked.html"), outside);
        try (StagedOutput staged = StagedOutput.open(output)) {
            staged.write("linked.html", bytes("same"));
            staged.commit();
        }
        assertThat(Files.isSymbolicLink(output.resolve("linked.html"))).isFalse();
        assertThat(Files.getLastModifiedTime(output.resolve("linked.html"))).isNotEqualTo(OLD);
        assertThat(outside).hasContent("same");
    }

    @Test
    void refusesToWriteOutsideTheOutput() {
        try (StagedOutput staged = StagedOutput.open(output)) {
            assertThatThrownBy(() -> staged.write("../escape.html", bytes("x")))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(dir.resolve("escape.html")).doesNotExist();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
