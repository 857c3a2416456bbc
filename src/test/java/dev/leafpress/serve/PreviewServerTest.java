package dev.leafpress.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview as an author meets it: a real server, a real HTTP client, files edited on disk. */
class PreviewServerTest {

    @TempDir
    Path root;
    private PreviewFixture site;

    @BeforeEach
    void start() throws Exception {
        site = PreviewFixture.start(root, "https://example.org/");
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void editedPostIsServedAfterAReloadEvent() throws Exception {
        assertThat(site.get("/posts/alpha/").body()).contains("Alpha body words.");
        try (ReloadClient reloads = site.reloads()) {
            site.write("content/posts/a.md", PreviewFixture.post("Alpha", "2020-01-01", "Notes", "x", "Edited words."));
            assertThat(reloads.await("\"reload\"", 10)).as(site.log()).isNotNull();
        }
        HttpResponse<String> page = site.get("/posts/alpha/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Edited words.").doesNotContain("Alpha body words.");
    }

    @Test
    void aServerStartedAgainHasOtherVersionsSoTabsLeftOpenReload() throws Exception {
        String page = site.get("/posts/alpha/").body();
        String hello;
        try (ReloadClient reloads = new ReloadClient(site.http, site.preview.port())) {
            hello = reloads.await("hello", 10);
        }
        String version = hello.replaceAll(".*\"version\":(\\d+).*", "$1");
        assertThat(page).contains("data-version=\"" + version + "\"");
        site.close();
        Thread.sleep(5);
        site = PreviewFixture.start(root, "https://example.org/");
        try (ReloadClient reloads = new ReloadClient(site.http, site.preview.port())) {
            assertThat(reloads.await("hello", 10)).isNotNull().doesNotContain("\"version\":" + version + "}");
        }
    }

    @Test
    void manyTabsAllReloadAndTabsThatVanishAreDropped() throws Exception {
        java.util.List<ReloadClient> tabs = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                tabs.add(site.reloads());
            }
            site.write("content/posts/b.md", PreviewFixture.post("Beta", "2020-02-01", "Notes", "y", "Once."));
            for (ReloadClient tab : tabs) {
                assertThat(tab.await("\"reload\"", 10)).isNotNull();
            }
            tabs.subList(0, 20).forEach(ReloadClient::close);
            site.write("content/posts/b.md", PreviewFixture.post("Beta", "2020-02-01", "Notes", "y", "Twice."));
            for (ReloadClient tab : tabs.subList(20, 40)) {
                assertThat(tab.await("\"reload\"", 10)).isNotNull();
            }
            long end = System.nanoTime() + 10_000_000_000L;
            while (site.preview.tabs() > 20 && System.nanoTime() < end) {
                Thread.sleep(50);
            }
            assertThat(site.preview.tabs()).isEqualTo(20);
        } finally {
            tabs.forEach(ReloadClient::close);
        }
    }

    @Test
    void brokenEditShowsTheOverlayAndFixingItClearsIt() throws Exception {
        try (ReloadClient reloads = site.reloads()) {
            site.write("content/posts/a.md", "---\ntitle: Alpha\ndate: 2020-02-30\n---\nBroken.\n");
            assertThat(reloads.await("\"reload\"", 10)).as(site.log()).isNotNull();
            String broken = site.get("/posts/alpha/").body();
            assertThat(broken).contains(ErrorOverlay.ID, "content/posts/a.md:3:7: error: impossible date")
                    .contains("Alpha body words.");
            assertThat(site.get("/").body()).contains(ErrorOverlay.ID);

            site.write("content/posts/a.md", PreviewFixture.post("Alpha", "2020-01-01", "Notes", "x", "Fixed."));
            assertThat(reloads.await("\"reload\"", 10)).as(site.log()).isNotNull();
        }
        assertThat(site.get("/posts/alpha/").body()).contains("Fixed.").doesNotContain(ErrorOverlay.ID);
    }

    @Test
    void aSiteBrokenFromTheStartIsServedAndAnnouncedUnderItsBasePath(@TempDir Path other) throws Exception {
        PreviewFixture.write(other, "site.yaml", "title: T\nbase_url: https://example.org/blog/\n");
        PreviewFixture.write(other, "content/posts/a.md", "---\ntitle: A\ndate: June 28\n---\nText.\n");
        java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
        try (Preview preview = Preview.start(new ServeOptions(dev.leafpress.build.BuildOptions.of(other), "127.0.0.1", 0),
                new java.io.PrintStream(log, true, java.nio.charset.StandardCharsets.UTF_8))) {
            assertThat(preview.url().getPath()).isEqualTo("/blog/");
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            HttpResponse<String> home = http.send(java.net.http.HttpRequest.newBuilder(preview.url()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(home.body()).contains(ErrorOverlay.ID, "content/posts/a.md:3:7");
            HttpResponse<String> root = http.send(java.net.http.HttpRequest.newBuilder(
                    preview.url().resolve("/")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(root.headers().firstValue("Location")).hasValue("/blog/");
        }
    }

    @Test
    void templateErrorShowsItsFileAndLine() throws Exception {
        try (ReloadClient reloads = site.reloads()) {
            site.write("templates/post.peb", "{{ post.title }}\n{{ post.titel }}\n");
            assertThat(reloads.await("\"reload\"", 10)).as(site.log()).isNotNull();
            assertThat(site.get("/posts/alpha/").body()).contains("templates/post.peb:2: error: unknown attribute");
            Files.delete(root.resolve("templates/post.peb"));
            assertThat(reloads.await("\"reload\"", 10)).as(site.log()).isNotNull();
        }
        assertThat(site.get("/posts/alpha/").body()).doesNotContain(ErrorOverlay.ID).contains("Alpha body words.");
    }

    @Test
    void newRenamedAndDeletedFilesInNewFoldersArePickedUp() throws Exception {
        try (ReloadClient reloads = site.reloads()) {
            site.write("content/posts/2021/deep/d.md", PreviewFixture.post("Delta", "2021-01-01", "Notes", "z", "Deep."));
            assertThat(reloads.await("\"reload\"", 10)).as(site.log()).isNotNull();
            assertThat(site.get("/posts/delta/").body()).contains("Deep.");

            Files.move(root.resolve("content/posts/2021/deep/d.md"), root.resolve("content/posts/e.md"));
            Files.writeString(root.resolve("content/posts/e.md"),
                    PreviewFixture.post("Epsilon", "2021-01-01", "Notes", "z", "Moved."));
            assertThat(reloads.await("\"reload\"", 10)).as(site.log()).isNotNull();
            assertThat(site.get("/posts/delta/").statusCode()).isEqualTo(404);
            assertThat(site.get("/posts/epsilon/").body()).contains("Moved.");

            Files.delete(root.resolve("content/posts/e.md"));
            assertThat(reloads.await("\"reload\"", 10)).as(site.log()).isNotNull();
        }
        assertThat(site.get("/posts/epsilon/").statusCode()).isEqualTo(404);
    }

    @Test
    void aStylesheetChangeSwapsStylesInsteadOfReloading() throws Exception {
        try (ReloadClient reloads = site.reloads()) {
            site.write("content/extra.css", "body { color: black; }\n");
            assertThat(reloads.await("\"css\"", 10)).as("a new stylesheet alone: styles swapped").isNotNull();
            site.write("content/extra.css", "body { color: navy; }\n");
            assertThat(reloads.await("\"css\"", 10)).as(site.log()).contains("\"from\"");
            assertThat(reloads.next(0.5)).as("no reload as well").isNull();
        }
        assertThat(site.get("/extra.css").body()).contains("navy");
    }

    @Test
    void requestsDuringRebuildsGetTheOldPageOrTheNewOneWhole() throws Exception {
        Thread editor = new Thread(() -> {
            for (int i = 0; i < 30; i++) {
                site.write("content/posts/a.md", PreviewFixture.post("Alpha", "2020-01-01", "Notes", "x",
                        (i % 2 == 0 ? "Version A. " : "Version B. ").repeat(2000)));
                sleep(40);
            }
        });
        editor.start();
        int seen = 0;
        while (editor.isAlive()) {
            String body = site.get("/posts/alpha/").body();
            assertThat(body).endsWith("</html>\n").containsAnyOf("Version A.", "Version B.", "Alpha body words.");
            assertThat(body.contains("Version A.") && body.contains("Version B.")).isFalse();
            seen++;
        }
        editor.join();
        assertThat(seen).isGreaterThan(10);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void onlyServedPagesCarryTheLiveReloadScript() throws Exception {
        assertThat(site.get("/").body()).contains(PageInjector.SCRIPT_PATH);
        assertThat(site.preview.snapshot().files().values())
                .allSatisfy(bytes -> assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))
                        .doesNotContain("__leafpress"));
        HttpResponse<String> script = site.get(PageInjector.SCRIPT_PATH);
        assertThat(script.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(script.body()).contains("WebSocket");
    }
}
