package dev.leafpress.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leafpress.build.BuildPipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Jekyll blog's files read as they are, the way Jekyll reads them. */
class JekyllAsIsTest {

    @TempDir
    Path tmp;

    private TempSite site() {
        return new TempSite(tmp.resolve("site"), "title: T\n");
    }

    private Document built(TempSite site, String page) throws IOException {
        BuildPipeline.run(site.options());
        return DialectSites.page(site.output(), page);
    }

    @Test
    void postsInACategoryFolderTakeTheFolderAsCategory() throws IOException {
        TempSite site = site().file("content/ruby/_posts/2016-05-01-cat-folder.md", "---\ntitle: In ruby\n---\nHi.\n")
                .file("content/ops/linux/_posts/2016-05-02-deep.md",
                        "---\ntitle: Deep\ncategories: [extra]\n---\nHi.\n");
        Document post = built(site, "posts/cat-folder/index.html");
        assertThat(post.select("h1").text()).isEqualTo("In ruby");
        assertThat(Files.exists(site.output().resolve("category/ruby/index.html"))).isTrue();
        assertThat(Files.exists(site.output().resolve("category/ops/index.html"))).isTrue();
        assertThat(Files.exists(site.output().resolve("tag/linux/index.html"))).isTrue();
        assertThat(Files.exists(site.output().resolve("tag/extra/index.html"))).isTrue();
    }

    @Test
    void aPostWithoutTitleIsTitledFromItsFileName() throws IOException {
        TempSite site = site().file("content/_posts/2016-07-01-title-from-file.md", "---\nlayout: post\n---\nHi.\n");
        assertThat(built(site, "posts/title-from-file/index.html").select("h1").text()).isEqualTo("Title From File");
    }
}
