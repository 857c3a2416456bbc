package dev.leafpress.serve;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * The HTTP side of the preview: embedded Jetty serving the current snapshot, with the
 * live-reload WebSocket at {@value #SOCKET_PATH}. Jetty's non-blocking connector means an open
 * tab or a slow client costs no thread; its parser limits request headers and URLs and answers
 * malformed requests with 400 or 431 before they reach Leafpress.
 */
final class PreviewServer implements AutoCloseable {

    static final String SOCKET_PATH = "/__leafpress/live";

    private final Server server;
    private final ServerConnector connector;

    private PreviewServer(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /** Starts serving; throws {@link java.io.IOException} wrapped when the port is taken. */
    static PreviewServer start(String bind, int port, Supplier<SiteSnapshot> site, SiteFiles files, ReloadHub hub)
            throws Exception {
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("leafpress-http");
        threads.setDaemon(true);
        Server server = new Server(threads);
        server.setStopTimeout(0);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(httpConfig()));
        connector.setHost(bind);
        connector.setPort(port);
        connector.setIdleTimeout(30_000);
        server.addConnector(connector);
        HostCheck hosts = new HostCheck(isLoopback(bind));
        WebSocketUpgradeHandler sockets = WebSocketUpgradeHandler.from(server, container -> {
            container.setIdleTimeout(Duration.ofSeconds(75));
            container.setMaxTextMessageSize(4096);
            container.setMaxOutgoingFrames(64);
            container.addMapping(SOCKET_PATH, (request, response, callback) -> {
                if (!hosts.allowsSocket(request.getHeaders().get(HttpHeader.HOST),
                        request.getHeaders().get(HttpHeader.ORIGIN))) {
                    Response.writeError(request, response, callback, 403);
                    return null;
                }
                return new ReloadSocket(hub);
            });
        });
        sockets.setHandler(new SiteHandler(site, files, hosts));
        server.setHandler(sockets);
        ErrorHandler errors = new ErrorHandler();
        errors.setShowStacks(false);
        errors.setShowMessageInTitle(false);
        server.setErrorHandler(errors);
        try {
            server.start();
        } catch (Exception e) {
            server.stop();
            throw e;
        }
        return new PreviewServer(server, connector);
    }

    private static boolean isLoopback(String bind) {
        try {
            return java.net.InetAddress.getByName(bind).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    private static HttpConfiguration httpConfig() {
        HttpConfiguration config = new HttpConfiguration();
        config.setRequestHeaderSize(16 * 1024);
        config.setSendServerVersion(false);
        config.setSendXPoweredBy(false);
        // "%25" (a file named "50%.png") is refused by Jetty's default as ambiguous; RequestPath
        // decodes the raw path exactly once, so it is safe to take here.
        config.setUriCompliance(UriCompliance.DEFAULT.with("LEAFPRESS",
                UriCompliance.Violation.AMBIGUOUS_PATH_ENCODING));
        return config;
    }

    /** The port actually bound (useful with port 0). */
    int port() {
        return connector.getLocalPort();
    }

    InetSocketAddress address() {
        return new InetSocketAddress(connector.getHost(), port());
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop the preview server: " + e.getMessage(), e);
        }
    }
}
