package dev.leafpress.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leafpress.build.BuildOptions;
import dev.leafpress.diag.BuildFailure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Incremental rebuilds: exactly the pages whose inputs changed are rendered again. */
class PreviewBuilderTest {

    @TempDir
    Path root;
    private PreviewBuilder builder;
    private PreviewBuilder.Result first;

    @BeforeEach
    void buildOnce() {
        PreviewFixture.write(root, "site.yaml", "title: T\ntimezone: UTC\nper_page: 3\n");
        for (int i = 1; i <= 9; i++) {
            PreviewFixture.write(root, "content/posts/p" + i + ".md", PreviewFixture.post("Post " + i,
                    "2020-01-0" + i, i % 2 == 0 ? "Even" : "Odd", "t" + (i % 3), "Body of post " + i + "."));
        }
        PreviewFixture.write(root, "content/pages/about.md", "---\ntitle: About\n---\nAbout.\n");
        builder = new PreviewBuilder(BuildOptions.of(root));
        first = builder.build(ChangeSet.ALL);
    }

    @Test
    void aBodyEditRendersThePostItsNeighboursAndItsListingsOnly() {
        PreviewFixture.write(root, "content/posts/p5.md",
                PreviewFixture.post("Post 5", "2020-01-05", "Odd", "t2", "A new body."));
        PreviewBuilder.Result next = builder.build(ChangeSet.of("content/posts/p5.md"));
        // Newest first, three per page: p9 p8 p7 | p6 p5 p4 | p3 p2 p1. The theme's 404 page lists
        // the latest posts from site.posts, so it is rendered again too.
        assertThat(next.rendered()).containsExactlyInAnyOrder("posts/post-5/", "posts/post-6/", "posts/post-4/",
                "page/2/", "category/odd/", "tag/t2/", "archives/", "404.html");
        assertThat(new String(next.files().get("posts/post-5/index.html"))).contains("A new body.");
        first.files().forEach((file, bytes) -> {
            if (file.endsWith("index.html") && !next.rendered().contains(file.replace("index.html", ""))) {
                assertThat(next.files().get(file)).as(file).isSameAs(bytes);
            }
        });
    }

    @Test
    void markdownOutsideThePostAndPageFoldersBecomesWhatItsNewHeaderSays() {
        PreviewFixture.write(root, "content/notes/n.md", "---\ntitle: Note one\n---\nA note.\n");
        PreviewFixture.write(root, "content/notes/readme.md", "Plain Markdown, copied.\n");
        assertThat(builder.build(ChangeSet.of("content/notes")).files()).containsKey("note-one/index.html");
        PreviewFixture.write(root, "content/notes/n.md", "---\ntitle: Note one\ndate: 2024-06-01\n---\nA note.\n");
        PreviewFixture.write(root, "content/notes/readme.md", "---\ntitle: Read me\n---\nNow a page.\n");
        PreviewBuilder.Result next = builder.build(ChangeSet.of("content/notes/n.md", "content/notes/readme.md"));
        assertThat(next.files()).containsKeys("posts/note-one/index.html", "read-me/index.html")
                .doesNotContainKey("note-one/index.html");
        assertThat(next.assets()).doesNotContainKey("notes/readme.md");
        PreviewBuilder.Result fresh = new PreviewBuilder(BuildOptions.of(root)).build(ChangeSet.ALL);
        assertThat(next.files().keySet()).isEqualTo(fresh.files().keySet());
        assertThat(next.assets()).isEqualTo(fresh.assets());
    }

    @Test
    void editsAreSeenAfterASymbolicLinkLoopCameAndWent() throws Exception {
        Path loop = root.resolve("content/posts/x/loop");
        Files.createDirectories(loop.getParent());
        Files.createSymbolicLink(loop, Path.of(".."));
        assertThatThrownBy(() -> builder.build(ChangeSet.of("content/posts/x/loop"))).isInstanceOf(BuildFailure.class);
        Files.delete(loop);
        builder.build(ChangeSet.of("content/posts/x/loop"));
        PreviewFixture.write(root, "content/posts/p5.md",
                PreviewFixture.post("Post 5", "2020-01-05", "Odd", "t2", "Edited after the loop."));
        PreviewBuilder.Result next = builder.build(ChangeSet.of("content/posts/p5.md"));
        assertThat(new String(next.files().get("posts/post-5/index.html"))).contains("Edited after the loop.");
    }

    @Test
    void aTitleEditAlsoRendersEveryPageShowingTheTitle() {
        PreviewFixture.write(root, "content/posts/p9.md",
                PreviewFixture.post("Renamed", "2020-01-09", "Odd", "t0", "Body of post 9."));
        PreviewBuilder.Result next = builder.build(ChangeSet.of("content/posts/p9.md"));
        assertThat(next.rendered()).contains("posts/renamed/", "", "posts/post-8/", "archives/")
                .doesNotContain("page/3/", "posts/post-1/");
        assertThat(next.files()).doesNotContainKey("posts/post-9/index.html");
    }

