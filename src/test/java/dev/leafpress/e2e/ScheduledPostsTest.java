package dev.leafpress.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leafpress.build.BuildPipeline;
import dev.leafpress.build.BuildResult;
import dev.leafpress.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Posts dated after the build's moment and drafts are held back unless --future / --drafts. */
class ScheduledPostsTest {

    @TempDir
    Path dir;
    TempSite site;

    @BeforeEach
    void writeSite() {
        site = new TempSite(dir, "title: T\nbase_url: https://t.example/\ntimezone: Europe/Berlin\n")
                .post("past", "title: Past\ndate: 2024-05-01", "Out already.")
                .post("draft", "title: Draft\ndate: 2024-05-02\ndraft: true", "Not finished.")
                .post("later-today", "title: Later Today\ndate: 2024-06-01 14:30", "Due at 12:30 UTC.")
                .post("next-week", "title: Next Week\ndate: 2024-06-08\ntags: [soon]", "Due next week.")
                .post("future-draft", "title: Future Draft\ndate: 2025-01-01\ndraft: true", "Both.");
    }

    @Test
    void holdsBackDraftsAndPostsDatedAfterTheBuildsMoment() throws IOException {
        BuildResult result = BuildPipeline.run(site.options());
        assertThat(result.posts()).isEqualTo(1);
        assertThat(result.summary()).endsWith("(2 drafts and 2 scheduled posts held back; --drafts/--future show them)");
        assertThat(site.output().resolve("posts/later-today")).doesNotExist();
        assertThat(site.output().resolve("tag/soon")).doesNotExist();
        assertThat(Files.readString(site.output().resolve("feed.xml"))).doesNotContain("Next Week", "Draft");
        assertThat(Files.readString(site.output().resolve("sitemap.xml"))).doesNotContain("next-week");
    }

    @Test
    void aPostIsPublishedOnceTheClockPassesItsDate() {
        BuildResult result = BuildPipeline.run(site.options().withClock(
                java.time.Clock.fixed(java.time.Instant.parse("2024-06-01T12:30:00Z"), java.time.ZoneOffset.UTC)));
        assertThat(result.posts()).isEqualTo(2);
        assertThat(site.output().resolve("posts/later-today/index.html")).exists();
    }

    @Test
    void futureShowsScheduledPostsButNotDrafts() {
        BuildResult result = BuildPipeline.run(site.options().withFuture(true));
        assertThat(result.posts()).isEqualTo(3);
        assertThat(result.summary()).endsWith("(2 drafts held back; --drafts shows them)");
    }

    @Test
    void draftsShowDraftsButAFutureDraftStillWaitsForItsDay() {
        BuildResult result = BuildPipeline.run(site.options().withDrafts(true));
        assertThat(result.posts()).isEqualTo(2);
        assertThat(result.summary()).endsWith("(3 scheduled posts held back; --future shows them)");
        BuildResult everything = BuildPipeline.run(site.options().withDrafts(true).withFuture(true));
        assertThat(everything.posts()).isEqualTo(5);
        assertThat(everything.summary()).endsWith(" s");
    }

    @Test
    void futureOptionOnTheCommandLine() {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.run("build", "--future", "--source", "src/test/resources/sites/golden",
                    "--output", dir.resolve("o").toString())).isEqualTo(0);
        } finally {
            System.setOut(saved);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Built 5 posts and 2 pages")
                .contains("(1 draft held back; --drafts shows them)");
        assertThat(dir.resolve("o/posts/from-the-future/index.html")).exists();
    }
}
