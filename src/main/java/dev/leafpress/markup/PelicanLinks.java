package dev.leafpress.markup;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pelican's link markers: {@code {filename}}, {@code {static}}, {@code {attach}} (also written
 * {@code |filename|}) before a content path, and {@code {tag}}, {@code {category}}, {@code {index}}.
 * In Markdown they become relative links that the build resolves; in raw HTML, site URLs.
 */
final class PelicanLinks {

    private static final Pattern MARKER = Pattern.compile(
            "(?:\\{(filename|static|attach|tag|category|index|author)}|\\|(filename|static|attach|tag|category|index|author)\\|)"
                    + "([^\\s)\"'<>#?]*)");

    private PelicanLinks() {
    }

    static Converted convert(String body, String file, LinkTargets targets) {
        Converted blocks = CodeHilite.convert(body);
        Rewrite r = new Rewrite(blocks.markdown(), file, targets);
        Matcher m = MARKER.matcher(r.text);
        while (m.find()) {
            if (!r.isCode(m.start())) {
                marker(r, m, m.group(1) != null ? m.group(1) : m.group(2), m.group(3));
            }
        }
        return r.finish();
    }

    private static void marker(Rewrite r, Matcher m, String kind, String path) {
        switch (kind) {
            case "index" -> r.replace(m.start(), m.start() + kind.length() + 2, r.targets.basePath());
            case "tag", "category" -> r.replace(m.start(), m.end(), r.targets.termUrl(kind, path));
            case "author" -> r.note(m.start(), "Leafpress has no author pages: '" + m.group() + "' is left as written");
            default -> file(r, m, path);
        }
    }

    private static void file(Rewrite r, Matcher m, String path) {
        Optional<String> target = ContentPaths.resolve(r.file, path).filter(r.targets.files()::contains);
        if (target.isEmpty()) {
            r.note(m.start(), "'" + m.group() + "' names no file in content/ (left as written)");
            return;
        }
        boolean html = m.start() > 0 && (r.text.charAt(m.start() - 1) == '"' || r.text.charAt(m.start() - 1) == '\'');
        Optional<String> url = html ? r.targets.url(target.get()) : Optional.empty();
        r.replace(m.start(), m.end(), url.orElseGet(() -> r.targets.link(r.file, target.get())));
    }
}
