package dev.leafpress.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Decides every page of the site: index, posts, pages, taxonomies, lists and archives. */
public final class RoutePlanner {

    private RoutePlanner() {
    }

    public static List<Route> plan(Site site) {
        List<Route> routes = new ArrayList<>();
        String base = site.config().basePath();
        int perPage = site.config().perPage();
        for (Paginator.Slice slice : Paginator.paginate(site.posts(), perPage, "", base)) {
            routes.add(listing(slice, "index", Map.of(), "the index"));
        }
        addPosts(site.posts(), routes);
        site.pages().forEach(p -> routes.add(new Route(p.path(), "page", Map.of("page", p), p.source())));
        addTaxonomy("category", site.categories(), byCategory(site.posts()), site, routes);
        addTaxonomy("tag", site.tags(), byTag(site.posts()), site, routes);
        routes.add(new Route("archives/", "archives", Map.of("years", site.years()), "the archives"));
        return routes;
    }

    private static void addPosts(List<Post> posts, List<Route> routes) {
        for (int i = 0; i < posts.size(); i++) {
            Map<String, Object> vars = new HashMap<>();
            vars.put("post", posts.get(i));
            vars.put("newer", i > 0 ? posts.get(i - 1) : null);
            vars.put("older", i + 1 < posts.size() ? posts.get(i + 1) : null);
            routes.add(new Route(posts.get(i).path(), "post", vars, posts.get(i).source()));
        }
    }

    private static void addTaxonomy(String kind, List<Term> terms, Map<String, List<Post>> postsBySlug,
                                    Site site, List<Route> routes) {
        String base = site.config().basePath();
        for (Term term : terms) {
            List<Post> posts = postsBySlug.getOrDefault(term.slug(), List.of());
            String first = kind + "/" + term.slug() + "/";
            for (Paginator.Slice slice : Paginator.paginate(posts, site.config().perPage(), first, base)) {
                routes.add(listing(slice, "taxonomy", Map.of("kind", kind, "term", term),
                        "the " + kind + " '" + term.name() + "'"));
            }
        }
        String listPath = kind.equals("category") ? "categories/" : "tags/";
        routes.add(new Route(listPath, "taxonomy_list", Map.of("kind", kind, "terms", terms),
                "the " + kind + " list"));
    }

    private static Route listing(Paginator.Slice slice, String template, Map<String, Object> extra, String origin) {
        Map<String, Object> vars = new HashMap<>(extra);
        vars.put("posts", slice.posts());
        vars.put("pagination", slice.pagination());
        return new Route(slice.path(), template, vars, origin);
    }

    /** Posts per category slug, newest first, in one pass. */
    private static Map<String, List<Post>> byCategory(List<Post> posts) {
        Map<String, List<Post>> map = new LinkedHashMap<>();
        posts.forEach(p -> map.computeIfAbsent(p.category().slug(), k -> new ArrayList<>()).add(p));
        return map;
    }

    private static Map<String, List<Post>> byTag(List<Post> posts) {
        Map<String, List<Post>> map = new LinkedHashMap<>();
        posts.forEach(p -> p.tags().forEach(t -> map.computeIfAbsent(t.slug(), k -> new ArrayList<>()).add(p)));
        return map;
    }
}
