package dev.leafpress.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leafpress.build.BuildOptions;
import dev.leafpress.build.BuildPipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real build (a separate JVM) halfway and checks that the previous output is intact byte
 * for byte, and that the next build cleans up what the killed one left.
 */
class InterruptedBuildTest {

    private static final int POSTS = 3000;

    @TempDir
    Path tmp;

    @Test
    void killedBuildLeavesThePreviousOutputAndNoStagingBehind() throws Exception {
        Path site = generateSite();
        Path output = site.resolve("output");
        BuildPipeline.run(BuildOptions.of(site));
        Map<String, byte[]> before = FileTreeSnapshot.read(output, p -> true);
        Files.writeString(site.resolve("content/posts/p0.md"), post(0, "changed text"));

        Process build = startBuild(site);
        Path staging = site.resolve(".leafpress-staging-output");
        waitFor(() -> Files.exists(staging), build);
        Thread.sleep(150);
        build.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        assertSameTree(before, FileTreeSnapshot.read(output, p -> true));
        BuildPipeline.run(BuildOptions.of(site));
        assertThat(siblings(site)).noneMatch(name -> name.startsWith(".leafpress-"));
        assertThat(Files.readString(output.resolve("posts/post-0/index.html"))).contains("changed text");
    }

    @Test
    void interruptedBuildRemovesItsStagingFolderOnTheWayOut() throws Exception {
        Path site = generateSite();
        Path output = site.resolve("output");
        BuildPipeline.run(BuildOptions.of(site));
        Map<String, byte[]> before = FileTreeSnapshot.read(output, p -> true);

        Path log = tmp.resolve("build.log");
        Process build = startBuild(site, ProcessBuilder.Redirect.to(log.toFile()));
        waitFor(() -> Files.exists(site.resolve(".leafpress-staging-output")), build);
        build.destroy(); // SIGTERM, as Ctrl-C or a CI cancel sends
        assertThat(build.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertSameTree(before, FileTreeSnapshot.read(output, p -> true));
        assertThat(Files.readString(log)).doesNotContain("internal error");
        assertThat(siblings(site)).noneMatch(name -> name.startsWith(".leafpress-staging"));
    }

    /**
     * A kill between the two renames of the swap leaves the output moved aside and the new one
     * not yet in place. The next build puts the previous output back first, even when it fails.
     */
    @Test
    void anOutputLeftAsideByAKillDuringTheSwapIsPutBackByTheNextBuildEvenAFailingOne() throws Exception {
        Path site = tmp.resolve("small");
        Files.createDirectories(site.resolve("content/posts"));
        Files.writeString(site.resolve("site.yaml"), "title: Small\n");
        Files.writeString(site.resolve("content/posts/a.md"), post(1, "first"));
        BuildPipeline.run(BuildOptions.of(site));
        Path output = site.resolve("output");
        Map<String, byte[]> before = FileTreeSnapshot.read(output, p -> true);
        Files.move(output, site.resolve(".leafpress-old-output"));
        Files.createDirectories(site.resolve(".leafpress-staging-output/posts"));
        Files.writeString(site.resolve("content/posts/a.md"), "---\ntitle: [broken\n---\n");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> BuildPipeline.runCached(BuildOptions.of(site))))
                .isInstanceOf(dev.leafpress.diag.BuildFailure.class);
        assertSameTree(before, FileTreeSnapshot.read(output, p -> true));
        assertThat(siblings(site)).doesNotContain(".leafpress-old-output");
    }

    @Test
    void twoBuildsOfOneSiteAtOnceTakeTurnsAndLeaveACompleteOutput() throws Exception {
        Path site = generateSite();
        Process first = startBuild(site);
        Process second = startBuild(site);
        assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).isZero();
        assertThat(second.exitValue()).isZero();
        Path output = site.resolve("output");
        assertThat(output.resolve(".leafpress-output")).exists();
        try (Stream<Path> posts = Files.list(output.resolve("posts"))) {
            assertThat(posts.count()).isEqualTo(POSTS);
        }
        assertThat(siblings(site)).noneMatch(name -> name.startsWith(".leafpress-staging")
                || name.startsWith(".leafpress-old"));
    }

    @Test
    void whatAPatchKilledHalfwayLeftIsRemovedByTheFullBuildAfterIt() throws Exception {
        Path site = tmp.resolve("patched");
        Files.createDirectories(site.resolve("content/posts"));
        Files.writeString(site.resolve("site.yaml"), "title: Patched\n");
        Files.writeString(site.resolve("content/posts/a.md"), post(1, "first"));
        BuildPipeline.runCached(BuildOptions.of(site));
        Path leftover = site.resolve(".leafpress-patch-output");
        Files.createDirectories(leftover.resolve("posts"));
        Files.writeString(leftover.resolve("posts/half.html"), "half-written");
        Files.writeString(site.resolve("content/posts/a.md"), post(1, "second"));
        BuildPipeline.runCached(BuildOptions.of(site));
        assertThat(leftover).doesNotExist();
        assertThat(Files.readString(site.resolve("output/posts/post-1/index.html"))).contains("second");
    }

    private Path generateSite() throws IOException {
        Path site = tmp.resolve("site");
        Files.createDirectories(site.resolve("content/posts"));
        Files.writeString(site.resolve("site.yaml"), "title: Many posts\nper_page: 5\n");
        for (int i = 0; i < POSTS; i++) {
            Files.writeString(site.resolve("content/posts/p" + i + ".md"), post(i, "original text"));
        }
        return site;
    }

    private static String post(int i, String text) {
        return "---\ntitle: Post " + i + "\ndate: 2020-01-01 10:" + String.format("%02d", i % 60)
                + "\ntags: [t" + (i % 40) + ", u" + (i % 7) + "]\n---\n" + ("Some " + text + " here. ").repeat(40) + "\n";
    }

    private static Process startBuild(Path site) throws IOException {
        return startBuild(site, ProcessBuilder.Redirect.DISCARD);
    }

    private static Process startBuild(Path site, ProcessBuilder.Redirect output) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", classpath, "dev.leafpress.cli.Main", "build", "--source", site.toString())
                .redirectErrorStream(true).redirectOutput(output).start();
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, Process process) throws InterruptedException {
        for (int i = 0; i < 3000 && !condition.getAsBoolean(); i++) {
            assertThat(process.isAlive()).as("the build finished before it could be interrupted").isTrue();
            Thread.sleep(5);
        }
        assertThat(condition.getAsBoolean()).as("the build never started writing").isTrue();
    }

    private static List<String> siblings(Path site) throws IOException {
        try (Stream<Path> list = Files.list(site)) {
            return list.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static void assertSameTree(Map<String, byte[]> before, Map<String, byte[]> after) {
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        before.forEach((path, bytes) -> assertThat(Arrays.equals(bytes, after.get(path))).as(path).isTrue());
    }
}
