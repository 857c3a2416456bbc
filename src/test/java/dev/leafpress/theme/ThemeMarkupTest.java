package dev.leafpress.theme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leafpress.build.BuildOptions;
import dev.leafpress.build.BuildPipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The accessibility structure of every page the default theme writes, read from the files: the
 * browser suite looks at a few pages, this looks at all of them.
 */
class ThemeMarkupTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {".", "src/test/resources/sites/golden"})
    void everyPageHasLandmarksOneH1ASkipLinkAndLinksThatSayWhereTheyGo(String siteRoot, @TempDir Path tmp)
            throws IOException {
        Path out = tmp.resolve("out");
        BuildPipeline.run(BuildOptions.of(Path.of(siteRoot).toAbsolutePath()).withOutput(out));
        SoftAssertions soft = new SoftAssertions();
        List<Path> pages = htmlFiles(out);
        for (Path page : pages) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            String name = out.relativize(page).toString();
            soft.assertThat(doc.select("h1")).as("h1 in %s", name).hasSize(1);
            for (String landmark : List.of("body > header", "header nav.site-nav", "main#main-content",
                    "body > footer")) {
                soft.assertThat(doc.select(landmark)).as("%s in %s", landmark, name).hasSize(1);
            }
            soft.assertThat(doc.body().child(0).is("a.skip-link[href=#main-content]")).as("skip link first in %s", name)
                    .isTrue();
            soft.assertThat(doc.select("nav:not([aria-label])")).as("unlabelled nav in %s", name).isEmpty();
            soft.assertThat(doc.select("img:not([alt])")).as("images without alt in %s", name).isEmpty();
            doc.select("article.post-summary").forEach(summary -> checkReadMore(summary, name, soft));
        }
        assertThat(pages).hasSizeGreaterThan(10);
        soft.assertAll();
    }

    /** "Read more" is heard as "Read more of “Title”", so a list of them is not ambiguous. */
    private static void checkReadMore(Element summary, String page, SoftAssertions soft) {
        Element link = summary.selectFirst("a.read-more");
        if (link != null) {
            soft.assertThat(link.text()).as("read-more link in %s", page)
                    .isEqualTo("Read more of “" + summary.selectFirst("h2").text() + "”");
        }
    }

    private static List<Path> htmlFiles(Path out) throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
