package dev.leafpress.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the {@code href}, {@code src}, {@code poster} and {@code srcset} attributes of an HTML
 * fragment against the URL of the page it belongs to. Feeds need every link absolute: a reader
 * shows the fragment far from the site, where {@code /blog/posts/x/}, {@code img.png} or
 * {@code #fn-1} would point nowhere. Excerpts on listing pages need page-relative links anchored
 * to their post: {@code img.png} or {@code #setup} on the home page would point at the home page.
 */
public final class AbsoluteLinks {

    /** An unquoted href, src or poster inside a tag ({@code <img src=pic.png>}); code text has no raw "<". */
    private static final Pattern UNQUOTED = Pattern.compile(
            "(<[a-zA-Z](?:[^<>\"']|\"[^\"]*\"|'[^']*')*?\\s(?:href|src|poster)\\s*=\\s*)([^\\s\"'=<>`]+)", Pattern.CASE_INSENSITIVE);
    /** One candidate of a srcset: spaces, the URL, and its descriptor ("2x", "480w") up to the comma. */
    private static final Pattern CANDIDATE = Pattern.compile("(\\s*)([^\\s,]+)([^,]*)");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private AbsoluteLinks() {
    }

    /** {@code html} with every link resolved against {@code pageUrl}; links that do not parse stay as written. */
    public static String resolve(String html, String pageUrl) {
        URI base = URI.create(pageUrl);
        return rewrite(html, value -> resolve(base, value));
    }

    /**
     * {@code html} with its page-relative links ({@code img.png}, {@code ../x/}, {@code #part})
     * resolved against {@code pagePath}, a site path such as {@code /blog/posts/a/}; links with
     * a scheme or a leading "/" stay as written.
     */
    public static String anchored(String html, String pagePath) {
        if (html.indexOf("href") < 0 && html.indexOf("src") < 0 && html.indexOf("poster") < 0) {
            return html;
        }
        URI base = URI.create(pagePath);
        return rewrite(html, value -> value.startsWith("/") || SCHEME.matcher(value).find() ? value
                : resolve(base, value));
    }

    private static String rewrite(String html, UnaryOperator<String> link) {
        String text = quoted(html);
        LinkAttributes attributes = new LinkAttributes(text);
        StringBuilder out = new StringBuilder(text.length() + 256);
        int copied = 0;
        for (LinkAttributes.Found a = attributes.next(); a != null; a = attributes.next()) {
            String value = text.substring(a.valueStart(), a.valueEnd());
            out.append(text, copied, a.valueStart())
                    .append(a.name().equalsIgnoreCase("srcset") ? srcset(value, link) : link.apply(value));
            copied = a.valueEnd();
        }
        return out.append(text, copied, text.length()).toString();
    }

    /**
     * {@code html} with unquoted link attributes put in double quotes (the same HTML), so that
     * they are rewritten like the rest. Each round quotes one attribute per tag.
     */
    private static String quoted(String html) {
        if (!LinkAttributes.mayHaveUnquoted(html)) {
            return html;
        }
        String current = html;
        for (Matcher m = UNQUOTED.matcher(current); m.find(); m = UNQUOTED.matcher(current)) {
            current = m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + "\"" + r.group(2) + "\""));
        }
        return current;
    }

    /** Each image URL of a srcset list; one with a data: URL (commas inside) stays as written. */
    private static String srcset(String value, UnaryOperator<String> link) {
        if (value.toLowerCase(java.util.Locale.ROOT).contains("data:")) {
            return value;
        }
        Matcher candidate = CANDIDATE.matcher(value);
        StringBuilder out = new StringBuilder(value.length() + 64);
        while (candidate.find()) {
            candidate.appendReplacement(out, Matcher.quoteReplacement(candidate.group(1)
                    + link.apply(candidate.group(2)) + candidate.group(3)));
        }
        candidate.appendTail(out);
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
