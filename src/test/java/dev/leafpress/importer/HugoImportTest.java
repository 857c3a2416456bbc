package dev.leafpress.importer;

import static org.assertj.core.api.Assertions.assertThat;

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
}
