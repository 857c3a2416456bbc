package dev.leafpress.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leafpress.build.BuildOptions;
import dev.leafpress.build.BuildPipeline;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hugo blogs imported: how their settings and bundles carry over. */
class HugoImportTest {

    @TempDir
    Path tmp;

    private OldBlog blog() {
        return new OldBlog(tmp.resolve("old"));
    }

    private String imported(String relative) {
        return OldBlog.read(tmp.resolve("new/content").resolve(relative));
    }

    @Test
    void permalinksPageTableGivesTheOldUrls() {
        blog().file("hugo.toml", "title = \"T\"\n[permalinks.page]\n  posts = \"/:year/:month/:slug/\"\n"
                        + "[permalinks.section]\n  posts = \"/articles/\"\n")
                .file("content/posts/a.md", "+++\ntitle = \"A\"\ndate = 2022-02-03\nslug = \"first\"\n+++\nBody.\n")
                .importAs(SourceKind.HUGO, tmp.resolve("new"));
        assertThat(imported("posts/a.md")).contains("aliases: [\"/2022/02/first/\"]");
    }

    @Test
    void aPostDatedOnlyByItsPublishDateStaysAPostWithItsOldUrl() {
        ImportReport report = blog().file("hugo.toml", "title = \"T\"\n[permalinks]\nposts = \"/:year/:slug/\"\n")
                .file("content/posts/p.md", "+++\ntitle = \"P\"\npublishDate = 2021-03-04T10:00:00Z\n+++\nBody.\n")
                .importAs(SourceKind.HUGO, tmp.resolve("new"));
        assertThat(report.posts()).isEqualTo(1);
        assertThat(report.pages()).isZero();
        assertThat(imported("posts/p.md")).contains("aliases: [\"/2021/p/\"]");
    }

    @Test
    void permalinksPageTableInYamlAndJsonConfigs() {
        blog().file("hugo.yaml", "title: T\npermalinks:\n  page:\n    posts: /p/:slug/\n")
                .file("content/posts/a.md", "+++\ntitle = \"A\"\ndate = 2022-02-03\nslug = \"first\"\n+++\nBody.\n")
                .importAs(SourceKind.HUGO, tmp.resolve("new"));
        assertThat(imported("posts/a.md")).contains("aliases: [\"/p/first/\"]");
        new OldBlog(tmp.resolve("old2")).file("hugo.json", "{\"permalinks\": {\"page\": {\"posts\": \"/j/:slug/\"}}}")
                .file("content/posts/a.md", "+++\ntitle = \"A\"\ndate = 2022-02-03\nslug = \"first\"\n+++\nBody.\n")
                .importAs(SourceKind.HUGO, tmp.resolve("new2"));
        assertThat(OldBlog.read(tmp.resolve("new2/content/posts/a.md"))).contains("aliases: [\"/j/first/\"]");
    }

    @Test
    void bundleFilesStayBesideTheirEntryWhenItBecomesAPage() {
        blog().file("hugo.toml", "title = \"T\"\n")
                .file("content/about/index.md", "---\ntitle: About me\n---\n![me](me.jpg)\n")
                .file("content/about/me.jpg", "jpg")
                .file("content/posts/trip/index.md", "---\ntitle: Trip\ndate: 2020-05-05\n---\n![view](view.jpg)\n")
                .file("content/posts/trip/view.jpg", "jpg")
                .importAs(SourceKind.HUGO, tmp.resolve("new"));
        assertThat(tmp.resolve("new/content/pages/about/me.jpg")).exists();
        assertThat(tmp.resolve("new/content/posts/about")).doesNotExist();
        assertThat(tmp.resolve("new/content/posts/trip/view.jpg")).exists();
        Path out = tmp.resolve("out");
        BuildPipeline.run(BuildOptions.of(tmp.resolve("new")).withOutput(out));
        String about = OldBlog.read(out.resolve("about-me/index.html"));
        String src = about.replaceAll("(?s).*<img[^>]* src=\"([^\"]+)\".*", "$1");
        assertThat(out.resolve(src.startsWith("/") ? src.substring(1) : "about-me/" + src)).exists();
    }

    @Test
    void titlesInOldUrlsAreUrlizedTheHugoWay() {
        blog().file("hugo.toml", "title = \"T\"\n[permalinks]\nposts = \"/:year/:title/\"\n")
                .file("content/posts/b.md", "---\ntitle: \"Part 1 - Intro & Setup\"\ndate: 2020-01-02\n---\nB.\n")
                .file("content/posts/c.md", "---\ntitle: \"C# and F#: a tour\"\ndate: 2020-01-03\n---\nC.\n")
                .importAs(SourceKind.HUGO, tmp.resolve("new"));
        assertThat(imported("posts/b.md")).contains("aliases: [\"/2020/part-1-intro-setup/\"]");
        Path out = tmp.resolve("out");
        BuildPipeline.run(BuildOptions.of(tmp.resolve("new")).withOutput(out));
        assertThat(out.resolve("2020/part-1-intro-setup/index.html")).exists();
        assertThat(out.resolve("2020/c#-and-f#-a-tour/index.html")).exists();
    }

    @Test
    void theConfigFolderIsReadAndAMissingConfigIsAWarning() {
        ImportReport report = blog().file("config/_default/hugo.toml", "baseURL = \"https://h5.example/\"\n")
                .file("config/_default/permalinks.toml", "posts = \"/:year/:month/:slug/\"\n")
                .file("content/posts/hello.md", "---\ntitle: Hello\ndate: 2020-01-02\n---\nHi.\n")
                .importAs(SourceKind.HUGO, tmp.resolve("new"));
        assertThat(report.warnings()).isEmpty();
        assertThat(imported("posts/hello.md")).contains("aliases: [\"/2020/01/hello/\"]");
        assertThat(OldBlog.read(tmp.resolve("new/site.yaml"))).contains("base_url: \"https://h5.example/\"");
        ImportReport bare = new OldBlog(tmp.resolve("bare"))
                .file("content/posts/hello.md", "---\ntitle: Hello\ndate: 2020-01-02\n---\nHi.\n")
                .importAs(SourceKind.HUGO, tmp.resolve("new2"));
        assertThat(bare.warnings()).singleElement().asString().startsWith("found no hugo.toml");
        assertThat(bare.lines()).contains("  warnings (1):");
    }

    @Test
    void urlsKeptCountsDistinctRedirectsAndAliasesAreWrittenOnce() {
        ImportReport report = blog().file("hugo.toml", "title = \"T\"\n")
                .file("content/posts/renamed.md", "---\ntitle: Renamed\ndate: 2020-05-05\naliases:\n"
                        + "  - /old/\n  - /old\n  - /posts/renamed/\n---\nBody.\n")
                .file("content/posts/later.md", "---\ntitle: Later\ndate: 2020-05-06\ndraft: true\n---\nBody.\n")
                .importAs(SourceKind.HUGO, tmp.resolve("new"));
        assertThat(imported("posts/renamed.md")).contains("aliases: [\"/old/\", \"/posts/renamed/\"]");
        assertThat(report.urlsKept()).isEqualTo(1);
    }
}