    @Test
    void feedsAndSitemapFollowTheirPostsAndAreKeptWhenUnchanged() {
        PreviewFixture.write(root, "content/pages/about.md", "---\ntitle: About\n---\nAbout, edited.\n");
        PreviewBuilder.Result pageEdit = builder.build(ChangeSet.of("content/pages/about.md"));
        assertThat(pageEdit.files().get("feed.xml")).isSameAs(first.files().get("feed.xml"));
        assertThat(pageEdit.files().get("sitemap.xml")).isSameAs(first.files().get("sitemap.xml"));
        PreviewFixture.write(root, "content/posts/p9.md",
                PreviewFixture.post("Post 9", "2020-01-09", "Odd", "t0", "Body of post nine, edited."));
        PreviewBuilder.Result postEdit = builder.build(ChangeSet.of("content/posts/p9.md"));
        assertThat(new String(postEdit.files().get("feed.xml"))).contains("post nine, edited");
        assertThat(new String(postEdit.files().get("category/odd/feed.xml"))).contains("post nine, edited");
        assertThat(postEdit.files().get("category/even/feed.xml")).isSameAs(first.files().get("category/even/feed.xml"));
    }

    @Test
    void aPageEditRendersEveryPageThatListsPagesInItsMenu() {
        PreviewFixture.write(root, "content/pages/about.md", "---\ntitle: About us\n---\nAbout.\n");
        PreviewBuilder.Result next = builder.build(ChangeSet.of("content/pages/about.md"));
        assertThat(next.rendered()).hasSameSizeAs(first.rendered()).contains("about-us/").doesNotContain("about/");
    }

    @Test
    void aTemplateChangeRendersEverythingButKeepsIdenticalOutput() {
        PreviewFixture.write(root, "templates/taxonomy_list.peb", "{{ kind }}\n");
        PreviewBuilder.Result next = builder.build(ChangeSet.of("templates/taxonomy_list.peb"));
        assertThat(next.rendered()).hasSameSizeAs(first.rendered());
        assertThat(new String(next.files().get("tags/index.html"))).isEqualTo("tag");
    }

    @Test
    void aLinkToAnotherPostFollowsThatPostsNewUrl() {
        PreviewFixture.write(root, "content/posts/p1.md",
                PreviewFixture.post("Post 1", "2020-01-01", "Odd", "t1", "See [two](p2.md)."));
        builder.build(ChangeSet.of("content/posts/p1.md"));
        PreviewFixture.write(root, "content/posts/p2.md",
                PreviewFixture.post("Second", "2020-01-02", "Even", "t2", "Body of post 2."));
        PreviewBuilder.Result next = builder.build(ChangeSet.of("content/posts/p2.md"));
        assertThat(new String(next.files().get("posts/post-1/index.html"))).contains("href=\"/posts/second/\"");
    }

    @Test
    void noRealChangeRendersNothing() {
        assertThat(builder.build(ChangeSet.of("content/posts/p3.md")).rendered()).isEmpty();
    }

    @Test
    void addedAndDeletedPostsAppearAndDisappear() throws Exception {
        PreviewFixture.write(root, "content/posts/new/p10.md",
                PreviewFixture.post("Post 10", "2020-01-10", "Odd", "t1", "Newest."));
        Map<String, byte[]> added = builder.build(ChangeSet.of("content/posts/new", "content/posts/new/p10.md")).files();
        assertThat(added).containsKey("posts/post-10/index.html");
        Files.delete(root.resolve("content/posts/new/p10.md"));
        Map<String, byte[]> removed = builder.build(ChangeSet.of("content/posts/new/p10.md")).files();
        assertThat(removed).doesNotContainKey("posts/post-10/index.html").containsKey("posts/post-9/index.html");
    }

    @Test
    void aFolderMovedAwayTakesItsPostsAlong() throws Exception {
        PreviewFixture.write(root, "content/posts/trip/t.md", PreviewFixture.post("Trip", "2020-02-01", "Odd", "t1", "Far."));
        assertThat(builder.build(ChangeSet.of("content/posts/trip")).files()).containsKey("posts/trip/index.html");
        Files.move(root.resolve("content/posts/trip"), root.resolve("elsewhere"));
        assertThat(builder.build(ChangeSet.of("content/posts/trip")).files()).doesNotContainKey("posts/trip/index.html");
    }

    @Test
    void aFailedBuildKeepsThePreviousStateForTheNextOne() {
        PreviewFixture.write(root, "content/posts/p1.md", "---\ntitle: Broken\n---\n");
        assertThatThrownBy(() -> builder.build(ChangeSet.of("content/posts/p1.md")))
                .isInstanceOf(BuildFailure.class).hasMessageContaining("content/posts/p1.md");
        PreviewFixture.write(root, "content/posts/p1.md",
                PreviewFixture.post("Post 1", "2020-01-01", "Odd", "t1", "Body of post 1."));
        assertThat(builder.build(ChangeSet.of("content/posts/p1.md")).rendered()).isEmpty();
    }
}
