package dev.leafpress.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One burst of file events, one change set; editors' save dances included. */
class SiteWatcherTest {

    @TempDir
    Path root;
    private final BlockingQueue<ChangeSet> changes = new LinkedBlockingQueue<>();
    private SiteWatcher watcher;
    private Path post;

    @BeforeEach
    void watch() throws Exception {
        post = root.resolve("content/posts/a.md");
        Files.createDirectories(post.getParent());
        Files.writeString(post, "one\n");
        Files.writeString(root.resolve("site.yaml"), "title: T\n");
        watcher = SiteWatcher.start(root, Duration.ofMillis(50), changes::add);
    }

    @AfterEach
    void stop() {
        watcher.close();
    }

    private ChangeSet next() throws InterruptedException {
        return changes.poll(10, TimeUnit.SECONDS);
    }

    private void assertNoMoreChanges() throws InterruptedException {
        assertThat(changes.poll(400, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void anInPlaceSaveIsOneChange() throws Exception {
        Files.writeString(post, "two\n");
        assertThat(next().paths()).containsExactly("content/posts/a.md");
        assertNoMoreChanges();
    }

    @Test
    void intellijSafeWriteIsOneChange() throws Exception {
        Path temporary = post.resolveSibling("a.md___jb_tmp___");
        Files.writeString(temporary, "two\n");
        Files.move(post, post.resolveSibling("a.md___jb_old___"));
        Files.move(temporary, post);
        Files.delete(post.resolveSibling("a.md___jb_old___"));
        assertThat(next().paths()).contains("content/posts/a.md");
        assertNoMoreChanges();
    }

    @Test
    void vimBackupAndRenameIsOneChange() throws Exception {
        Path probe = post.resolveSibling("4913");
        Files.writeString(probe, "");
        Files.delete(probe);
        Files.move(post, post.resolveSibling("a.md~"));
        Files.writeString(post, "two\n");
        Files.delete(post.resolveSibling("a.md~"));
        assertThat(next().paths()).contains("content/posts/a.md");
        assertNoMoreChanges();
    }

    @Test
    void vscodeStyleAtomicReplaceIsOneChange() throws Exception {
        Path temporary = root.resolve("content/posts/.a.md.tmp");
        Files.writeString(temporary, "two\n");
        Files.move(temporary, post, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        assertThat(next().paths()).contains("content/posts/a.md");
        assertNoMoreChanges();
    }

    @Test
    void swapFilesAloneChangeNothing() throws Exception {
        Files.writeString(post.resolveSibling(".a.md.swp"), "swap");
        assertNoMoreChanges();
    }

    @Test
    void filesInNewFoldersAreSeenAndTheFoldersWatched() throws Exception {
        Path deep = root.resolve("content/posts/2024/trip");
        Files.createDirectories(deep);
        Files.writeString(deep.resolve("b.md"), "b\n");
        assertThat(next().paths()).contains("content/posts/2024");
        Thread.sleep(100);
        Files.writeString(deep.resolve("c.md"), "c\n");
        assertThat(next().paths()).contains("content/posts/2024/trip/c.md");
    }

    @Test
    void aSymbolicLinkLoopThatCameAndWentLeavesChangesWhereTheyAre() throws Exception {
        Path x = root.resolve("content/posts/x");
        Files.createDirectories(x);
        assertThat(next()).isNotNull();
        Thread.sleep(100);
        Path loop = x.resolve("loop");
        Files.createSymbolicLink(loop, Path.of(".."));
        assertThat(next().paths()).contains("content/posts/x/loop");
        Files.delete(loop);
        assertThat(next().paths()).contains("content/posts/x/loop");
        Files.writeString(post, "two\n");
        assertThat(next().paths()).containsExactly("content/posts/a.md");
    }

    @Test
    void siteYamlAndTemplatesCountButOtherFilesDoNot() throws Exception {
        Files.writeString(root.resolve("notes.txt"), "x");
        Files.createDirectories(root.resolve("output"));
        assertNoMoreChanges();
        Files.writeString(root.resolve("site.yaml"), "title: U\n");
        assertThat(next().config()).isTrue();
        Files.createDirectories(root.resolve("templates"));
        Files.writeString(root.resolve("templates/post.peb"), "x");
        assertThat(next().templates()).isTrue();
    }
}
