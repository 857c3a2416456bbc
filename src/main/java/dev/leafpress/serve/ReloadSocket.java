package dev.leafpress.serve;

import org.eclipse.jetty.websocket.api.Session;

/** One tab's live-reload connection (public because Jetty calls it); incoming text is ignored. */
public final class ReloadSocket implements Session.Listener.AutoDemanding {

    private final ReloadHub hub;
    private Session session;

    ReloadSocket(ReloadHub hub) {
        this.hub = hub;
    }

    @Override
    public void onWebSocketOpen(Session opened) {
        this.session = opened;
        hub.opened(opened);
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason) {
        hub.closed(session);
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        if (session != null) {
            hub.closed(session);
        }
    }
}
