package dev.leafpress.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** HTTP as a browser expects it from a static site, served under the base URL's path. */
class ServingTest {

    @TempDir
    static Path root;
    private static PreviewFixture site;

    @BeforeAll
    static void start() throws Exception {
        PreviewFixture.write(root, "content/posts/files/data.json", "{\"a\": 1}\n");
        PreviewFixture.write(root, "content/posts/files/feed.xml", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"></rss>\n");
        PreviewFixture.write(root, "content/posts/files/pic.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        Files.write(root.resolve("content/posts/files/pic.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        PreviewFixture.write(root, "content/posts/files/notes.txt", "plain\n");
        PreviewFixture.write(root, "content/posts/files/clip.mp4", "0123456789".repeat(10));
        site = PreviewFixture.start(root, "https://example.org/blog/");
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @ParameterizedTest
    @CsvSource({
        "/blog/, text/html; charset=utf-8",
        "/blog/posts/alpha/, text/html; charset=utf-8",
        "/blog/theme/style.css, text/css; charset=utf-8",
        "/blog/theme/prism.js, text/javascript; charset=utf-8",
        "/blog/files/data.json, application/json; charset=utf-8",
        "/blog/files/feed.xml, application/rss+xml; charset=utf-8",
        "/blog/files/pic.svg, image/svg+xml; charset=utf-8",
        "/blog/files/pic.png, image/png",
        "/blog/files/notes.txt, text/plain; charset=utf-8"})
    void servesEachFileWithItsType(String path, String type) throws Exception {
        HttpResponse<String> response = site.get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(type);
    }

    @Test
    void folderUrlsServeIndexAndBareFoldersRedirect() throws Exception {
        assertThat(site.get("/blog/posts/alpha/").body()).contains("<h1>Alpha</h1>");
        HttpResponse<String> bare = site.get("/blog/posts/alpha?x=1");
        assertThat(bare.statusCode()).isEqualTo(302);
        assertThat(bare.headers().firstValue("Location")).hasValue("/blog/posts/alpha/?x=1");
        assertThat(site.get("/").headers().firstValue("Location")).hasValue("/blog/");
        assertThat(site.get("/blog").headers().firstValue("Location")).hasValue("/blog/");
    }

    @Test
    void redirectsToANonAsciiBasePathAreSentPercentEncoded(@org.junit.jupiter.api.io.TempDir Path other)
            throws Exception {
        try (PreviewFixture books = PreviewFixture.start(other, "https://example.org/bücher/")) {
            assertThat(books.get("/").headers().firstValue("Location")).hasValue("/b%C3%BCcher/");
            assertThat(books.get("/b%C3%BCcher").headers().firstValue("Location")).hasValue("/b%C3%BCcher/");
            assertThat(books.get("/b%C3%BCcher/posts/alpha/").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void unknownPathsGetTheSites404PageAndAContent404HtmlWins() throws Exception {
        HttpResponse<String> missing = site.get("/blog/no/such/page/");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Page not found", PageInjector.SCRIPT_PATH);
        assertThat(site.get("/elsewhere/").statusCode()).isEqualTo(404);
        try (ReloadClient reloads = site.reloads()) {
            site.write("content/404.html", "<!DOCTYPE html><title>Lost</title><body><p>Custom lost page</p></body>");
            assertThat(reloads.await("\"version\"", 10)).isNotNull();
        }
        HttpResponse<String> custom = site.get("/blog/no/such/page/");
        assertThat(custom.statusCode()).isEqualTo(404);
        assertThat(custom.body()).contains("Custom lost page", PageInjector.SCRIPT_PATH);
    }

    @Test
    void aSiteWithout404HtmlGetsAPlainNotFoundPage() {
        SiteSnapshot bare = SiteSnapshot.of(1, "/", java.util.Map.of("index.html", new byte[0]), java.util.Map.of());
        SiteFiles.Found found = new SiteFiles(root).find(bare, "/missing/<x>", "/missing/%3Cx%3E");
        assertThat(found.status()).isEqualTo(404);
        assertThat(new String(found.bytes(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("Not found", "/missing/&lt;x&gt;");
    }

    @Test
    void headAnswersWithHeadersOnly() throws Exception {
        HttpResponse<String> get = site.get("/blog/posts/alpha/");
        HttpResponse<String> head = site.send(HttpRequest.newBuilder(site.uri("/blog/posts/alpha/"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Length"))
                .hasValue(String.valueOf(get.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
    }

    @Test
    void byteRangesOfFilesAreServedAsBrowsersAskForThemForVideoAndAudio() throws Exception {
        HttpResponse<String> whole = site.get("/blog/files/clip.mp4");
        assertThat(whole.headers().firstValue("Accept-Ranges")).hasValue("bytes");
        HttpResponse<String> first = range("/blog/files/clip.mp4", "bytes=0-1");
        assertThat(first.statusCode()).isEqualTo(206);
        assertThat(first.headers().firstValue("Content-Range")).hasValue("bytes 0-1/100");
        assertThat(first.headers().firstValue("Content-Type")).hasValue("video/mp4");
        assertThat(first.body()).isEqualTo("01");
        assertThat(range("/blog/files/clip.mp4", "bytes=95-").body()).isEqualTo("56789");
        assertThat(range("/blog/files/clip.mp4", "bytes=-3").body()).isEqualTo("789");
        assertThat(range("/blog/files/clip.mp4", "bytes=98-500").headers().firstValue("Content-Range"))
                .hasValue("bytes 98-99/100");
        HttpResponse<String> beyond = range("/blog/files/clip.mp4", "bytes=100-");
        assertThat(beyond.statusCode()).isEqualTo(416);
        assertThat(beyond.headers().firstValue("Content-Range")).hasValue("bytes */100");
        for (String ignored : new String[] {"bytes=0-1,5-6", "items=0-1", "bytes=5-2", "bytes=x-"}) {
            HttpResponse<String> full = range("/blog/files/clip.mp4", ignored);
            assertThat(full.statusCode()).as(ignored).isEqualTo(200);
            assertThat(full.body()).as(ignored).hasSize(100);
        }
        assertThat(range("/blog/posts/alpha/", "bytes=0-1").statusCode()).isEqualTo(200);
    }

    private static HttpResponse<String> range(String path, String range) throws Exception {
        return site.send(HttpRequest.newBuilder(site.uri(path)).header("Range", range).GET().build());
    }

    @Test
    void otherMethodsAreRefused() throws Exception {
        HttpResponse<String> post = site.send(HttpRequest.newBuilder(site.uri("/blog/"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }

    @Test
    void answersOnlyRequestsForThisComputerWhenBoundToLoopback() throws Exception {
        int port = site.preview.port();
        for (String host : new String[] {"localhost", "127.0.0.1:" + port, "[::1]:" + port, "blog.localhost"}) {
            String ok = RawHttp.exchange(port, "GET /blog/ HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n", 5000);
            assertThat(RawHttp.status(ok)).as(host).isEqualTo(200);
        }
        String rebound = RawHttp.exchange(port, "GET /blog/ HTTP/1.1\r\nHost: attacker.example:" + port
                + "\r\nConnection: close\r\n\r\n", 5000);
        assertThat(RawHttp.status(rebound)).isEqualTo(403);
        assertThat(rebound).contains("only answers requests for localhost").doesNotContain("Alpha");
    }

    @Test
    void theLiveReloadSocketAlsoAnswersOnlyThisComputersPages() throws Exception {
        int port = site.preview.port();
        String upgrade = "GET /__leafpress/live HTTP/1.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n";
        String local = RawHttp.exchange(port, upgrade + "Host: localhost:" + port + "\r\nOrigin: http://localhost:"
                + port + "\r\n\r\n", 1500);
        assertThat(RawHttp.status(local)).isEqualTo(101);
        String otherHost = RawHttp.exchange(port, upgrade + "Host: attacker.example\r\n\r\n", 1500);
        assertThat(RawHttp.status(otherHost)).isEqualTo(403);
        String otherOrigin = RawHttp.exchange(port, upgrade + "Host: localhost:" + port
                + "\r\nOrigin: https://attacker.example\r\n\r\n", 1500);
        assertThat(RawHttp.status(otherOrigin)).isEqualTo(403);
    }

    @Test
    void pagesLinkUnderTheBasePath() throws Exception {
        assertThat(site.get("/blog/").body()).contains("href=\"/blog/posts/gamma/\"");
    }
}
