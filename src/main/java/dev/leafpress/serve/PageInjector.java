package dev.leafpress.serve;

import java.nio.charset.StandardCharsets;

/**
 * Adds the live-reload script (and the error overlay, when there are errors) to an HTML page as
 * it is served. Only the preview does this: built files never contain the script.
 */
final class PageInjector {

    static final String SCRIPT_PATH = "/__leafpress/live-reload.js";

    private PageInjector() {
    }

    static byte[] inject(byte[] page, SiteSnapshot site) {
        StringBuilder extra = new StringBuilder(256);
        if (!site.errors().isEmpty()) {
            extra.append(ErrorOverlay.html(site.errors()));
        }
        extra.append("<script src=\"").append(SCRIPT_PATH).append("\" data-version=\"").append(site.version())
                .append("\"></script>\n");
        byte[] insert = extra.toString().getBytes(StandardCharsets.UTF_8);
        int at = insertionPoint(page);
        byte[] out = new byte[page.length + insert.length];
        System.arraycopy(page, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(page, at, out, at + insert.length, page.length - at);
        return out;
    }

    /** Before the last {@code </body>}, else before {@code </html>}, else at the end. */
    private static int insertionPoint(byte[] page) {
        int body = lastIndexOfIgnoreCase(page, "</body");
        if (body >= 0) {
            return body;
        }
        int html = lastIndexOfIgnoreCase(page, "</html");
        return html >= 0 ? html : page.length;
    }

    private static int lastIndexOfIgnoreCase(byte[] page, String tag) {
        outer:
        for (int i = page.length - tag.length(); i >= 0; i--) {
            for (int j = 0; j < tag.length(); j++) {
                if (Character.toLowerCase((char) page[i + j]) != tag.charAt(j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
