package dev.leafpress.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Native posts: aliases become redirect pages; Pebble and Liquid syntax in bodies is printed, never run. */
class AliasAndBodySafetyTest {

    @TempDir
    Path tmp;

    private Path site(String post) throws IOException {
        Path site = tmp.resolve("site");
        Files.createDirectories(site.resolve("content/posts"));
        Files.writeString(site.resolve("site.yaml"), "title: T\nbase_url: https://example.org/blog/\n");
        Files.writeString(site.resolve("content/posts/a.md"), post);
        return site;
    }

    @Test
    void eachAliasIsARedirectWithRefreshAndCanonical() throws IOException {
        Path out = tmp.resolve("out");
        DialectSites.build(site("---\ntitle: Here & now\ndate: 2020-01-01\naliases: [/2019/old.html, /older/]\n---\nHi\n"),
                out);
        for (String file : new String[] {"2019/old.html", "older/index.html"}) {
            Document page = DialectSites.page(out, file);
            assertThat(page.select("meta[http-equiv=refresh]").attr("content")).isEqualTo("0; url=/blog/posts/here-now/");
            assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/blog/posts/here-now/");
            assertThat(page.select("a").text()).isEqualTo("Here & now");
        }
    }

    @Test
    void templateSyntaxInPostBodiesAppearsAsWritten() throws IOException {
        Path out = tmp.resolve("out");
        DialectSites.build(site("---\ntitle: Templates\ndate: 2020-01-01\n---\n"
                + "Prose {{ site.title }} and {% if post %}x{% endif %}.\n\n```\n{{ post.html | raw }}\n{% include \"base.peb\" %}\n```\n"),
                out);
        Document post = DialectSites.page(out, "posts/templates/index.html");
        assertThat(post.select(".post-content p").text()).isEqualTo("Prose {{ site.title }} and {% if post %}x{% endif %}.");
        assertThat(post.select(".post-content pre code").text())
                .isEqualTo("{{ post.html | raw }}\n{% include \"base.peb\" %}");
    }
}
