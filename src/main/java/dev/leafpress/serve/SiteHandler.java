package dev.leafpress.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers GET and HEAD from the current {@link SiteSnapshot}: folder URLs get their index.html,
 * {@code /foo} redirects to {@code /foo/} when that is a folder, unknown paths get the site's
 * 404.html with status 404. HTML is served with the live-reload script added; other files also
 * in byte ranges.
 */
final class SiteHandler extends Handler.Abstract {

    private final Supplier<SiteSnapshot> site;
    private final SiteFiles files;
    private final HostCheck hosts;

    SiteHandler(Supplier<SiteSnapshot> site, SiteFiles files, HostCheck hosts) {
        this.site = site;
        this.files = files;
        this.hosts = hosts;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String method = request.getMethod();
        boolean head = method.equals("HEAD");
        if (!head && !method.equals("GET")) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
            return send(response, callback, 405, "text/plain; charset=utf-8", bytes("method not allowed\n"), false);
        }
        if (!hosts.allows(request.getHeaders().get(HttpHeader.HOST))) {
            return send(response, callback, 403, "text/plain; charset=utf-8", bytes("This preview only answers "
                    + "requests for localhost or 127.0.0.1 (start it with --bind to open it to other names).\n"), head);
        }
        String raw = request.getHttpURI().getPath();
        if (raw.equals(PageInjector.SCRIPT_PATH)) {
            return send(response, callback, 200, "text/javascript; charset=utf-8", files.liveReloadScript(), head);
        }
        Optional<String> path = RequestPath.decode(raw);
        if (path.isEmpty()) {
            return send(response, callback, 400, "text/plain; charset=utf-8", bytes("bad request path\n"), head);
        }
        SiteSnapshot snapshot = site.get();
        SiteFiles.Found found = files.find(snapshot, path.get(), raw);
        if (found.redirect() != null) {
            String query = request.getHttpURI().getQuery();
            response.getHeaders().put(HttpHeader.LOCATION, found.redirect() + (query == null ? "" : "?" + query));
            return send(response, callback, 302, "text/plain; charset=utf-8", bytes("moved\n"), head);
        }
        if (MediaTypes.isHtml(found.type())) {
            return send(response, callback, found.status(), found.type(), PageInjector.inject(found.bytes(), snapshot),
                    head);
        }
        return sendFile(request, response, callback, found, head);
    }

    /** A file as it is, or the one byte range the request asks for. */
    private static boolean sendFile(Request request, Response response, Callback callback, SiteFiles.Found found,
                                    boolean head) {
        byte[] body = found.bytes();
        if (found.status() != 200) {
            return send(response, callback, found.status(), found.type(), body, head);
        }
        response.getHeaders().put(HttpHeader.ACCEPT_RANGES, "bytes");
        // No validators are sent, so an If-Range can never match: the whole file, as HTTP says.
        Optional<ByteRange> range = request.getHeaders().get(HttpHeader.IF_RANGE) != null ? Optional.empty()
                : ByteRange.of(request.getHeaders().get(HttpHeader.RANGE), body.length);
        if (range.isEmpty()) {
            return send(response, callback, 200, found.type(), body, head);
        }
        if (!range.get().satisfiable()) {
            response.getHeaders().put(HttpHeader.CONTENT_RANGE, "bytes */" + body.length);
            return send(response, callback, 416, found.type(), new byte[0], head);
        }
        int start = (int) range.get().start();
        int end = (int) range.get().end();
        response.getHeaders().put(HttpHeader.CONTENT_RANGE, "bytes " + start + "-" + end + "/" + body.length);
        return send(response, callback, 206, found.type(), Arrays.copyOfRange(body, start, end + 1), head);
    }

    private static boolean send(Response response, Callback callback, int status, String type, byte[] body,
                                boolean head) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, head ? null : ByteBuffer.wrap(body), callback);
        return true;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
