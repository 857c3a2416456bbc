package dev.leafpress.render;

import dev.leafpress.config.SiteConfig;
import dev.leafpress.site.Redirect;
import java.nio.charset.StandardCharsets;

/**
 * The small page written at an old URL: a meta refresh to the new one, and a canonical link so
 * search engines move their listing too. It needs no template, so every theme gets it.
 */
public final class RedirectPage {

    private RedirectPage() {
    }

    public static RenderedPage render(Redirect redirect, SiteConfig config) {
        String target = config.basePath() + redirect.target();
        String canonical = config.baseUrl().isEmpty() ? target : config.baseUrl() + redirect.target();
        String title = escape(redirect.title());
        String html = "<!DOCTYPE html>\n"
                + "<html lang=\"" + escape(config.language()) + "\">\n"
                + "<head>\n"
                + "<meta charset=\"utf-8\">\n"
                + "<title>Moved: " + title + "</title>\n"
                + "<link rel=\"canonical\" href=\"" + escape(canonical) + "\">\n"
                + "<meta name=\"robots\" content=\"noindex\">\n"
                + "<meta http-equiv=\"refresh\" content=\"0; url=" + escape(target) + "\">\n"
                + "</head>\n"
                + "<body>\n"
                + "<p>This page has moved to <a href=\"" + escape(target) + "\">" + title + "</a>.</p>\n"
                + "</body>\n"
                + "</html>\n";
        return new RenderedPage(redirect.file(), html.getBytes(StandardCharsets.UTF_8));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
