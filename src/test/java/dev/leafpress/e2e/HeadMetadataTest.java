package dev.leafpress.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leafpress.build.BuildPipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The head of a post, the index and a taxonomy page: title, description, canonical, Open Graph, feeds. */
class HeadMetadataTest {

    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void buildGoldenSite() {
        out = tmp.resolve("out");
        BuildPipeline.run(GoldenSiteTest.options().withOutput(out));
    }

    @Test
    void postHeadDescribesTheArticle() throws IOException {
        Document post = page("posts/first-post/index.html");
        assertThat(post.title()).isEqualTo("First Post — Golden Test Blog");
        assertThat(meta(post, "name", "description")).isEqualTo("The opening paragraph of the first post.");
        assertThat(post.select("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/blog/posts/first-post/");
        assertThat(meta(post, "property", "og:title")).isEqualTo("First Post");
        assertThat(meta(post, "property", "og:type")).isEqualTo("article");
        assertThat(meta(post, "property", "og:url")).isEqualTo("https://example.org/blog/posts/first-post/");
        assertThat(meta(post, "property", "og:description")).isEqualTo("The opening paragraph of the first post.");
        assertThat(meta(post, "property", "og:site_name")).isEqualTo("Golden Test Blog");
        assertThat(meta(post, "property", "article:published_time")).isEqualTo("2019-01-01T00:00:00-05:00");
        assertThat(meta(post, "property", "article:modified_time")).isEqualTo("2019-02-03T10:00:00Z");
        assertThat(post.select("meta[property=article:tag]").eachAttr("content")).containsExactly("alpha", "beta");
        assertThat(feedLinks(post)).containsExactly("/blog/feed.xml");
    }

    @Test
    void indexHeadDescribesTheWebsite() throws IOException {
        Document index = page("index.html");
        assertThat(index.title()).isEqualTo("Golden Test Blog");
        assertThat(index.select("meta[name=description]")).hasSize(1);
        assertThat(meta(index, "name", "description")).isEqualTo("A small site whose whole output is compared byte for byte.");
        assertThat(index.select("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/blog/");
        assertThat(meta(index, "property", "og:type")).isEqualTo("website");
        assertThat(meta(index, "property", "og:url")).isEqualTo("https://example.org/blog/");
        assertThat(index.select("meta[property=article:published_time]")).isEmpty();
        assertThat(feedLinks(index)).containsExactly("/blog/feed.xml");
    }

    @Test
    void taxonomyPagesAlsoLinkTheirOwnFeed() throws IOException {
        Document tag = page("tag/alpha/page/2/index.html");
        assertThat(tag.title()).isEqualTo("Tag: alpha — page 2 — Golden Test Blog");
        assertThat(tag.select("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/blog/tag/alpha/page/2/");
        assertThat(feedLinks(tag)).containsExactly("/blog/feed.xml", "/blog/tag/alpha/feed.xml");
        assertThat(tag.select("link[type=application/atom+xml]").eachAttr("title"))
                .containsExactly("Golden Test Blog", "Golden Test Blog — Tag: alpha");
    }

    @Test
    void longDescriptionsArePlainTextCutAtAWordNear160Characters() throws IOException {
        Document post = page("posts/one-long-paragraph/index.html");
        String description = meta(post, "name", "description");
        assertThat(description).doesNotContain("<", "&").hasSizeLessThanOrEqualTo(160).startsWith("This single paragraph");
        Document summarised = page("posts/late-night-offsets/index.html");
        assertThat(meta(summarised, "name", "description")).isEqualTo("A summary that stands in for the excerpt.");
    }

    private static Document page(String file) throws IOException {
        return Jsoup.parse(out.resolve(file).toFile(), "UTF-8");
    }

    private static String meta(Document doc, String attribute, String name) {
        return doc.select("meta[" + attribute + "=" + name + "]").attr("content");
    }

    private static java.util.List<String> feedLinks(Document doc) {
        return doc.select("head link[rel=alternate][type=application/atom+xml]").eachAttr("href");
    }

    @Test
    void aSiteWithoutAuthorHasNoCopyrightLineInItsFooter(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        TempSite site = new TempSite(tmp, "title: Anonymous\nbase_url: https://example.org/\n")
                .post("a", "title: A\ndate: 2020-01-01", "Body.");
        dev.leafpress.build.BuildPipeline.run(site.options());
        String footer = org.jsoup.Jsoup.parse(Files.readString(site.output().resolve("index.html")))
                .select("footer").text();
        assertThat(footer).isEqualTo("Built with Leafpress");
    }
}
