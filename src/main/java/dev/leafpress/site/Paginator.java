package dev.leafpress.site;

import java.util.ArrayList;
import java.util.List;

/** Splits a listing into pages: {@code first/}, {@code first/page/2/}, ... (no {@code page/1/}). */
public final class Paginator {

    /** One page of a listing. */
    public record Slice(String path, List<Post> posts, Pagination pagination) {
        public Slice {
            posts = List.copyOf(posts);
        }
    }

    private Paginator() {
    }

    /**
     * @param firstPath site-relative path of page 1, "" or ending in "/"
     * @param basePath  the site's base path, prefixed to URLs
     */
    public static List<Slice> paginate(List<Post> posts, int perPage, String firstPath, String basePath) {
        int total = Math.max(1, (posts.size() + perPage - 1) / perPage);
        List<Slice> slices = new ArrayList<>(total);
        for (int n = 1; n <= total; n++) {
            List<Post> items = posts.subList(Math.min(posts.size(), (n - 1) * perPage),
                    Math.min(posts.size(), n * perPage));
            Pagination pagination = new Pagination(n, total, basePath + pagePath(firstPath, n),
                    n > 1 ? basePath + pagePath(firstPath, n - 1) : null,
                    n < total ? basePath + pagePath(firstPath, n + 1) : null);
            slices.add(new Slice(pagePath(firstPath, n), items, pagination));
        }
        return slices;
    }

    static String pagePath(String firstPath, int n) {
        return n == 1 ? firstPath : firstPath + "page/" + n + "/";
    }
}
