package dev.leafpress.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leafpress.build.BuildResult;
import dev.leafpress.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pelican, Jekyll and Hugo content read as it is, built end to end, checked as readers see it. */
class DialectSitesTest {

    @TempDir
    Path tmp;

    @Test
    void pelicanContentFolderBuildsWithItsMetadata() throws IOException {
        Path site = DialectSites.site(tmp.resolve("site"), "title: Ada\ntimezone: Europe/Paris\nbase_url: https://ada.example.org/\n", "pelican", "content/.");
        Path out = tmp.resolve("out");
        BuildResult result = DialectSites.build(site, out);

        assertThat(result.posts()).isEqualTo(3);
        Document post = DialectSites.page(out, "posts/multi-line-metadata/index.html");
        assertThat(post.select("h1").text()).isEqualTo("A title that goes on over two lines");
        assertThat(post.select(".post-meta").text()).contains("Sat 28 June 2014").contains("Ada Lovelace, Charles Babbage")
                .contains("python").contains("web frameworks");
        assertThat(post.select(".post-meta a[href=/category/python/]")).hasSize(1);
        assertThat(post.select(".post-content a").eachAttr("href"))
                .containsExactly("/posts/dates-in-words/", "/", "/tag/python/");
        assertThat(post.select(".post-content img").attr("src")).isEqualTo("/images/chart.svg");
        assertThat(post.select("pre code.language-python").text()).isEqualTo("print(\"hello from CodeHilite\")");
        assertThat(post.select(".post-content code").eachText()).contains("{filename}/notes/dates.md");
        assertThat(DialectSites.page(out, "posts/dates-in-words/index.html").select(".post-meta").text())
                .contains("Fri 28 June 2013").contains("Misc Notes");
        assertThat(DialectSites.page(out, "posts/top-level/index.html").select(".post-meta a[href=/category/misc/]"))
                .hasSize(1);
        assertThat(out.resolve("posts/work-in-progress")).doesNotExist();
        assertThat(DialectSites.page(out, "about/index.html").select("main a").attr("href")).isEqualTo("/");
        assertThat(result.warnings()).extracting(Diagnostic::toString).contains(
                "content/python/old.rst: warning: reStructuredText is not a format Leafpress reads, so it is copied as it"
                        + " is, not published (convert it to Markdown, for example with pandoc)");
        assertThat(result.warnings()).extracting(Diagnostic::toString).noneMatch(w -> w.contains("modified"));
        assertThat(post.select("meta[property=article:modified_time]").attr("content")).startsWith("2014-07-01");
    }

    @Test
    void jekyllPostsBuildWithLiquidConvertedAndDatesFromFileNames() throws IOException {
        Path site = DialectSites.site(tmp.resolve("site"), "title: Jay\nbase_url: https://jk.example.org/\n", "jekyll", "_posts", "_drafts", "assets");
        Path out = tmp.resolve("out");
        BuildResult result = DialectSites.build(site, out);

        assertThat(result.posts()).isEqualTo(2);
        Document tour = DialectSites.page(out, "posts/liquid-tour/index.html");
        assertThat(tour.select(".post-meta").text()).contains("Sun 1 March 2015").contains("Code")
                .contains("jekyll").contains("liquid").contains("ruby");
        assertThat(tour.select(".post-content a").eachAttr("href"))
                .containsExactly("/posts/date-disagree/", "/posts/date-disagree/");
        assertThat(tour.select(".post-content img").attr("src")).isEqualTo("/assets/logo.svg");
        assertThat(tour.select("pre code.language-ruby").text()).isEqualTo("def hi = puts \"{{ not liquid }}\"");
        assertThat(tour.select(".post-content p").eachText()).contains("{{ page.title }} shows braces.",
                "{% include note.html %}");
        assertThat(tour.select("pre code.language-liquid").text()).isEqualTo("{% if user %}{{ user.name }}{% endif %}");
        Document index = DialectSites.page(out, "index.html");
        assertThat(index.select("article").first().select(".excerpt").text()).startsWith("Intro linking to")
                .doesNotContain("braces");
        Document disagree = DialectSites.page(out, "posts/date-disagree/index.html");
        assertThat(disagree.select("time").attr("datetime")).isEqualTo("2015-02-03T08:00:00+01:00");
        assertThat(Files.readString(out.resolve("legacy/date-post/index.html"))).contains("url=/posts/date-disagree/");
        assertThat(out.resolve("posts/unpublished")).doesNotExist();
        assertThat(result.warnings()).extracting(Diagnostic::toString).containsExactly(
                "content/_drafts/undated.md:2:1: warning: Jekyll draft without a date is not published, even with --drafts"
                        + " (add a 'date' to preview it)",
                "content/_posts/2015-03-01-liquid-tour.md:19: warning: unsupported Liquid tag '{% include note.html %}'"
                        + " (left as written)");
    }

    @Test
    void hugoContentBuildsWithTomlJsonAndShortcodes() throws IOException {
        Path site = DialectSites.site(tmp.resolve("site"), "title: Hugo\nbase_url: https://hugo.example.org/\n", "hugo", "content/.");
        DialectSites.copyTree(DialectSites.FIXTURES.resolve("hugo/static"), site.resolve("content"));
        Path out = tmp.resolve("out");
        BuildResult result = DialectSites.build(site, out);

        assertThat(result.posts()).isEqualTo(3);
        Document toml = DialectSites.page(out, "posts/toml-with-an-offset/index.html");
        assertThat(toml.select("time").attr("datetime")).isEqualTo("2021-03-01T23:45:00-08:00");
        assertThat(toml.select(".post-meta").text()).contains("Mon 1 March 2021").contains("Go").contains("toml")
                .contains("Web");
        assertThat(toml.select("pre code.language-go").text()).isEqualTo("fmt.Println(\"{{ not a template }}\")");
        assertThat(toml.select("figure img").attr("src")).isEqualTo("/images/gopher.svg");
        assertThat(toml.select("figure figcaption").text()).isEqualTo("The gopher");
        assertThat(toml.select(".post-content a").eachAttr("href"))
                .containsExactly("/posts/json-front/", "/posts/json-front/#part");
        assertThat(toml.select(".post-content p").eachText()).contains("{{< youtube abc123 >}}");
        assertThat(toml.select(".post-content code").eachText()).contains("{{< figure src=\"x.png\" >}}");
        assertThat(toml.select(".post-content").text()).contains("{{< figure src=\"y.png\" >}} is shown as text");
        assertThat(Files.readString(out.resolve("old/toml-post/index.html"))).contains("url=/posts/toml-with-an-offset/");
        Document json = DialectSites.page(out, "posts/json-front/index.html");
        assertThat(json.select("h2#part")).hasSize(1);
        assertThat(Files.readString(out.resolve("custom/json/index.html"))).contains("url=/posts/json-front/");
        assertThat(DialectSites.page(out, "index.html").select(".excerpt").eachText()).contains("Summary from JSON.");
        assertThat(DialectSites.page(out, "posts/a-page-bundle/index.html").select("figure img").attr("src"))
                .isEqualTo("/post/bundle/pic.svg");
        assertThat(out.resolve("posts/yaml-draft")).doesNotExist();
        assertThat(result.warnings()).extracting(Diagnostic::toString).containsExactly(
                "content/posts/_index.md: warning: Hugo section file skipped: Leafpress makes its own listing pages",
                "content/posts/toml-offset.md:20: warning: unsupported Hugo shortcode '{{< youtube abc123 >}}'"
                        + " (left as written)");
    }
}
