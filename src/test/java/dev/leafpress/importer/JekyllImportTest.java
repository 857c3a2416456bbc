package dev.leafpress.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leafpress.build.BuildOptions;
import dev.leafpress.build.BuildPipeline;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jekyll blogs imported: which files are posts and pages, and the URLs they had. */
class JekyllImportTest {

    @TempDir
    Path tmp;

    private OldBlog blog() {
        return new OldBlog(tmp.resolve("old")).file("_config.yml", "title: J\n");
    }

    private String imported(String relative) {
        return OldBlog.read(tmp.resolve("new/content").resolve(relative));
    }

    private Path build() {
        Path out = tmp.resolve("out");
        BuildPipeline.run(BuildOptions.of(tmp.resolve("new")).withOutput(out));
        return out;
    }

    @Test
    void onlyTheTopIndexIsTheHomePage() {
        ImportReport report = blog().file("index.md", "---\nlayout: home\n---\n")
                .file("docs/index.md", "---\ntitle: Docs home\n---\nDocs.\n")
                .file("projects/index.markdown", "---\ntitle: Projects\n---\nProjects.\n")
                .file("_posts/2020-01-01-p.md", "---\ntitle: P\n---\nPost.\n")
                .importAs(SourceKind.JEKYLL, tmp.resolve("new"));
        assertThat(report.notConverted()).containsOnlyKeys("index.md");
        assertThat(report.pages()).isEqualTo(2);
        assertThat(imported("pages/docs/index.md")).contains("aliases: [\"/docs/\"]");
        assertThat(imported("pages/projects/index.markdown")).contains("aliases: [\"/projects/\"]");
        Path out = build();
        assertThat(OldBlog.read(out.resolve("docs/index.html"))).contains("url=/docs-home/");
        assertThat(OldBlog.read(out.resolve("projects/index.html"))).contains("Projects.");
    }

    @Test
    void postsInACategoryFolderArePostsWithTheFolderAsCategory() {
        ImportReport report = new OldBlog(tmp.resolve("old"))
                .file("_config.yml", "title: J\npermalink: /:categories/:year/:month/:day/:title/\n")
                .file("ruby/_posts/2016-05-01-cat-folder.md", "---\ntitle: In ruby\n---\nHi.\n")
                .file("ops/_drafts/later.md", "---\ntitle: Later\ndate: 2016-06-01\n---\nHi.\n")
                .importAs(SourceKind.JEKYLL, tmp.resolve("new"));
        assertThat(report.posts()).isEqualTo(2);
        assertThat(report.pages()).isZero();
        assertThat(imported("posts/ruby/2016-05-01-cat-folder.md")).contains("category: \"ruby\"")
                .contains("aliases: [\"/ruby/2016/05/01/cat-folder/\"]");
        assertThat(imported("posts/drafts/ops/later.md")).contains("category: \"ops\"").contains("draft: true");
        Path out = build();
        assertThat(OldBlog.read(out.resolve("ruby/2016/05/01/cat-folder/index.html"))).contains("url=/posts/cat-folder/");
    }

    @Test
    void entriesWithoutTitleAreTitledFromTheFileNameExceptThe404Page() {
        ImportReport report = blog().file("_posts/2016-07-01-title-from-file.md", "---\nlayout: post\n---\nNo title.\n")
                .file("404.md", "---\npermalink: /404.html\nlayout: default\n---\nNot found.\n")
                .file("contact.markdown", "---\nlayout: page\n---\nMail me.\n")
                .importAs(SourceKind.JEKYLL, tmp.resolve("new"));
        assertThat(report.notConverted()).containsOnlyKeys("404.md");
        assertThat(report.notConverted().get("404.md")).contains("Leafpress makes its own 404.html");
        assertThat(imported("posts/2016-07-01-title-from-file.md")).contains("title: \"Title From File\"");
        assertThat(imported("pages/contact.markdown")).contains("title: \"Contact\"");
        Path out = build();
        assertThat(OldBlog.read(out.resolve("posts/title-from-file/index.html"))).contains("Title From File");
        assertThat(OldBlog.read(out.resolve("404.html"))).doesNotContain("Not found.");
    }

    @Test
    void theSiteWideExcerptSeparatorMarksTheExcerpt() {
        new OldBlog(tmp.resolve("old")).file("_config.yml", "title: J\nexcerpt_separator: \"<!-- excerpt -->\"\n")
                .file("_posts/2019-05-05-first.md", "---\ntitle: First\n---\nIntro.\n\n<!-- excerpt -->\n\nMore.\n")
                .file("_posts/2019-05-06-own.md",
                        "---\ntitle: Own\nexcerpt_separator: \"<!--cut-->\"\n---\nIntro.\n<!--cut-->\nMore.\n")
                .importAs(SourceKind.JEKYLL, tmp.resolve("new"));
        assertThat(imported("posts/2019-05-05-first.md")).contains("\n<!-- more -->\n").doesNotContain("excerpt -->");
        assertThat(imported("posts/2019-05-06-own.md")).contains("\n<!-- more -->\n").doesNotContain("<!--cut-->");
    }

    @Test
    void anUnquotedFrontMatterTimeWithoutOffsetIsUtcAsJekyllReadsIt() {
        // Jekyll's YAML (Psych) reads an unquoted 2017-06-30 23:30:00 as UTC: in Berlin that is
        // 1 July 01:30, and Jekyll wrote the post at /2017/07/01/late/. Quoted, it is the site's time.
        new OldBlog(tmp.resolve("old")).file("_config.yml", "title: J\ntimezone: Europe/Berlin\n")
                .file("_posts/2017-06-30-late.md", "---\ntitle: Late\ndate: 2017-06-30 23:30:00\n---\nHi.\n")
                .file("_posts/2017-06-29-quoted.md", "---\ntitle: Quoted\ndate: \"2017-06-29 23:30:00\"\n---\nHi.\n")
                .importAs(SourceKind.JEKYLL, tmp.resolve("new"));
        assertThat(imported("posts/2017-06-30-late.md")).contains("aliases: [\"/2017/07/01/late.html\"]");
        assertThat(imported("posts/2017-06-29-quoted.md")).contains("aliases: [\"/2017/06/29/quoted.html\"]");
        Path out = build();
        assertThat(OldBlog.read(out.resolve("2017/07/01/late.html"))).contains("url=/posts/late/");
        assertThat(OldBlog.read(out.resolve("posts/late/index.html"))).contains("datetime=\"2017-06-30T23:30:00Z\"");
    }

    @Test
    void aPostWithoutFrontMatterIsImportedWithItsOldUrl() {
        ImportReport report = blog().file("_posts/2020-02-03-no-header.md", "Just text.\n")
                .importAs(SourceKind.JEKYLL, tmp.resolve("new"));
        assertThat(report.notConverted()).isEmpty();
        assertThat(imported("posts/2020-02-03-no-header.md")).contains("title: \"No Header\"")
                .contains("aliases: [\"/2020/02/03/no-header.html\"]").endsWith("Just text.\n");
    }
}
