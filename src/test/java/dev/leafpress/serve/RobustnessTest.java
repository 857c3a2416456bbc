package dev.leafpress.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad clients get an error or nothing, and the server keeps serving everyone else. */
class RobustnessTest {

    @TempDir
    static Path root;
    private static PreviewFixture site;

    @BeforeAll
    static void start() throws Exception {
        site = PreviewFixture.start(root, "https://example.org/");
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static int port() {
        return site.preview.port();
    }

    private static void stillServes() throws Exception {
        assertThat(site.get("/posts/alpha/").statusCode()).isEqualTo(200);
    }

    @Test
    void malformedRequestsGet400() throws Exception {
        for (String request : List.of("GARBAGE\r\n\r\n", "GET\r\n\r\n", "GET / HTTP/9.9\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: x\r\nBad Header Line\r\n\r\n", "\u0000\u0001\u0002\r\n\r\n",
                "GET /%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")) {
            String response = RawHttp.exchange(port(), request, 3000);
            assertThat(RawHttp.status(response)).as(request).isBetween(400, 505);
        }
        stillServes();
    }

    @Test
    void veryLongUrlsAndHeadersAreRefused() throws Exception {
        String longUrl = "GET /" + "a".repeat(200_000) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
        assertRefused(RawHttp.exchange(port(), longUrl, 5000), 400, 414, 431);
        String longHeader = "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(200_000) + "\r\nConnection: close\r\n\r\n";
        assertRefused(RawHttp.exchange(port(), longHeader, 5000), 400, 431);
        StringBuilder many = new StringBuilder("GET / HTTP/1.1\r\nHost: x\r\n");
        for (int i = 0; i < 5000; i++) {
            many.append("X-H").append(i).append(": v\r\n");
        }
        assertRefused(RawHttp.exchange(port(), many + "Connection: close\r\n\r\n", 5000), 400, 431);
        stillServes();
    }

    /** Answered with one of {@code statuses}, or cut off by the server before it was all sent. */
    private static void assertRefused(String response, Integer... statuses) {
        if (!response.equals(RawHttp.CUT)) {
            assertThat(RawHttp.status(response)).as(response.lines().findFirst().orElse("")).isIn((Object[]) statuses);
        }
    }

    @Test
    void slowAndVanishingClientsDoNotBlockOthers() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 100; i++) {
                Socket socket = new Socket();
                socket.connect(new InetSocketAddress("127.0.0.1", port()), 5000);
                socket.getOutputStream().write("GET /posts/alpha/ HTTP/1.1\r\nHo".getBytes(StandardCharsets.US_ASCII));
                slow.add(socket);
            }
            for (int i = 0; i < 50; i++) {
                try (Socket gone = new Socket()) {
                    gone.connect(new InetSocketAddress("127.0.0.1", port()), 5000);
                    OutputStream out = gone.getOutputStream();
                    out.write(("GET /archives/ HTTP/1.1\r\nHost: x\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    gone.setSoLinger(true, 0);
                }
            }
            for (int i = 0; i < 20; i++) {
                stillServes();
            }
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
        stillServes();
    }

    @Test
    void aFailedRebuildDoesNotStopTheServer() throws Exception {
        try (ReloadClient reloads = site.reloads()) {
            site.write("site.yaml", "title: [unclosed\n");
            assertThat(reloads.await("\"reload\"", 10)).isNotNull();
            assertThat(site.get("/posts/alpha/").body()).contains(ErrorOverlay.ID, "site.yaml:");
            site.write("site.yaml", "title: Preview test\nbase_url: https://example.org/\ntimezone: UTC\nper_page: 2\n");
            assertThat(reloads.await("\"reload\"", 10)).isNotNull();
        }
        assertThat(site.get("/posts/alpha/").body()).doesNotContain(ErrorOverlay.ID);
    }
}
