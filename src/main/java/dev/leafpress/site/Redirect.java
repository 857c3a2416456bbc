package dev.leafpress.site;

/**
 * An old URL that sends readers on to a post or page.
 *
 * @param alias  the old site path as made from {@code aliases}: {@code old/} or {@code 2014/old.html}
 * @param target the site path of the post or page, e.g. {@code posts/hello/}
 * @param source the file whose front matter asked for it
 */
public record Redirect(String alias, String target, String title, String source) {

    /** The file the redirect page is written to. */
    public String file() {
        return Permalinks.file(alias);
    }
}
