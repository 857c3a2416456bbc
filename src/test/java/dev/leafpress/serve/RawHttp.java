package dev.leafpress.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/** Sends bytes no well-behaved client would send, and reads what comes back until the server closes. */
final class RawHttp {

    private RawHttp() {
    }

    /** What {@link #exchange} gives when the server closed the connection before the request was sent. */
    static final String CUT = "(connection closed by the server while the request was sent)";

    /**
     * The raw response to {@code request}, read until close or {@code timeoutMs} of silence. The
     * request is sent while the response is read: a server may answer a request that is too large
     * and close before it has all arrived, and the rest of the request then meets a closed socket.
     */
    static String exchange(int port, String request, int timeoutMs) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(timeoutMs);
            CompletableFuture<Boolean> sent = CompletableFuture.supplyAsync(() -> send(socket, request));
            String response = readAll(socket.getInputStream());
            return response.isEmpty() && sent.isDone() && !sent.join() ? CUT : response;
        }
    }

    private static boolean send(Socket socket, String request) {
        try {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return true;
        } catch (IOException closed) {
            return false;
        }
    }

    /** "GET path" with Connection: close, sent as written: nothing encoded or normalised. */
    static String get(int port, String rawPath) throws IOException {
        return exchange(port, "GET " + rawPath + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", 5000);
    }

    static int status(String response) {
        String[] parts = response.split(" ", 3);
        return parts.length > 1 && parts[0].startsWith("HTTP/") ? Integer.parseInt(parts[1]) : -1;
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException | java.net.SocketException e) {
            // Silence or a reset after the response: what arrived is the answer.
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
