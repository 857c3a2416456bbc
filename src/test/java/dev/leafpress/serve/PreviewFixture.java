package dev.leafpress.serve;

import dev.leafpress.build.BuildOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** A small site in a temporary folder, previewed on a free port, with an HTTP client for it. */
final class PreviewFixture implements AutoCloseable {

    final Path root;
    final Preview preview;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    private PreviewFixture(Path root, BuildOptions options) throws Exception {
        this.root = root;
        this.preview = Preview.start(new ServeOptions(options, "127.0.0.1", 0),
                new PrintStream(log, true, StandardCharsets.UTF_8));
    }

    /** Writes a three-post site (base URL {@code baseUrl}) into {@code root} and previews it. */
    static PreviewFixture start(Path root, String baseUrl) throws Exception {
        write(root, "site.yaml", "title: Preview test\nbase_url: " + baseUrl + "\ntimezone: UTC\nper_page: 2\n");
        write(root, "content/posts/a.md", post("Alpha", "2020-01-01", "Notes", "x", "Alpha body words."));
        write(root, "content/posts/b.md", post("Beta", "2020-02-01", "Notes", "y", "Beta body words."));
        write(root, "content/posts/c.md", post("Gamma", "2020-03-01", "Misc", "x", "Gamma body words."));
        write(root, "content/pages/about.md", "---\ntitle: About\n---\nAbout us.\n");
        return new PreviewFixture(root, BuildOptions.of(root));
    }

    static String post(String title, String date, String category, String tag, String body) {
        return "---\ntitle: " + title + "\ndate: " + date + "\ncategory: " + category + "\ntags: [" + tag + "]\n---\n"
                + body + "\n";
    }

    static void write(Path root, String file, String text) {
        try {
            Path path = root.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(String file, String text) {
        write(root, file, text);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + preview.port() + path);
    }

    ReloadClient reloads() throws InterruptedException {
        ReloadClient client = new ReloadClient(http, preview.port());
        if (client.await("hello", 10) == null) {
            throw new IllegalStateException("no hello from the live-reload channel");
        }
        return client;
    }

    String log() {
        return log.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        preview.close();
    }
}
