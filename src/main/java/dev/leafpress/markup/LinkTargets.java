package dev.leafpress.markup;

import java.util.Optional;
import java.util.Set;

/**
 * What template tags in a body can point at: the content files by their path relative to
 * {@code content/}, and the site's URLs. A build and an import answer differently, since an
 * import moves files.
 */
public interface LinkTargets {

    /** Every content file, content-relative: {@code _posts/2014-06-28-a.md}, {@code images/x.png}. */
    Set<String> files();

    /** The link to write in Markdown from {@code from} to {@code target}, both content files. */
    String link(String from, String target);

    /** The URL of a copied file with the base path, for raw HTML; empty when it is not copied. */
    Optional<String> url(String target);

    /** "/" or "/blog/". */
    String basePath();

    /** The scheme and host of the base URL ({@code https://example.org}), or "". */
    String origin();

    /** The URL of a category or tag page: {@code kind} is "category" or "tag". */
    String termUrl(String kind, String name);
}
