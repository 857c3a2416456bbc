package dev.leafpress.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leafpress.build.BuildOptions;
import dev.leafpress.build.BuildPipeline;
import dev.leafpress.importer.ImportReport;
import dev.leafpress.importer.Importer;
import dev.leafpress.importer.SourceKind;
import dev.leafpress.diag.BuildFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each fixture blog imported once, then built: every old URL must lead to the right post or page. */
class ImportTest {

    @TempDir
    Path tmp;

    private Path importAndBuild(SourceKind kind, String fixture, Map<String, Integer> counts) {
        Path site = tmp.resolve("site");
        ImportReport report = Importer.run(kind, DialectSites.FIXTURES.resolve(fixture), site);
        assertThat(report.posts()).isEqualTo(counts.get("posts"));
        assertThat(report.pages()).isEqualTo(counts.get("pages"));
        Path out = tmp.resolve("out");
        BuildPipeline.run(BuildOptions.of(site).withOutput(out));
        return out;
    }

    /** The old URL is the page itself, or a redirect to it; either way the reader lands on {@code title}. */
    private static void leadsTo(Path out, String basePath, String oldPath, String newUrl, String title) throws IOException {
        Path file = out.resolve(oldPath.endsWith("/") ? oldPath + "index.html" : oldPath);
        assertThat(file).as(oldPath).exists();
        Document old = DialectSites.page(out, out.relativize(file).toString());
        String refresh = old.select("meta[http-equiv=refresh]").attr("content");
        if (!refresh.isEmpty()) {
            assertThat(refresh).as(oldPath).isEqualTo("0; url=" + newUrl);
            assertThat(old.select("link[rel=canonical]").attr("href")).endsWith(newUrl);
        } else {
            assertThat(basePath + oldPath).isEqualTo(newUrl);
        }
        Document target = DialectSites.page(out, newUrl.substring(basePath.length()) + "index.html");
        assertThat(target.select("h1").text()).isEqualTo(title);
    }

    @Test
    void pelicanBlogKeepsItsArticleAndPageUrls() throws IOException {
        Path out = importAndBuild(SourceKind.PELICAN, "pelican", Map.of("posts", 4, "pages", 1));
        leadsTo(out, "/notes/", "posts/2014/06/multi-line-metadata.html", "/notes/posts/multi-line-metadata/",
                "A title that goes on over two lines");
        leadsTo(out, "/notes/", "posts/2013/06/dates-in-words.html", "/notes/posts/dates-in-words/", "Dates in words");
        leadsTo(out, "/notes/", "posts/2012/06/top-level.html", "/notes/posts/top-level/", "Top level");
        leadsTo(out, "/notes/", "pages/about.html", "/notes/about/", "About");
        assertThat(out.resolve("robots.txt")).exists();
        assertThat(out.resolve("images/chart.svg")).exists();
        Document post = DialectSites.page(out, "posts/multi-line-metadata/index.html");
        assertThat(post.select(".post-content a").first().attr("href")).isEqualTo("/notes/posts/dates-in-words/");
    }

    @Test
    void jekyllBlogKeepsDatedUrlsPermalinksAndRewritesOldLinks() throws IOException {
        Path out = importAndBuild(SourceKind.JEKYLL, "jekyll", Map.of("posts", 4, "pages", 1));
        leadsTo(out, "/", "code/ruby/2015/03/01/liquid-tour.html", "/posts/liquid-tour/", "A tour of Liquid");
        leadsTo(out, "/", "legacy/date-post/", "/posts/date-disagree/", "Dates disagree");
        leadsTo(out, "/", "about/", "/about/", "About");
        Document about = DialectSites.page(out, "about/index.html");
        assertThat(about.select("main a").eachAttr("href")).containsExactly("/posts/liquid-tour/",
                "/posts/liquid-tour/#top");
        assertThat(out.resolve("Gemfile")).doesNotExist();
        String tour = Files.readString(tmp.resolve("site/content/posts/2015-03-01-liquid-tour.md"));
        assertThat(tour).contains("\n<!-- more -->\n").doesNotContain("summary:").doesNotContain("{% post_url");
        assertThat(DialectSites.page(out, "index.html").select(".excerpt").first().text()).startsWith("Intro linking")
                .doesNotContain("braces");
        assertThat(out.resolve("posts/never-published")).doesNotExist();
    }

    @Test
    void hugoBlogKeepsSectionPermalinksAliasesAndBundles() throws IOException {
        Path out = importAndBuild(SourceKind.HUGO, "hugo", Map.of("posts", 4, "pages", 1));
        leadsTo(out, "/", "2021/03/toml-with-an-offset/", "/posts/toml-with-an-offset/", "TOML with an offset");
        leadsTo(out, "/", "old/toml-post/", "/posts/toml-with-an-offset/", "TOML with an offset");
        leadsTo(out, "/", "custom/json/", "/posts/json-front/", "JSON front matter");
        leadsTo(out, "/", "post/bundle/", "/posts/a-page-bundle/", "A page bundle");
        leadsTo(out, "/", "about/", "/about/", "About");
        assertThat(DialectSites.page(out, "posts/a-page-bundle/index.html").select("figure img").attr("src"))
                .isEqualTo("/bundle/pic.svg");
        assertThat(out.resolve("bundle/pic.svg")).exists();
        assertThat(DialectSites.page(out, "posts/toml-with-an-offset/index.html").select(".post-content").text())
                .contains("{{< figure src=\"y.png\" >}} is shown as text");
    }

    @Test
    void reportsWhatItCouldNotConvertAndNeverOverwritesASite() throws IOException {
        ImportReport report = Importer.run(SourceKind.JEKYLL, DialectSites.FIXTURES.resolve("jekyll"), tmp.resolve("s"));
        assertThat(report.notConverted()).containsOnlyKeys("_drafts/undated.md", "index.html");
        assertThat(report.leftAsIs()).containsExactly(
                "_posts/2015-03-01-liquid-tour.md:19: unsupported Liquid tag '{% include note.html %}' (left as written)");
        assertThat(report.linksRewritten()).isEqualTo(1);
        assertThat(report.urlsKept()).isEqualTo(2);
        String siteYaml = Files.readString(tmp.resolve("s/site.yaml"));
        assertThatThrownBy(() -> Importer.run(SourceKind.JEKYLL, DialectSites.FIXTURES.resolve("jekyll"), tmp.resolve("s")))
                .isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.diagnostics().get(0).message())
                        .startsWith("refusing to import here"));
        assertThat(Files.readString(tmp.resolve("s/site.yaml"))).isEqualTo(siteYaml);
    }
}
