package dev.leafpress.serve;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A live-reload listener as a test sees it: the JDK's WebSocket client, messages in a queue. */
public final class ReloadClient implements AutoCloseable {

    private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    private final WebSocket socket;

    public ReloadClient(HttpClient http, int port) {
        this.socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/__leafpress/live"), new WebSocket.Listener() {
                    private final StringBuilder text = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        text.append(data);
                        if (last) {
                            messages.add(text.toString());
                            text.setLength(0);
                        }
                        webSocket.request(1);
                        return null;
                    }
                }).join();
    }

    /** The next message, or null after {@code seconds}. */
    public String next(double seconds) throws InterruptedException {
        return messages.poll((long) (seconds * 1000), TimeUnit.MILLISECONDS);
    }

    /** The next message whose text contains {@code part}, skipping others; null on timeout. */
    public String await(String part, double seconds) throws InterruptedException {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        for (long left = end - System.nanoTime(); left > 0; left = end - System.nanoTime()) {
            String message = messages.poll(left, TimeUnit.NANOSECONDS);
            if (message != null && message.contains(part)) {
                return message;
            }
        }
        return null;
    }

    public void clear() {
        messages.clear();
    }

    @Override
    public void close() {
        socket.abort();
    }
}
