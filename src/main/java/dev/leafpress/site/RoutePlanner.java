package dev.leafpress.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Decides every page of the site: index, posts, pages, taxonomies, lists and archives. */
public final class RoutePlanner {

    /** The page GitHub Pages (and most hosts) serve for a missing URL. */
    public static final String NOT_FOUND = "404.html";

    private RoutePlanner() {
    }

    /** Every page that has a URL of its own, as listed in the sitemap. */
    public static List<Route> plan(Site site) {
        PageMetas metas = new PageMetas(site);
        List<Route> routes = new ArrayList<>();
        String base = site.config().basePath();
        int perPage = site.config().perPage();
        for (Paginator.Slice slice : Paginator.paginate(site.posts(), perPage, "", base)) {
            routes.add(listing(slice, "index", Map.of(), "the index",
                    metas.listing(pageTitle(site.config().title(), slice), slice.path(), site.posts(), List.of())));
        }
        addPosts(site.posts(), metas, routes);
        site.pages().forEach(p -> routes.add(
                new Route(p.path(), "page", Map.of("page", p), p.source(), metas.page(p))));
        addTaxonomy("category", site.categories(), site, metas, routes);
        addTaxonomy("tag", site.tags(), site, metas, routes);
        routes.add(new Route("archives/", "archives", Map.of("years", site.years()), "the archives",
                metas.listing("Archives", "archives/", site.posts(), List.of())));
        return routes;
    }

    /** The "page not found" page, written as {@value #NOT_FOUND}; search engines are told not to list it. */
    public static Route notFound(Site site) {
        return new Route(NOT_FOUND, "404", Map.of(), "the 404 page", new PageMetas(site).notFound(NOT_FOUND));
    }

    /** Whether {@code route} is the one {@link #notFound} makes (not a page of the sitemap). */
    public static boolean isNotFound(Route route) {
        return route.path().equals(NOT_FOUND) && route.template().equals("404");
    }

    private static void addPosts(List<Post> posts, PageMetas metas, List<Route> routes) {
        for (int i = 0; i < posts.size(); i++) {
            Map<String, Object> vars = new HashMap<>();
            vars.put("post", posts.get(i));
            vars.put("newer", i > 0 ? posts.get(i - 1) : null);
            vars.put("older", i + 1 < posts.size() ? posts.get(i + 1) : null);
            routes.add(new Route(posts.get(i).path(), "post", vars, posts.get(i).source(), metas.post(posts.get(i))));
        }
    }

    private static void addTaxonomy(String kind, List<Term> terms, Site site, PageMetas metas, List<Route> routes) {
        Map<String, List<Post>> postsBySlug = TermPosts.of(kind, site.posts());
        String label = kind.equals("category") ? "Category: " : "Tag: ";
        for (Term term : terms) {
            List<Post> posts = postsBySlug.getOrDefault(term.slug(), List.of());
            String first = kind + "/" + term.slug() + "/";
            List<FeedLink> feed = List.of(FeedPlanner.termFeed(kind, term, posts, site).link(site.config().basePath()));
            for (Paginator.Slice slice : Paginator.paginate(posts, site.config().perPage(), first,
                    site.config().basePath())) {
                routes.add(listing(slice, "taxonomy", Map.of("kind", kind, "term", term),
                        "the " + kind + " '" + term.name() + "'",
                        metas.listing(pageTitle(label + term.name(), slice), slice.path(), posts, feed)));
            }
        }
        String listPath = kind.equals("category") ? "categories/" : "tags/";
        routes.add(new Route(listPath, "taxonomy_list", Map.of("kind", kind, "terms", terms),
                "the " + kind + " list", metas.listing(kind.equals("category") ? "Categories" : "Tags", listPath,
                        site.posts(), List.of())));
    }

    private static String pageTitle(String title, Paginator.Slice slice) {
        int number = slice.pagination().number();
        return number > 1 ? title + " — page " + number : title;
    }

    private static Route listing(Paginator.Slice slice, String template, Map<String, Object> extra, String origin,
                                 PageMeta meta) {
        Map<String, Object> vars = new HashMap<>(extra);
        vars.put("posts", slice.posts());
        vars.put("pagination", slice.pagination());
        return new Route(slice.path(), template, vars, origin, meta);
    }
}
