package dev.leafpress.serve;

import dev.leafpress.diag.Diagnostic;
import java.util.List;

/** The box laid over every page while the site has errors: one {@code file:line: message} each. */
final class ErrorOverlay {

    static final String ID = "leafpress-errors";

    private ErrorOverlay() {
    }

    static String html(List<Diagnostic> errors) {
        StringBuilder html = new StringBuilder(512);
        html.append("<div id=\"").append(ID).append("\" role=\"alert\" style=\"position:fixed;inset:0;")
                .append("z-index:2147483647;overflow:auto;margin:0;padding:2rem;background:rgba(24,4,4,.94);")
                .append("color:#fff;font:15px/1.5 ui-monospace,Menlo,Consolas,monospace;text-align:left\">")
                .append("<p style=\"margin:0 0 1rem;font-weight:bold;color:#ff9b9b\">Leafpress: the site has ")
                .append(errors.size()).append(errors.size() == 1 ? " problem" : " problems")
                .append(" (the last good version is shown underneath)</p><ul style=\"margin:0;padding:0;list-style:none\">");
        for (Diagnostic d : errors) {
            html.append("<li style=\"margin:0 0 .5rem;white-space:pre-wrap\">").append(escape(d.toString()))
                    .append("</li>");
        }
        return html.append("</ul><p style=\"margin:1rem 0 0;color:#ccc\">Fix the file and save: this page ")
                .append("reloads by itself.</p></div>").toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
