package dev.leafpress.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leafpress.build.BuildOptions;
import dev.leafpress.diag.BuildFailure;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quick path for an edit of one post's body: it is taken when only the body changed, and
 * what it serves is, file for file and byte for byte, what a fresh build of the same files gives.
 */
class BodyEditTest {

    @TempDir
    Path root;
    private PreviewBuilder builder;

    @BeforeEach
    void buildOnce() {
        PreviewFixture.write(root, "site.yaml", "title: T\nbase_url: https://example.org/blog/\ntimezone: UTC\n"
                + "per_page: 3\nfeed:\n  size: 4\n");
        for (int i = 1; i <= 9; i++) {
            PreviewFixture.write(root, "content/posts/p" + i + ".md", PreviewFixture.post("Post " + i,
                    "2020-01-0" + i, i % 2 == 0 ? "Even" : "Odd", "t" + (i % 3), "Body of post " + i
                            + ".\n\n```java\nclass A {}\n```\n"));
        }
        PreviewFixture.write(root, "content/pages/about.md", "---\ntitle: About\n---\nSee [five](../posts/p5.md).\n");
        PreviewFixture.write(root, "content/posts/photo.png", "not really a picture");
        builder = new PreviewBuilder(BuildOptions.of(root));
        builder.build(ChangeSet.ALL);
    }

    @Test
    void aNewBodyIsPutInPlaceAndMatchesAFreshBuild() {
        edit("p5.md", post(5, "A new first paragraph.\n\n<!-- more -->\n\nAnd the rest, with [a link](p4.md)."));
        PreviewBuilder.Result next = builder.build(ChangeSet.of("content/posts/p5.md"));
        assertThat(next.bodyEdit()).isTrue();
        assertThat(page(next, "posts/post-5/index.html")).contains("A new first paragraph.", "/blog/posts/post-4/");
        assertThat(page(next, "page/2/index.html")).contains("A new first paragraph.").doesNotContain("And the rest");
        assertThat(page(next, "category/odd/feed.xml")).contains("A new first paragraph.");
        assertSameAsFreshBuild(next);
    }

    @Test
    void editsInARowEachMatchAFreshBuild() {
        for (int round = 1; round <= 3; round++) {
            for (int i : new int[] {9, 1, 4}) {
                edit("p" + i + ".md", post(i, "Round " + round + " of post " + i + "."));
                PreviewBuilder.Result next = builder.build(ChangeSet.of("content/posts/p" + i + ".md"));
                assertThat(next.bodyEdit()).isTrue();
                assertSameAsFreshBuild(next);
            }
        }
    }

    @Test
    void anEditorsTemporaryFileBesideTheEditDoesNotStopTheQuickPath() {
        edit("p2.md", post(2, "Saved through a temporary file."));
        PreviewBuilder.Result next = builder.build(ChangeSet.of("content/posts/p2.md", "content/posts/.p2.md.swp"));
        assertThat(next.bodyEdit()).isTrue();
        assertSameAsFreshBuild(next);
    }

    @Test
    void aChangedFrontMatterTakesTheFullPath() {
        edit("p5.md", PreviewFixture.post("Post five, renamed", "2020-01-05", "Odd", "t2", "Body."));
        PreviewBuilder.Result next = builder.build(ChangeSet.of("content/posts/p5.md"));
        assertThat(next.bodyEdit()).isFalse();
        assertSameAsFreshBuild(next);
    }

    @Test
    void aCodeLanguageNewToTheSiteTakesTheFullPathAndJoinsTheBundle() {
        edit("p3.md", post(3, "```haskell\nmain = pure ()\n```"));
        PreviewBuilder.Result next = builder.build(ChangeSet.of("content/posts/p3.md"));
        assertThat(next.bodyEdit()).isFalse();
        assertThat(page(next, "theme/prism.js")).contains("haskell");
        assertSameAsFreshBuild(next);
    }

