package dev.leafpress.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputPatchTest {

    @TempDir
    Path tmp;

    /** A failed parallel render: one writer's error closes the patch while others still write. */
    @Test
    void aWriteThatArrivesAfterAFailedBuildClosedLeavesNoPatchFolder() throws IOException {
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("index.html"), "old");
        OutputPatch patch = OutputPatch.open(out);
        patch.write("index.html", "half-built".getBytes(StandardCharsets.UTF_8));
        patch.close();

        assertThatThrownBy(() -> patch.write("late/index.html", "late".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BuildInterrupted.class);
        assertThat(OutputPatch.leftover(out)).doesNotExist();
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("old");
    }
}
