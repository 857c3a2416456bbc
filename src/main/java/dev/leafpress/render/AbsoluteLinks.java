package dev.leafpress.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the {@code href} and {@code src} attributes of an HTML fragment against the URL of
 * the page it belongs to, for feeds: a reader shows the fragment far from the site, where
 * {@code /blog/posts/x/}, {@code img.png} or {@code #fn-1} would point nowhere.
 */
final class AbsoluteLinks {

    private static final Pattern ATTRIBUTE = Pattern.compile(
            "(\\s(?:href|src)\\s*=\\s*)(\"([^\"]*)\"|'([^']*)')", Pattern.CASE_INSENSITIVE);

    private AbsoluteLinks() {
    }

    /** {@code html} with every link resolved against {@code pageUrl}; links that do not parse stay as written. */
    static String resolve(String html, String pageUrl) {
        URI base = URI.create(pageUrl);
        Matcher m = ATTRIBUTE.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 256);
        while (m.find()) {
            boolean doubleQuoted = m.group(3) != null;
            String value = doubleQuoted ? m.group(3) : m.group(4);
            String quote = doubleQuoted ? "\"" : "'";
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + quote + resolve(base, value) + quote));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String resolve(URI base, String reference) {
        String raw = reference.replace("&amp;", "&");
        try {
            return base.resolve(new URI(raw)).toString().replace("&", "&amp;");
        } catch (URISyntaxException | IllegalArgumentException e) {
            return reference;
        }
    }
}
