package dev.leafpress.serve;

import java.util.Locale;

/**
 * Guards a preview bound to loopback against DNS rebinding: a web page on another site that
 * points its own host name at 127.0.0.1 could otherwise read the preview, drafts included. Only
 * requests naming this computer (localhost, *.localhost, 127.x.x.x, [::1]) are answered; a preview
 * bound to another address was opened to the network on purpose and answers any name.
 */
final class HostCheck {

    private final boolean loopbackOnly;

    HostCheck(boolean loopbackOnly) {
        this.loopbackOnly = loopbackOnly;
    }

    boolean allows(String hostHeader) {
        if (!loopbackOnly) {
            return true;
        }
        if (hostHeader == null) {
            return false;
        }
        String host = hostName(hostHeader.strip().toLowerCase(Locale.ROOT));
        return host.equals("localhost") || host.endsWith(".localhost") || host.equals("[::1]")
                || host.matches("127(\\.\\d{1,3}){3}");
    }

    /**
     * The live-reload socket: the Host as for any request, and an Origin (sent by browsers) that
     * names this computer too, so another site's page cannot listen in.
     */
    boolean allowsSocket(String hostHeader, String origin) {
        if (!allows(hostHeader)) {
            return false;
        }
        if (!loopbackOnly || origin == null) {
            return true;
        }
        int scheme = origin.indexOf("://");
        return scheme > 0 && allows(origin.substring(scheme + 3));
    }

    private static String hostName(String header) {
        if (header.startsWith("[")) {
            int close = header.indexOf(']');
            return close < 0 ? header : header.substring(0, close + 1);
        }
        int colon = header.indexOf(':');
        String host = colon < 0 ? header : header.substring(0, colon);
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }
}
