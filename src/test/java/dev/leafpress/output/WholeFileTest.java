package dev.leafpress.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WholeFileTest {

    @TempDir
    Path dir;

    @Test
    void writesAllTheBytesAndReplacesALongerFile() throws Exception {
        byte[] big = new byte[100_000];
        new Random(1).nextBytes(big);
        Path file = dir.resolve("page.html");
        WholeFile.write(file, big);
        assertThat(Files.readAllBytes(file)).isEqualTo(big);

        WholeFile.write(file, new byte[] {1, 2, 3});
        assertThat(Files.readAllBytes(file)).containsExactly(1, 2, 3);

        WholeFile.write(file, new byte[0]);
        assertThat(Files.size(file)).isZero();
    }
}
