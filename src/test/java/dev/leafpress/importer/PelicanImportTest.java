package dev.leafpress.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pelican blogs imported: their settings files and what the report says. */
class PelicanImportTest {

    @TempDir
    Path tmp;

    private String imported(String relative) {
        return OldBlog.read(tmp.resolve("new").resolve(relative));
    }

    @Test
    void publishconfOverridesPelicanconfForTheBaseUrlAndOwnLinks() {
        new OldBlog(tmp.resolve("old"))
                .file("pelicanconf.py", "SITENAME = 'C'\nSITEURL = ''\nTIMEZONE = 'UTC'\nFEED_DOMAIN = 'x'\n")
                .file("publishconf.py", "import os\nfrom pelicanconf import *\n\nSITEURL = \"https://carl.example.org\"\n"
                        + "FEED_DOMAIN = None\n")
                .file("content/blog/first.md", "Title: First\nDate: 2020-01-01\n\nSee"
                        + " [second](https://carl.example.org/second.html).\n")
                .file("content/blog/second.md", "Title: Second\nDate: 2020-01-02\n\nHi.\n")
                .importAs(SourceKind.PELICAN, tmp.resolve("new"));
        assertThat(imported("site.yaml")).contains("base_url: \"https://carl.example.org/\"");
        assertThat(imported("content/posts/blog/first.md")).contains("[second](../../posts/blog/second.md)");
    }

    @Test
    void hiddenPostsBecomeDraftsAndTheReportSaysTheirUrlStopsWorking() {
        ImportReport report = new OldBlog(tmp.resolve("old")).file("pelicanconf.py", "SITENAME = 'C'\n")
                .file("content/linux/hidden.md", "Title: Hidden post\nDate: 2015-01-01\nStatus: hidden\n\nHi.\n")
                .file("content/linux/shown.md", "Title: Shown\nDate: 2015-01-02\n\nHi.\n")
                .importAs(SourceKind.PELICAN, tmp.resolve("new"));
        assertThat(imported("content/posts/linux/hidden.md")).contains("draft: true");
        assertThat(report.drafts()).isEqualTo(1);
        assertThat(report.urlsKept()).isEqualTo(1);
        assertThat(report.warnings()).singleElement().asString().startsWith("linux/hidden.md: 'Status: hidden'")
                .contains("/hidden-post.html stops working");
    }

    @Test
    void importsPostsWithPelicansOtherMarkdownExtensions() {
        ImportReport report = new OldBlog(tmp.resolve("old")).file("pelicanconf.py", "SITENAME = 'C'\n")
                .file("content/blog/one.mkd", "Title: One\nDate: 2015-01-01\n\nSee [two]({filename}two.mdown).\n")
                .file("content/blog/two.mdown", "Title: Two\nDate: 2015-01-02\n\nHi.\n")
                .importAs(SourceKind.PELICAN, tmp.resolve("new"));
        assertThat(report.posts()).isEqualTo(2);
        assertThat(imported("content/posts/blog/one.mkd")).startsWith("---\ntitle: \"One\"")
                .contains("[two](../../posts/blog/two.mdown)");
        assertThat(tmp.resolve("new/content/blog")).doesNotExist();
    }
}
