package dev.leafpress.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leafpress.build.BuildOptions;
import dev.leafpress.build.BuildPipeline;
import dev.leafpress.build.BuildResult;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Builds the example blog in this repository and checks what readers get. */
class ExampleBlogTest {

    static final Path REPO = Path.of("").toAbsolutePath();

    @ParameterizedTest(name = "base URL {0}")
    @CsvSource({"https://someone.github.io/blog/, /blog/", "https://example.org/, /", "'', /"})
    void everyInternalLinkAndAssetResolvesToAFile(String baseUrl, String basePath, @TempDir Path tmp)
            throws IOException {
        Path out = tmp.resolve("out");
        BuildPipeline.run(BuildOptions.of(REPO).withOutput(out).withBaseUrl(baseUrl));
        List<String> broken = new ArrayList<>();
        List<Path> pages = htmlFiles(out);
        assertThat(pages).hasSizeGreaterThan(20);
        for (Path page : pages) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            for (Element el : doc.select("a[href], link[href], script[src], img[src]")) {
                String ref = el.hasAttr("href") ? el.attr("href") : el.attr("src");
                checkReference(out, page, ref, basePath, el, broken);
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void indexShowsTheFivePostsNewestFirstWithMetaExcerptAndRibbon(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("out");
        BuildResult result = BuildPipeline.run(BuildOptions.of(REPO).withOutput(out));
        assertThat(result.posts()).isEqualTo(5);
        Document index = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        assertThat(index.select("article h2").eachText()).containsExactly(
                "Force-evict expired keys from redis", "Autoreload Code in Python", "gevent: gunicorn vs uWSGI",
                "Benchmark uWSGI vs gunicorn for async workers", "Counting leaves with Python");
        assertThat(index.select("article .post-meta").first().text())
                .isEqualTo("Posted Sat 28 June 2014 by Ivan Dyedov in Python (Linux, Redis, Python)");
        assertThat(index.select("article a.read-more")).hasSize(5);
        assertThat(index.select("article .excerpt").eachText()).allSatisfy(text -> assertThat(text).isNotBlank());
        assertThat(index.select("a.fork-ribbon").attr("href")).startsWith("https://github.com/");
        assertThat(index.select("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void noPageLoadsAnythingFromAnotherHost(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("out");
        BuildPipeline.run(BuildOptions.of(REPO).withOutput(out));
        for (Path page : htmlFiles(out)) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            // A canonical link names the page's own public URL; it loads nothing.
            for (Element el : doc.select("link[href]:not([rel=canonical]), script[src], img[src], iframe[src], source[src]")) {
                String ref = el.hasAttr("href") ? el.attr("href") : el.attr("src");
                assertThat(ref).as("%s in %s", el, page).doesNotContain("//");
            }
        }
    }

    private static void checkReference(Path out, Path page, String ref, String basePath, Element el, List<String> broken) {
        URI uri = URI.create(ref.replace(" ", "%20"));
        if (uri.getScheme() != null || ref.startsWith("//") || ref.startsWith("#") || ref.startsWith("mailto:")) {
            return;
        }
        String path = uri.getPath();
        Path target;
        if (path.startsWith("/")) {
            if (!path.startsWith(basePath)) {
                broken.add(out.relativize(page) + ": " + el.tagName() + " " + ref + " is outside the base path " + basePath);
                return;
            }
            target = out.resolve(path.substring(basePath.length()));
        } else {
            target = page.getParent().resolve(path);
        }
        if (path.endsWith("/") || Files.isDirectory(target)) {
            target = target.resolve("index.html");
        }
        if (!Files.isRegularFile(target.normalize())) {
            broken.add(out.relativize(page) + ": " + el.tagName() + " " + ref + " → missing " + out.relativize(target.normalize()));
        }
    }

    static List<Path> htmlFiles(Path out) throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