    @Test
    void aWarningAboutTheEditedBodyReplacesItsOldOnes() {
        edit("p6.md", post(6, "![](photo.png)"));
        PreviewBuilder.Result warned = builder.build(ChangeSet.of("content/posts/p6.md"));
        assertThat(warned.bodyEdit()).isTrue();
        assertThat(warned.warnings()).extracting(Object::toString)
                .containsExactly("content/posts/p6.md:7: warning: image has no alt text");
        edit("p6.md", post(6, "![A photo](photo.png)"));
        PreviewBuilder.Result fixed = builder.build(ChangeSet.of("content/posts/p6.md"));
        assertThat(fixed.bodyEdit()).isTrue();
        assertThat(fixed.warnings()).isEmpty();
        assertSameAsFreshBuild(fixed);
    }

    @Test
    void afterABrokenEditTheFixIsAFullBuildThatMatches() {
        edit("p7.md", "---\ntitle: [unclosed\n---\nBody.\n");
        assertThatThrownBy(() -> builder.build(ChangeSet.of("content/posts/p7.md"))).isInstanceOf(BuildFailure.class);
        edit("p7.md", post(7, "Fixed."));
        PreviewBuilder.Result fixed = builder.build(ChangeSet.of("content/posts/p7.md"));
        assertThat(fixed.bodyEdit()).isFalse();
        assertThat(page(fixed, "posts/post-7/index.html")).contains("Fixed.");
        assertSameAsFreshBuild(fixed);
        edit("p7.md", post(7, "Fixed again."));
        assertThat(builder.build(ChangeSet.of("content/posts/p7.md")).bodyEdit()).isTrue();
    }

    @Test
    void aScheduledPostThatFellDueIsPublishedByTheNextBodyEdit() {
        java.time.Instant soon = java.time.Instant.parse("2030-01-01T12:00:00Z");
        PreviewFixture.write(root, "content/posts/soon.md", PreviewFixture.post("Soon", "2030-01-01 12:00", "Odd", "t1",
                "Not yet."));
        AdjustableClock clock = new AdjustableClock(soon.minusSeconds(60));
        BuildOptions options = BuildOptions.of(root);
        options = new BuildOptions(options.siteRoot(), options.output(), false, false, null, false, clock);
        PreviewBuilder scheduled = new PreviewBuilder(options);
        assertThat(scheduled.build(ChangeSet.ALL).files()).doesNotContainKey("posts/soon/index.html");
        clock.now = soon.plusSeconds(1);
        edit("p2.md", post(2, "An edit after the scheduled time."));
        PreviewBuilder.Result after = scheduled.build(ChangeSet.of("content/posts/p2.md"));
        assertThat(after.bodyEdit()).isFalse();
        assertThat(after.files()).containsKey("posts/soon/index.html");
    }

    /** A clock a test moves forward. */
    private static final class AdjustableClock extends java.time.Clock {
        private java.time.Instant now;

        AdjustableClock(java.time.Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public java.time.Instant instant() {
            return now;
        }
    }

    private static String post(int i, String body) {
        return PreviewFixture.post("Post " + i, "2020-01-0" + i, i % 2 == 0 ? "Even" : "Odd", "t" + (i % 3), body);
    }

    private void edit(String name, String text) {
        PreviewFixture.write(root, "content/posts/" + name, text);
    }

    private static String page(PreviewBuilder.Result result, String file) {
        return new String(result.files().get(file), StandardCharsets.UTF_8);
    }

    private void assertSameAsFreshBuild(PreviewBuilder.Result result) {
        PreviewBuilder.Result fresh = new PreviewBuilder(BuildOptions.of(root)).build(ChangeSet.ALL);
        assertThat(text(result.files())).isEqualTo(text(fresh.files()));
        assertThat(result.assets()).isEqualTo(fresh.assets());
        assertThat(result.warnings()).isEqualTo(fresh.warnings());
        assertThat(Files.exists(root.resolve("output"))).isFalse();
    }

    private static Map<String, String> text(Map<String, byte[]> files) {
        Map<String, String> text = new TreeMap<>();
        files.forEach((file, bytes) -> text.put(file, new String(bytes, StandardCharsets.UTF_8)));
        return text;
    }
}
