package dev.leafpress.serve;

import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * The open live-reload connections, one per browser tab, and the messages sent to them:
 * {@code hello} on connect (with the current version, so a tab that missed a change reloads),
 * {@code reload}, and {@code css} when only stylesheets changed. A tab whose sends fail is dropped.
 */
final class ReloadHub {

    private final Set<Session> sessions = ConcurrentHashMap.newKeySet();
    private final LongSupplier version;

    ReloadHub(LongSupplier version) {
        this.version = version;
    }

    void opened(Session session) {
        sessions.add(session);
        send(session, message("hello", version.getAsLong(), -1));
    }

    void closed(Session session) {
        sessions.remove(session);
    }

    /** Tells every tab to reload to {@code newVersion}. */
    void reload(long newVersion) {
        broadcast(message("reload", newVersion, -1));
    }

    /** Tells every tab at {@code from} to swap its stylesheets; tabs at another version reload. */
    void styles(long from, long newVersion) {
        broadcast(message("css", newVersion, from));
    }

    /** Keeps idle connections open through proxies and finds tabs that went away. */
    void ping() {
        sessions.forEach(s -> s.sendPing(ByteBuffer.allocate(0), Callback.from(() -> { }, e -> drop(s))));
    }

    int size() {
        return sessions.size();
    }

    private void broadcast(String text) {
        sessions.forEach(s -> send(s, text));
    }

    private void send(Session session, String text) {
        session.sendText(text, Callback.from(() -> { }, e -> drop(session)));
    }

    private void drop(Session session) {
        sessions.remove(session);
        session.close();
    }

    private static String message(String type, long version, long from) {
        return String.format(Locale.ROOT, from < 0 ? "{\"type\":\"%s\",\"version\":%d}"
                : "{\"type\":\"%s\",\"version\":%d,\"from\":%d}", type, version, from);
    }
}
