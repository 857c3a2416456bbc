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

    @Test
    void htmlArticlesAreListedAsNotConvertedAndHtmlInStaticPathsIsCopied() {
        // Pelican publishes content/blog/html-post.html as an article, as it does Markdown.
        ImportReport report = new OldBlog(tmp.resolve("old"))
                .file("pelicanconf.py", "SITENAME = 'C'\nSTATIC_PATHS = ['images', 'extra']\n")
                .file("content/blog/html-post.html", "<html><head><title>HTML post</title>"
                        + "<meta name=\"date\" content=\"2020-02-02\" /></head><body><p>Hi.</p></body></html>\n")
                .file("content/extra/demo.html", "<p>A demo.</p>\n")
                .file("content/blog/md.md", "Title: Md\nDate: 2020-01-01\n\nHi.\n")
                .importAs(SourceKind.PELICAN, tmp.resolve("new"));
        assertThat(report.notConverted()).containsOnlyKeys("blog/html-post.html");
        assertThat(report.notConverted().get("blog/html-post.html")).contains("HTML");
        assertThat(tmp.resolve("new/content/blog/html-post.html")).doesNotExist();
        assertThat(tmp.resolve("new/content/extra/demo.html")).exists();
        assertThat(report.files()).isEqualTo(1);
    }

    @Test
    void theDateComesFromTheFileNameAsPelicanTakesIt() {
        new OldBlog(tmp.resolve("old")).file("pelicanconf.py", "SITENAME = 'C'\nARTICLE_URL = '{date:%Y}/{slug}.html'\n")
                .file("content/notes/2019-07-01-named.md", "Title: Named\n\nHi.\n")
                .importAs(SourceKind.PELICAN, tmp.resolve("new"));
        assertThat(imported("content/posts/notes/2019-07-01-named.md")).contains("date: \"2019-07-01\"")
                .contains("aliases: [\"/2019/named.html\"]");
    }

    @Test
    void oldUrlsFollowSlugifySourceUseFolderAsCategoryAndDefaultCategory() {
        // pelican 4.8 wrote these to general/2019-07-01-file-name.html, general/second.html and news/third.html.
        new OldBlog(tmp.resolve("old")).file("pelicanconf.py", "SITENAME = 'C'\nSLUGIFY_SOURCE = 'basename'\n"
                        + "USE_FOLDER_AS_CATEGORY = False\nDEFAULT_CATEGORY = 'General'\n"
                        + "ARTICLE_URL = '{category}/{slug}.html'\n")
                .file("content/notes/2019-07-01-File Name.md", "Title: A Different Title\n\nHi.\n")
                .file("content/notes/second.md", "Title: Second Title\nDate: 2019-07-02\n\nHi.\n")
                .file("content/third.md", "Title: Third\nDate: 2019-07-03\nCategory: News\nSlug: third\n\nHi.\n")
                .importAs(SourceKind.PELICAN, tmp.resolve("new"));
        assertThat(imported("content/posts/notes/2019-07-01-File Name.md"))
                .contains("aliases: [\"/general/2019-07-01-file-name.html\"]");
        assertThat(imported("content/posts/notes/second.md")).contains("aliases: [\"/general/second.html\"]")
                .contains("category: \"General\"");
        assertThat(imported("content/posts/third.md")).contains("aliases: [\"/news/third.html\"]");
    }
}
