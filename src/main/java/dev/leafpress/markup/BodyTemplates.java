package dev.leafpress.markup;

import dev.leafpress.dialect.Dialect;
import java.util.List;

/**
 * Turns the template syntax of a body into plain Markdown before it is rendered: Liquid in
 * Jekyll posts, shortcodes in Hugo and Leafpress posts, link markers in Pelican posts. Lines
 * keep their numbers, so later messages still point at the author's line. Nothing is executed.
 */
public final class BodyTemplates {

    private BodyTemplates() {
    }

    /** @param file the body's file relative to {@code content/} */
    public static Converted convert(Dialect dialect, String body, String file, LinkTargets targets) {
        return convert(dialect, body, file, targets, false);
    }

    /**
     * As {@link #convert}, for a body that will be saved as a Leafpress post: Hugo's escaped
     * shortcodes stay escaped, since Leafpress reads shortcodes in its own posts too.
     */
    public static Converted convertForImport(Dialect dialect, String body, String file, LinkTargets targets) {
        return convert(dialect, body, file, targets, true);
    }

    private static Converted convert(Dialect dialect, String body, String file, LinkTargets targets,
                                     boolean keepEscapes) {
        return switch (dialect) {
            case JEKYLL -> LiquidTags.convert(body, file, targets);
            case PELICAN -> PelicanLinks.convert(body, file, targets);
            case HUGO, LEAFPRESS -> mayHaveShortcodes(body) ? HugoShortcodes.convert(body, file, targets, keepEscapes)
                    : new Converted(body, List.of());
        };
    }

    /** Whether {@code body} holds "{{<" or "{{%" (one pass); most bodies have none and skip the extra parse. */
    static boolean mayHaveShortcodes(String body) {
        for (int i = body.indexOf("{{"); i >= 0 && i + 2 < body.length(); i = body.indexOf("{{", i + 1)) {
            char next = body.charAt(i + 2);
            if (next == '<' || next == '%') {
                return true;
            }
        }
        return false;
    }
}
