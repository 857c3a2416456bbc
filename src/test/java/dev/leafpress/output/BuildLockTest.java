package dev.leafpress.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildLockTest {

    @TempDir
    Path tmp;

    @Test
    void eachOutputPathHasItsOwnStableLockName() {
        String name = BuildLock.lockName("/home/ada/blog/output");
        assertThat(name).matches("[0-9a-f]{32}\\.lock");
        assertThat(BuildLock.lockName("/home/ada/blog/output")).isEqualTo(name);
        assertThat(BuildLock.lockName("/home/ada/blog/output2")).isNotEqualTo(name);
        assertThat(BuildLock.lockName("/home/ada/blog/outpuu")).isNotEqualTo(name);
        assertThat(BuildLock.lockName("/home/éva/blog/output")).isNotEqualTo(BuildLock.lockName("/home/eva/blog/output"));
    }

    @Test
    void aSecondBuildIntoTheSameOutputWaitsForTheFirst() throws Exception {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
        Path output = tmp.resolve("output");
        BuildLock first = BuildLock.acquire(output, quiet);
        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> {
            try (BuildLock lock = BuildLock.acquire(output, quiet)) {
                return true; // a build's lock is closed by the thread that took it
            }
        });
        try (BuildLock other = BuildLock.acquire(tmp.resolve("elsewhere"), quiet)) {
            assertThat(other).as("another output is not held up").isNotNull();
        }
        Thread.sleep(200);
        assertThat(second).as("still waiting while the first holds the lock").isNotDone();
        first.close();
        assertThat(second.get(10, TimeUnit.SECONDS)).isTrue();
    }
}
