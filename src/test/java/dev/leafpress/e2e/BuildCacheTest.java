package dev.leafpress.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leafpress.build.BuildOptions;
import dev.leafpress.build.BuildPipeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The persistent cache (.leafpress/cache/) never changes what a build writes: after every kind
 * of change, the output of a cached build equals a cold build's, byte for byte.
 */
class BuildCacheTest {

    private static final String SITE = "title: T\nbase_url: https://t.example/\nper_page: 2\n";

    private static TempSite site(Path dir) {
        return new TempSite(dir, SITE)
                .post("a", "title: Alpha\ndate: 2020-01-01\ntags: [x, y]", "Links to [b](b.md) and ![pic](pic.svg).")
                .post("b", "title: Beta\ndate: 2021-01-01\ncategory: Notes", "# Beta\n\nSome `code`.\n\n<!-- more -->\n\nMore.")
                .post("c", "title: Gamma\ndate: 2022-01-01\ntags: [y]", "```python\nprint(1)\n```")
                .file("content/posts/pic.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
    }

    @Test
    void rebuildAfterEditsMatchesColdBuild(@TempDir Path dir) throws IOException {
        TempSite site = site(dir.resolve("site"));
        BuildPipeline.runCached(site.options());
        site.post("b", "title: Beta renamed\ndate: 2021-01-01\ncategory: Notes", "Edited, so a's link moves.");
        site.post("d", "title: Delta\ndate: 2023-01-01\ntags: [x]", "New.");
        Files.delete(site.root.resolve("content/posts/c.md"));
        BuildPipeline.runCached(site.options());

        assertSameAsColdBuild(site, dir);
        assertThat(FileTreeSnapshot.text(site.output()).get("posts/alpha/index.html")).contains("/posts/beta-renamed/");
    }

    @Test
    void rebuildRewritesOnlyTheFilesThatChanged(@TempDir Path dir) throws IOException {
        TempSite site = site(dir.resolve("site"));
        BuildPipeline.runCached(site.options());
        Object untouched = fileKey(site.output().resolve("posts/gamma/index.html"));
        Object edited = fileKey(site.output().resolve("posts/alpha/index.html"));
        site.post("a", "title: Alpha\ndate: 2020-01-01\ntags: [x, y]", "Links to [b](b.md), edited.");
        BuildPipeline.runCached(site.options());
        assertThat(fileKey(site.output().resolve("posts/gamma/index.html"))).isEqualTo(untouched);
        assertThat(fileKey(site.output().resolve("posts/alpha/index.html"))).isNotEqualTo(edited);
        assertSameAsColdBuild(site, dir);
    }

    @Test
    void templateErrorsReadAlikeWithAndWithoutTheCache(@TempDir Path dir) {
        TempSite site = site(dir.resolve("site")).file("templates/post.peb", "{{ site.titel }}\n");
        String cold = org.assertj.core.api.Assertions.catchThrowable(() -> BuildPipeline.run(site.options())).toString();
        String cached = org.assertj.core.api.Assertions.catchThrowable(() -> BuildPipeline.runCached(site.options()))
                .toString();
        assertThat(cached).isEqualTo(cold).contains("of SiteView");
    }

    private static Object fileKey(Path file) throws IOException {
        return Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    }

    @Test
    void unchangedRebuildLeavesTheSameSite(@TempDir Path dir) throws IOException {
        TempSite site = site(dir.resolve("site"));
        BuildPipeline.runCached(site.options());
        Map<String, String> first = FileTreeSnapshot.text(site.output());
        assertThat(BuildPipeline.runCached(site.options()).posts()).isEqualTo(3);
        assertThat(FileTreeSnapshot.text(site.output())).isEqualTo(first);
        assertSameAsColdBuild(site, dir);
    }

    /**
     * A build records the output's stamps from what it wrote (and, patching, removed); were they
     * not exactly what the folder holds, the next build would not see that nothing changed and
     * would build again (and write the cache file again).
     */
    @Test
    void aPatchingRebuildIsFollowedByOneThatHasNothingToDo(@TempDir Path dir) throws IOException {
        TempSite site = site(dir.resolve("site"));
        BuildPipeline.runCached(site.options());
        Path cache = site.root.resolve(".leafpress/cache/build.bin");
        Object afterFirst = fileKey(cache);
        BuildPipeline.runCached(site.options());
        assertThat(fileKey(cache)).as("a full build's record of its output").isEqualTo(afterFirst);
        site.post("a", "title: Alpha\ndate: 2020-01-01\ntags: [x, y]", "Links to [b](b.md), edited.");
        Files.delete(site.root.resolve("content/posts/c.md"));
        BuildPipeline.runCached(site.options());
        Object afterEdit = fileKey(cache);
        assertThat(BuildPipeline.runCached(site.options()).posts()).isEqualTo(2);
        assertThat(fileKey(cache)).isEqualTo(afterEdit);
        Files.writeString(site.output().resolve("index.html"), "tampered");
        BuildPipeline.runCached(site.options());
        assertThat(fileKey(cache)).isNotEqualTo(afterEdit);
        assertSameAsColdBuild(site, dir);
    }

    /**
     * Alpha's file is unchanged, so its front matter comes from the cache without its body; its
     * link to Beta now has another answer, so its body must be read and rendered after all.
     */
    @Test
    void anUnchangedPostLinkingToARenamedOneIsRenderedAgain(@TempDir Path dir) throws IOException {
        TempSite site = site(dir.resolve("site"));
        BuildPipeline.runCached(site.options());
        site.post("b", "title: Beta renamed\ndate: 2021-01-01\ncategory: Notes", "# Beta\n\nEdited.");
        BuildPipeline.runCached(site.options());
        assertThat(FileTreeSnapshot.text(site.output()).get("posts/alpha/index.html")).contains("/posts/beta-renamed/")
                .contains("Links to");
        assertSameAsColdBuild(site, dir);
    }

    @Test
    void warningsOfUnchangedFilesAreReportedInEveryBuild(@TempDir Path dir) throws IOException {
        TempSite site = site(dir.resolve("site")).post("w", "title: W\ndate: 2019-01-01\nmood: fine", "Body.");
        assertThat(BuildPipeline.runCached(site.options()).warnings().toString()).contains("unknown front matter key 'mood'");
        site.post("c", "title: Gamma\ndate: 2022-01-01\ntags: [y]", "Edited.");
        assertThat(BuildPipeline.runCached(site.options()).warnings().toString()).contains("unknown front matter key 'mood'");
        assertThat(FileTreeSnapshot.text(site.output()).get("posts/w/index.html")).contains("Body.");
        assertSameAsColdBuild(site, dir);
    }

    @Test
    void filesAndFoldersAddedToTheOutputAreRemovedByTheNextBuild(@TempDir Path dir) throws IOException {
        TempSite site = site(dir.resolve("site"));
        BuildPipeline.runCached(site.options());
        Files.writeString(site.output().resolve("posts/alpha/stray.html"), "left by hand");
        BuildPipeline.runCached(site.options());
        assertThat(site.output().resolve("posts/alpha/stray.html")).doesNotExist();
        Files.createDirectories(site.output().resolve("posts/beta/extra"));
        BuildPipeline.runCached(site.options());
        assertThat(site.output().resolve("posts/beta/extra")).doesNotExist();
        assertSameAsColdBuild(site, dir);
    }

    @Test
    void damagedOutputIsBuiltAgain(@TempDir Path dir) throws IOException {
        TempSite site = site(dir.resolve("site"));
        BuildPipeline.runCached(site.options());
        Files.delete(site.output().resolve("posts/alpha/index.html"));
        Files.writeString(site.output().resolve("index.html"), "tampered");
        BuildPipeline.runCached(site.options());
        assertSameAsColdBuild(site, dir);
    }

    @Test
    void corruptCacheFallsBackToAFullBuild(@TempDir Path dir) throws IOException {
        TempSite site = site(dir.resolve("site"));
        BuildPipeline.runCached(site.options());
        Path cache = site.root.resolve(".leafpress/cache/build.bin");
        byte[] bytes = Files.readAllBytes(cache);
        Files.write(cache, Arrays.copyOf(bytes, bytes.length / 2));
        site.post("a", "title: Alpha\ndate: 2020-01-01", "Edited.");
        BuildPipeline.runCached(site.options());
        assertSameAsColdBuild(site, dir);
        Files.write(cache, "garbage".getBytes(StandardCharsets.UTF_8));
        BuildPipeline.runCached(site.options());
        assertSameAsColdBuild(site, dir);
        try (var shards = Files.list(cache.getParent())) {
            for (Path shard : shards.filter(f -> f.getFileName().toString().startsWith("bodies-")).toList()) {
                Files.write(shard, Arrays.copyOf(Files.readAllBytes(shard), 9));
            }
        }
        site.post("b", "title: Beta\ndate: 2021-01-01", "Edited too.");
        BuildPipeline.runCached(site.options());
        assertSameAsColdBuild(site, dir);
    }

    @Test
    void bodyShardWithBytesChangedInsideIsNotPublished(@TempDir Path dir) throws IOException {
        TempSite site = site(dir.resolve("site"))
                .post("u", "title: Unique\ndate: 2019-01-01", "The word UNIQUEWORD, only here.");
        BuildPipeline.runCached(site.options());
        assertThat(corruptShardsHolding("UNIQUEWORD", "CORRUPTED!", site)).isPositive();
        site.post("a", "title: Alpha\ndate: 2020-01-01\ntags: [x, y]", "Edited, so the site is built again.");
        BuildPipeline.runCached(site.options());
        assertThat(FileTreeSnapshot.text(site.output()).get("posts/unique/index.html")).contains("UNIQUEWORD");
        assertSameAsColdBuild(site, dir);
    }

    /** Replaces {@code word} by a same-length text in every body shard holding it; returns how many. */
    private static int corruptShardsHolding(String word, String replacement, TempSite site) throws IOException {
        int corrupted = 0;
        try (var files = Files.list(site.root.resolve(".leafpress/cache"))) {
            for (Path shard : files.filter(f -> f.getFileName().toString().startsWith("bodies-")).toList()) {
                String bytes = new String(Files.readAllBytes(shard), StandardCharsets.ISO_8859_1);
                if (bytes.contains(word)) {
                    Files.write(shard, bytes.replace(word, replacement).getBytes(StandardCharsets.ISO_8859_1));
                    corrupted++;
                }
            }
        }
        return corrupted;
    }

    @Test
    void configAndThemeChangesAreNotServedFromTheCache(@TempDir Path dir) throws IOException {
        TempSite site = site(dir.resolve("site"));
        BuildPipeline.runCached(site.options());
        site.file("site.yaml", SITE.replace("title: T", "title: Renamed") + "excerpt_words: 3\n");
        BuildPipeline.runCached(site.options());
        assertThat(FileTreeSnapshot.text(site.output()).get("index.html")).contains("Renamed");
        assertSameAsColdBuild(site, dir);
        site.file("templates/post.peb", "{{ post.title }} by hand\n");
        BuildPipeline.runCached(site.options());
        assertThat(FileTreeSnapshot.text(site.output()).get("posts/alpha/index.html")).isEqualTo("Alpha by hand\n");
        assertSameAsColdBuild(site, dir);
    }

    @Test
    void aThemeFolderWithoutTemplatesFailsAlikeWithAndWithoutTheCache(@TempDir Path dir) throws IOException {
        TempSite site = site(dir.resolve("site"));
        BuildPipeline.runCached(site.options());
        Files.createDirectories(site.root.resolve("themes/default/static"));
        String cold = org.assertj.core.api.Assertions.catchThrowable(() -> BuildPipeline.run(site.options())).toString();
        String cached = String.valueOf(org.assertj.core.api.Assertions.catchThrowable(
                () -> BuildPipeline.runCached(site.options())));
        assertThat(cached).isEqualTo(cold).contains("missing template");
    }

    @Test
    void scheduledPostAppearsOnceItsDateHasPassed(@TempDir Path dir) throws IOException {
        TempSite site = site(dir.resolve("site")).post("later", "title: Later\ndate: 2030-01-01", "Soon.");
        BuildPipeline.runCached(site.options());
        BuildOptions after = site.options().withClock(Clock.fixed(Instant.parse("2031-01-01T00:00:00Z"), ZoneOffset.UTC));
        BuildPipeline.runCached(after);
        assertThat(FileTreeSnapshot.text(site.output())).containsKey("posts/later/index.html");
        BuildPipeline.runCached(after);
        assertThat(FileTreeSnapshot.text(site.output())).containsKey("posts/later/index.html");
    }

    /** Builds the same sources cold (no cache, fresh output) and compares the whole trees. */
    private static void assertSameAsColdBuild(TempSite site, Path dir) {
        Path cold = dir.resolve("cold-" + System.nanoTime());
        BuildPipeline.run(site.options().withOutput(cold));
        assertThat(FileTreeSnapshot.text(site.output())).isEqualTo(FileTreeSnapshot.text(cold));
    }
}
