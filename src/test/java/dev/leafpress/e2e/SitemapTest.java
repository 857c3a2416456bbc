package dev.leafpress.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leafpress.build.BuildPipeline;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;

/** sitemap.xml checked against the sitemaps.org 0.9 rules, robots.txt, and the 404 page. */
class SitemapTest {

    static final Path XSD = Path.of("src/test/resources/schemas/sitemap-0.9.xsd");

    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void buildGoldenSite() {
        out = tmp.resolve("out");
        BuildPipeline.run(GoldenSiteTest.options().withOutput(out));
    }

    @Test
    void sitemapIsValidAgainstTheSchema() throws Exception {
        schema().newValidator().validate(new StreamSource(out.resolve("sitemap.xml").toFile()));
    }

    @Test
    void schemaRejectsWhatTheProtocolForbids() throws Exception {
        String relativeLoc = urlset("<url><loc>/blog/posts/a/</loc></url>");
        String localTime = urlset("<url><loc>https://example.org/</loc><lastmod>2020-01-01T10:00:00</lastmod></url>");
        String badOrder = urlset("<url><lastmod>2020-01-01</lastmod><loc>https://example.org/</loc></url>");
        for (String xml : List.of(relativeLoc, localTime, badOrder)) {
            assertThatThrownBy(() -> schema().newValidator().validate(new StreamSource(new StringReader(xml))))
                    .as(xml).isInstanceOf(SAXException.class);
        }
    }

    @Test
    void listsEveryPageButThe404WithAbsoluteUrls() throws IOException {
        Document sitemap = Jsoup.parse(Files.readString(out.resolve("sitemap.xml")), "", Parser.xmlParser());
        List<String> listed = sitemap.select("url > loc").eachText();
        List<String> pages = htmlPages().stream().filter(p -> !p.equals("404.html"))
                .map(p -> FeedsTest.BASE + p.replaceFirst("index\\.html$", "")).toList();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(pages);
        assertThat(sitemap.select("url").stream().filter(u -> u.selectFirst("loc").text().endsWith("/posts/first-post/")))
                .singleElement().satisfies(u -> assertThat(u.selectFirst("lastmod").text()).isEqualTo("2019-02-03T10:00:00Z"));
    }

    @Test
    void robotsTxtPointsToTheSitemap() throws IOException {
        assertThat(Files.readAllLines(out.resolve("robots.txt")))
                .contains("User-agent: *", "Sitemap: https://example.org/blog/sitemap.xml");
    }

    @Test
    void notFoundPageUsesTheThemeAndLinksThatWorkAtAnyDepth() throws IOException {
        Document page = Jsoup.parse(out.resolve("404.html").toFile(), "UTF-8");
        assertThat(page.select("h1").text()).isEqualTo("Page not found");
        assertThat(page.select("link[rel=stylesheet]").eachAttr("href")).contains("/blog/theme/style.css");
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(page.select("a[href], link[href], script[src]").stream()
                .map(el -> el.hasAttr("href") ? el.attr("href") : el.attr("src")))
                .allSatisfy(ref -> assertThat(ref).matches("(/blog/|https://|#).*"));
    }

    @Test
    void nonAsciiAddressesAreUrlEscapedInTheSitemapAndRobotsTxtAsTheProtocolAsks(@TempDir Path dir)
            throws Exception {
        TempSite site = new TempSite(dir, "title: T\nbase_url: https://t.example/bücher/\n")
                .post("a", "title: Привет мир\ndate: 2020-01-01", "Text.");
        BuildPipeline.run(site.options());
        Path sitemap = site.output().resolve("sitemap.xml");
        Document doc = Jsoup.parse(Files.readString(sitemap), "", Parser.xmlParser());
        assertThat(doc.select("url > loc").eachText()).contains("https://t.example/b%C3%BCcher/",
                "https://t.example/b%C3%BCcher/posts/%D0%BF%D1%80%D0%B8%D0%B2%D0%B5%D1%82-%D0%BC%D0%B8%D1%80/");
        schema().newValidator().validate(new StreamSource(sitemap.toFile()));
        assertThat(Files.readAllLines(site.output().resolve("robots.txt")))
                .contains("Sitemap: https://t.example/b%C3%BCcher/sitemap.xml");
    }

    @Test
    void theAuthorsOwnRobotsTxtAnd404PageWin(@TempDir Path dir) throws IOException {
        TempSite site = new TempSite(dir, "title: T\nbase_url: https://t.example/\n")
                .post("a", "title: A\ndate: 2020-01-01", "Text.")
                .file("content/robots.txt", "User-agent: *\nDisallow: /drafts/\n")
                .file("content/404.html", "<!DOCTYPE html><title>Lost</title>\n");
        BuildPipeline.run(site.options());
        assertThat(site.output().resolve("robots.txt")).hasContent("User-agent: *\nDisallow: /drafts/");
        assertThat(site.output().resolve("404.html")).content().contains("Lost");
    }

    static Schema schema() throws SAXException {
        return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(XSD.toFile());
    }

    private static String urlset(String urls) {
        return "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">" + urls + "</urlset>";
    }

    private static List<String> htmlPages() throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> out.relativize(p).toString().replace('\\', '/')).toList();
        }
    }
}
