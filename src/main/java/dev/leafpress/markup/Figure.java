package dev.leafpress.markup;

import java.util.Optional;

/** Hugo's {@code figure} shortcode as one line of HTML, its image resolved like a Markdown link. */
final class Figure {

    private Figure() {
    }

    static String html(ShortcodeArgs args, Rewrite r) {
        String src = args.get("src", 0) == null ? "" : args.get("src", 0);
        String alt = Optional.ofNullable(args.named().get("alt")).orElse(Optional.ofNullable(args.named().get("title"))
                .orElse(""));
        StringBuilder html = new StringBuilder("<figure>");
        String img = "<img src=\"" + attr(resolve(src, r)) + "\" alt=\"" + attr(alt) + "\""
                + size(args, "width") + size(args, "height") + ">";
        String link = args.named().get("link");
        html.append(link == null ? img : "<a href=\"" + attr(link) + "\">" + img + "</a>");
        String title = args.named().get("title");
        String caption = args.named().get("caption");
        if (title != null || caption != null) {
            html.append("<figcaption>");
            if (title != null) {
                html.append(caption == null ? attr(title) : "<strong>" + attr(title) + "</strong> ");
            }
            html.append(caption == null ? "" : attr(caption)).append("</figcaption>");
        }
        return html.append("</figure>").toString();
    }

    /** A file beside the post, or under content/ for "/x.png", becomes its site URL. */
    private static String resolve(String src, Rewrite r) {
        if (src.contains("://") || src.startsWith("//") || src.isEmpty()) {
            return src;
        }
        return ContentPaths.resolve(r.file, src).filter(r.targets.files()::contains).flatMap(r.targets::url)
                .orElse(src);
    }

    private static String size(ShortcodeArgs args, String name) {
        String value = args.named().get(name);
        return value == null ? "" : " " + name + "=\"" + attr(value) + "\"";
    }

    static String attr(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
