package dev.leafpress.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leafpress.diag.Diagnostic;
import dev.leafpress.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentScannerTest {

    @TempDir
    Path site;

    private final Diagnostics diagnostics = new Diagnostics();

    private void touch(String relative) throws IOException {
        Path file = site.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
    }

    @Test
    void sortsPostsPagesAndAssets() throws IOException {
        for (String f : new String[] {"content/posts/b.md", "content/posts/2014/a.markdown", "content/posts/a.md",
                "content/pages/about.md", "content/posts/img/cat.png", "content/robots.txt", "content/notes.md",
                "content/pages/logo.svg"}) {
            touch(f);
        }
        ContentTree tree = ContentScanner.scan(site, diagnostics);

        assertThat(tree.posts()).extracting(ContentFile::relative)
                .containsExactly("posts/2014/a.markdown", "posts/a.md", "posts/b.md");
        assertThat(tree.pages()).extracting(ContentFile::relative).containsExactly("pages/about.md");
        assertThat(tree.assets()).extracting(ContentFile::relative)
                .containsExactly("notes.md", "pages/logo.svg", "posts/img/cat.png", "robots.txt");
        assertThat(tree.posts().get(1).display()).isEqualTo("content/posts/a.md");
        assertThat(tree.posts().get(1).path()).isEqualTo(site.resolve("content/posts/a.md"));
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void markdownWithAHeaderElsewhereIsAPageAtTheTopAndADatedPostInAFolder() throws IOException {
        write("content/about.md", "---\ntitle: About\ndate: 2020-01-01\n---\nMe.\n");
        write("content/blog/first.md", "+++\ntitle = \"First\"\ndate = 2021-03-01T23:45:00-08:00\n+++\nHi.\n");
        write("content/blog/json.md", "{\n  \"title\": \"J\",\n  \"date\": \"2021-01-01\"\n}\nHi.\n");
        write("content/docs/intro.md", "---\ntitle: Intro\n---\nUndated, so a page.\n");
        write("content/docs/late.md", "---\ntitle: Late\n---\nbody text\ndate: not in the header\n");
        write("content/index.md", "---\nlayout: home\n---\n");
        write("content/docs/index.md", "---\ntitle: Docs home\n---\nA subfolder's index is an ordinary page.\n");
        write("content/blog/_index.md", "---\ntitle: Blog\n---\n");
        write("content/README.md", "# Notes for myself\n\nNo header: copied as it is.\n");
        ContentTree tree = ContentScanner.scan(site, diagnostics);
        assertThat(tree.posts()).extracting(ContentFile::relative).containsExactly("blog/first.md", "blog/json.md");
        assertThat(tree.pages()).extracting(ContentFile::relative)
                .containsExactly("about.md", "docs/index.md", "docs/intro.md", "docs/late.md");
        assertThat(tree.assets()).extracting(ContentFile::relative).containsExactly("README.md");
        assertThat(diagnostics.sorted()).extracting(Object::toString).containsExactly(
                "content/blog/_index.md: warning: Hugo section file skipped: Leafpress makes its own listing pages",
                "content/index.md: warning: home page skipped: Leafpress makes its own index page");
    }

    private void write(String relative, String text) throws IOException {
        Path file = site.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void aNamedPipeIsAnErrorNotAHang() throws Exception {
        touch("content/posts/real.md");
        Path fifo = site.resolve("content/posts/pipe.md");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available here");
        ContentTree tree = ContentScanner.scan(site, diagnostics);
        assertThat(tree.posts()).extracting(ContentFile::relative).containsExactly("posts/real.md");
        assertThat(diagnostics.sorted()).extracting(Object::toString).containsExactly("content/posts/pipe.md: error:"
                + " cannot read: not a regular file (a named pipe, socket or device); remove it from content/");
    }

    @Test
    void skipsHiddenFilesAndFolders() throws IOException {
        touch("content/posts/.draft.md");
        touch("content/posts/.git/config.md");
        touch("content/.DS_Store");
        touch("content/posts/real.md");
        ContentTree tree = ContentScanner.scan(site, diagnostics);
        assertThat(tree.posts()).extracting(ContentFile::relative).containsExactly("posts/real.md");
        assertThat(tree.pages()).isEmpty();
        assertThat(tree.assets()).isEmpty();
    }

    @Test
    void skipsEditorScratchFiles() throws IOException {
        for (String name : new String[] {"real.md~", ".real.md.swp", "real.md.swo", "4913", "#real.md#",
                "real.md___jb_tmp___", "real.md___jb_old___"}) {
            touch("content/posts/" + name);
        }
        touch("content/posts/real.md");
        touch("content/posts/notes~draft.txt");
        ContentTree tree = ContentScanner.scan(site, diagnostics);
        assertThat(tree.posts()).extracting(ContentFile::relative).containsExactly("posts/real.md");
        assertThat(tree.assets()).extracting(ContentFile::relative).containsExactly("posts/notes~draft.txt");
    }

    @Test
    void aContentFileInsteadOfAFolderIsAnError() throws IOException {
        touch("content");
        ContentTree tree = ContentScanner.scan(site, diagnostics);
        assertThat(tree.posts()).isEmpty();
        assertThat(diagnostics.sorted()).extracting(Diagnostic::toString)
                .containsExactly("content: error: content is a file, not a folder; posts go in content/posts/");
    }

    @Test
    void siteWithoutContentFolderIsEmpty() {
        ContentTree tree = ContentScanner.scan(site, diagnostics);
        assertThat(tree.posts()).isEmpty();
        assertThat(tree.pages()).isEmpty();
        assertThat(tree.assets()).isEmpty();
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void reportsSymbolicLinkLoop() throws IOException {
        touch("content/posts/a.md");
        Files.createSymbolicLink(site.resolve("content/posts/loop"), site.resolve("content"));
        ContentTree tree = ContentScanner.scan(site, diagnostics);
        assertThat(tree.posts()).extracting(ContentFile::relative).containsExactly("posts/a.md");
        assertThat(diagnostics.sorted()).extracting(Diagnostic::toString).containsExactly(
                "content/posts/loop: error: symbolic link loop: this link points back to a folder that contains it");
    }

    @Test
    void reportsSymbolicLinksToMissingFilesWhateverTheirKind() throws IOException {
        touch("content/posts/a.md");
        Files.createSymbolicLink(site.resolve("content/posts/gone.png"), site.resolve("nowhere.png"));
        Files.createSymbolicLink(site.resolve("content/posts/gone.md"), site.resolve("nowhere.md"));
        ContentTree tree = ContentScanner.scan(site, diagnostics);
        assertThat(tree.posts()).extracting(ContentFile::relative).containsExactly("posts/a.md");
        assertThat(tree.assets()).isEmpty();
        assertThat(diagnostics.sorted()).extracting(Diagnostic::toString).containsExactly(
                "content/posts/gone.md: error: cannot read file: it does not exist (a symbolic link to a missing file?)",
                "content/posts/gone.png: error: cannot read file: it does not exist (a symbolic link to a missing file?)");
    }

    @Test
    void assetOutputPathDropsPostsOrPagesFolder() {
        assertThat(new ContentFile(site, "content/posts/img/a.png", "posts/img/a.png").outputPath()).isEqualTo("img/a.png");
        assertThat(new ContentFile(site, "content/pages/cv.pdf", "pages/cv.pdf").outputPath()).isEqualTo("cv.pdf");
        assertThat(new ContentFile(site, "content/robots.txt", "robots.txt").outputPath()).isEqualTo("robots.txt");
    }

    @Test
    void readsTheMarkdownExtensionsOfPelicanJekyllAndHugo() throws IOException {
        write("content/blog/pelican.mkd", "Title: Mkd\nDate: 2020-01-01\n\nHi.\n");
        write("content/blog/hugo.mdown", "---\ntitle: Mdown\ndate: 2020-01-02\n---\nHi.\n");
        write("content/_posts/2020-01-03-jekyll.mkdn", "---\ntitle: Mkdn\n---\nHi.\n");
        write("content/_posts/2020-01-04-jekyll.mkdown", "---\ntitle: Mkdown\n---\nHi.\n");
        ContentTree tree = ContentScanner.scan(site, diagnostics);

        assertThat(tree.posts()).extracting(ContentFile::relative).containsExactly("_posts/2020-01-03-jekyll.mkdn",
                "_posts/2020-01-04-jekyll.mkdown", "blog/hugo.mdown", "blog/pelican.mkd");
        assertThat(tree.assets()).isEmpty();
    }
}
