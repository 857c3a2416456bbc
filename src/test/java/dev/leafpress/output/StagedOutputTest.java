package dev.leafpress.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StagedOutputTest {

    @TempDir
    Path tmp;

    private Path out() {
        return tmp.resolve("out");
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> list = Files.list(tmp)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> tree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    @Test
    void commitReplacesTheOldOutputWithTheStagedFiles() throws IOException {
        write(out().resolve("stale/index.html"), "old");

        try (StagedOutput staged = StagedOutput.open(out())) {
            staged.write("index.html", bytes("new"));
            staged.write("posts/a/index.html", bytes("post"));
            staged.commit();
        }

        assertThat(tree(out())).containsExactly(".leafpress-output", "index.html", "posts/a/index.html");
        assertThat(Files.readString(out().resolve("index.html"))).isEqualTo("new");
        assertThat(siblings()).containsExactly("out");
    }

    @Test
    void commitCreatesTheOutputWhenThereWasNone() throws IOException {
        try (StagedOutput staged = StagedOutput.open(tmp.resolve("deep/er/out"))) {
            staged.write("index.html", bytes("x"));
            staged.commit();
        }

        assertThat(tree(tmp.resolve("deep/er/out"))).containsExactly(".leafpress-output", "index.html");
    }

    @Test
    void closeWithoutCommitLeavesTheOldOutputAndRemovesTheStaging() throws IOException {
        write(out().resolve("index.html"), "old");

        try (StagedOutput staged = StagedOutput.open(out())) {
            staged.write("index.html", bytes("half-built"));
            staged.write("new/index.html", bytes("half-built"));
        }

        assertThat(tree(out())).containsExactly("index.html");
        assertThat(Files.readString(out().resolve("index.html"))).isEqualTo("old");
        assertThat(siblings()).containsExactly("out");
    }

    /** A failed parallel render: one writer's error closes the output while others still write. */
    @Test
    void aWriteThatArrivesAfterAFailedBuildClosedDoesNotBringTheStagingBack() throws IOException {
        write(out().resolve("index.html"), "old");
        StagedOutput staged = StagedOutput.open(out());
        staged.write("index.html", bytes("half-built"));
        staged.close();

        assertThatThrownBy(() -> staged.write("late/index.html", bytes("late"))).isInstanceOf(BuildInterrupted.class);
        assertThat(siblings()).containsExactly("out");
        assertThat(tree(out())).containsExactly("index.html");
    }

    @Test
    void nothingIsVisibleInTheOutputBeforeCommit() throws IOException {
        try (StagedOutput staged = StagedOutput.open(out())) {
            staged.write("index.html", bytes("x"));

            assertThat(out()).doesNotExist();
        }
    }

    @Test
    void copyPutsASourceFileIntoTheBuild() throws IOException {
        Path image = tmp.resolve("src/square.svg");
        write(image, "<svg/>");

        try (StagedOutput staged = StagedOutput.open(out())) {
            staged.copy(image, "2020/square.svg");
            staged.commit();
        }

        assertThat(Files.readString(out().resolve("2020/square.svg"))).isEqualTo("<svg/>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", "a/../../x", "..", "", "."})
    void pathsOutsideTheOutputAreRefused(String file) {
        try (StagedOutput staged = StagedOutput.open(out())) {
            assertThatThrownBy(() -> staged.resolve(file)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> staged.write(file, bytes("x"))).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(tmp.resolve("x")).doesNotExist();
    }

    @Test
    void absolutePathIsRefused() {
        String elsewhere = tmp.resolve("elsewhere.html").toAbsolutePath().toString();

        try (StagedOutput staged = StagedOutput.open(out())) {
            assertThatThrownBy(() -> staged.write(elsewhere, bytes("x"))).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(tmp.resolve("elsewhere.html")).doesNotExist();
    }

    @Test
    void leftoverStagingFolderOfACrashedRunIsRemovedByTheNextOpen() throws IOException {
        write(tmp.resolve(".leafpress-staging-out/junk.html"), "from a crash");

        try (StagedOutput staged = StagedOutput.open(out())) {
            staged.write("index.html", bytes("x"));
            staged.commit();
        }

        assertThat(tree(out())).containsExactly(".leafpress-output", "index.html");
        assertThat(siblings()).containsExactly("out");
    }

    @Test
    void stagingFolderOfAnotherOutputWithALongerNameIsLeftAlone() throws IOException {
        write(tmp.resolve(".leafpress-staging-output/index.html"), "another build in progress");

        try (StagedOutput staged = StagedOutput.open(out())) {
            staged.commit();
        }

        assertThat(tmp.resolve(".leafpress-staging-output/index.html")).exists();
    }

    @ParameterizedTest
    @ValueSource(strings = {"out[1]", "site{a}", "star*"})
    void leftoversAreFoundWhateverCharactersTheOutputNameHas(String name) throws IOException {
        write(tmp.resolve(".leafpress-staging-" + name + "/junk.html"), "from a crash");

        try (StagedOutput staged = StagedOutput.open(tmp.resolve(name))) {
            staged.write("index.html", bytes("x"));
            staged.commit();
        }

        assertThat(tree(tmp.resolve(name))).containsExactly(".leafpress-output", "index.html");
        assertThat(siblings()).containsExactly(name);
    }

    @Test
    void oldOutputLeftByACrashDuringCommitIsRestoredWhenTheOutputIsMissing() throws IOException {
        write(tmp.resolve(".leafpress-old-out/index.html"), "previous build");

        try (StagedOutput staged = StagedOutput.open(out())) {
            assertThat(Files.readString(out().resolve("index.html"))).isEqualTo("previous build");
        }

        assertThat(Files.readString(out().resolve("index.html"))).isEqualTo("previous build");
        assertThat(siblings()).containsExactly("out");
    }

    @Test
    void oldOutputLeftBesideACompleteOutputIsRemoved() throws IOException {
        write(tmp.resolve(".leafpress-old-out/index.html"), "older build");
        write(out().resolve("index.html"), "newer build");

        StagedOutput.open(out()).close();

        assertThat(Files.readString(out().resolve("index.html"))).isEqualTo("newer build");
        assertThat(siblings()).containsExactly("out");
    }
}
