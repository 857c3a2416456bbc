package dev.leafpress.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** No request reads a file outside the site's output, however the path is spelled. */
class PathSafetyTest {

    private static final String SECRET = "secret-marker-4711";

    @TempDir
    static Path tmp;
    private static PreviewFixture site;

    @BeforeAll
    static void start() throws Exception {
        Path root = tmp.resolve("site");
        Files.createDirectories(root);
        Files.writeString(tmp.resolve("outside.txt"), SECRET + "\n");
        Files.createDirectories(root.resolve("content/posts"));
        Files.createSymbolicLink(root.resolve("content/posts/leak.txt"), tmp.resolve("outside.txt"));
        Files.createSymbolicLink(root.resolve("content/posts/config.txt"), root.resolve("site.yaml"));
        Files.writeString(root.resolve("content/posts/fifty%.txt"), "a file with a percent sign\n");
        site = PreviewFixture.start(root, "https://example.org/");
        Files.writeString(root.resolve("site.yaml"), Files.readString(root.resolve("site.yaml")) + "# " + SECRET + "\n");
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../site.yaml", "/%2e%2e/site.yaml", "/..%2fsite.yaml", "/%2e%2e%2fsite.yaml",
            "/posts/..%2f..%2fsite.yaml", "/..\\site.yaml", "/%5c..%5csite.yaml", "/.%2e/site.yaml",
            "/posts/../../site.yaml", "/%2E%2E/%2E%2E/outside.txt", "/..%5c..%5coutside.txt", "/%00/../site.yaml",
            "//site.yaml", "/leak.txt", "/config.txt", "/posts/leak.txt", "/%252e%252e/site.yaml",
            "/%25%32%65%25%32%65/site.yaml"})
    void refusesPathsThatLeadOutside(String rawPath) throws Exception {
        String response = RawHttp.get(site.preview.port(), rawPath);
        assertThat(RawHttp.status(response)).as(response).isIn(400, 404);
        assertThat(response).doesNotContain(SECRET).doesNotContain("per_page");
    }

    @org.junit.jupiter.api.Test
    void aFileWithAPercentSignInItsNameIsServedUnderItsEncodedName() throws Exception {
        String response = RawHttp.get(site.preview.port(), "/fifty%25.txt");
        assertThat(RawHttp.status(response)).as(response).isEqualTo(200);
        assertThat(response).contains("a file with a percent sign");
    }
}
