package dev.leafpress.markup;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hugo's shortcodes in a body: {@code highlight}, {@code figure}, {@code ref} and {@code relref},
 * in both the {@code {{< >}}} and {@code {{% %}}} forms. Others stay visible with a warning; Hugo's
 * escaped form (a comment just inside the delimiters) shows the shortcode as text. Code samples
 * are left as written.
 */
final class HugoShortcodes {

    private static final Pattern SHORTCODE = Pattern.compile(
            "\\{\\{([<%])\\s*(/\\*)?\\s*(/?)\\s*([A-Za-z0-9_.-]+)((?:[^\\n}]|}(?!}))*?)\\s*(\\*/)?\\s*([>%])}}");

    private HugoShortcodes() {
    }

    /** @param keepEscapes true when the result is read again as Leafpress Markdown, which reads shortcodes too */
    static Converted convert(String body, String file, LinkTargets targets, boolean keepEscapes) {
        Rewrite r = new Rewrite(body, file, targets);
        Matcher m = SHORTCODE.matcher(body);
        int from = 0;
        while (m.find(from)) {
            from = m.end();
            if (m.group(2) != null && m.group(6) != null) {
                if (keepEscapes) {
                    continue;
                }
                r.replace(m.start(), m.end(), "{{" + m.group(1) + " " + m.group(3) + m.group(4) + m.group(5) + " "
                        + m.group(7) + "}}");
            } else if (!r.isCode(m.start())) {
                from = shortcode(r, m, m.group(3).isEmpty() ? m.group(4) : "/" + m.group(4));
            }
        }
        return r.finish();
    }

    private static int shortcode(Rewrite r, Matcher m, String name) {
        ShortcodeArgs args = ShortcodeArgs.parse(m.group(5));
        switch (name) {
            case "highlight" -> {
                return highlight(r, m, args);
            }
            case "figure" -> r.replace(m.start(), m.end(), Figure.html(args, r));
            case "ref", "relref" -> ref(r, m, args.get("path", 0));
            default -> r.note(m.start(), "unsupported Hugo shortcode '" + m.group() + "' (left as written)");
        }
        return m.end();
    }

    private static int highlight(Rewrite r, Matcher open, ShortcodeArgs args) {
        Matcher close = Pattern.compile("\\{\\{[<%]\\s*/\\s*highlight\\s*[>%]}}").matcher(r.text);
        if (!close.find(open.end()) || !r.lines.aloneOnLine(open.start(), open.end())
                || !r.lines.aloneOnLine(close.start(), close.end())) {
            r.note(open.start(), "'{{< highlight >}}' and '{{< /highlight >}}' must each be on a line of their own"
                    + " to become a code block (left as written)");
            return open.end();
        }
        String content = r.text.substring(open.end(), close.start());
        String fence = Rewrite.fence(content);
        String language = args.get("lang", 0) == null ? "" : args.get("lang", 0);
        r.replace(open.start(), open.end(), fence + language);
        r.replace(close.start(), close.end(), fence);
        return close.end();
    }

    private static void ref(Rewrite r, Matcher m, String path) {
        if (path == null) {
            r.note(m.start(), "'" + m.group() + "' names no page (left as written)");
            return;
        }
        int hash = path.indexOf('#');
        String page = hash < 0 ? path : path.substring(0, hash);
        String anchor = hash < 0 ? "" : path.substring(hash);
        Optional<String> target = page.isEmpty() ? Optional.of(r.file) : find(r, page);
        if (target.isPresent()) {
            r.replace(m.start(), m.end(), r.targets.link(r.file, target.get()).replace(" ", "%20") + anchor);
        } else {
            r.note(m.start(), "'" + m.group() + "': no page '" + page + "' in content/ (left as written)");
        }
    }

    /** As Hugo looks: from the page's folder, from content/, then by name. */
    private static Optional<String> find(Rewrite r, String page) {
        return ContentPaths.resolve(r.file, page).flatMap(p -> ContentPaths.existing(r.targets.files(), p))
                .or(() -> ContentPaths.resolve("", page).flatMap(p -> ContentPaths.existing(r.targets.files(), p)))
                .or(() -> ContentPaths.byName(r.targets.files(), page));
    }
}
