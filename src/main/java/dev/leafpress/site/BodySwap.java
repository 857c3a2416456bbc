package dev.leafpress.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts a post with a new body in place of the old one in a planned site: in the post list, the
 * archives and every route that shows it. Routes that do not show it stay the very same objects,
 * so comparing with the last build finds the changed pages by identity. Valid only when nothing
 * but the body changed (the same title, dates, terms and path), so the order, the pages and the
 * taxonomies stay as they were.
 */
public final class BodySwap {

    /** The site and its routes after the swap. */
    public record Result(Site site, List<Route> routes) {
    }

    private BodySwap() {
    }

    public static Result swap(Site site, List<Route> routes, Post before, Post after) {
        List<YearGroup> years = new ArrayList<>(site.years().size());
        for (YearGroup group : site.years()) {
            List<Post> posts = replaced(group.posts(), before, after);
            years.add(posts == group.posts() ? group : new YearGroup(group.year(), posts));
        }
        Site next = new Site(site.config(), replaced(site.posts(), before, after), site.pages(), site.categories(),
                site.tags(), years);
        Swap swap = new Swap(before, after, site.years(), next.years(), new PageMetas(next).post(after));
        List<Route> swapped = new ArrayList<>(routes.size());
        routes.forEach(r -> swapped.add(swap.route(r)));
        return new Result(next, swapped);
    }

    /** The list with {@code after} where {@code before} was (by identity), or the very same list. */
    @SuppressWarnings("unchecked")
    static <T> List<T> replaced(List<T> list, Object before, Object after) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == before) {
                List<T> copy = new ArrayList<>(list);
                copy.set(i, (T) after);
                return List.copyOf(copy);
            }
        }
        return list;
    }

    private record Swap(Post before, Post after, List<YearGroup> yearsBefore, List<YearGroup> yearsAfter,
                        PageMeta postMeta) {

        Route route(Route route) {
            Map<String, Object> vars = null;
            for (Map.Entry<String, Object> variable : route.vars().entrySet()) {
                Object value = variable.getValue();
                Object next = value(value);
                if (next != value) {
                    vars = vars == null ? new HashMap<>(route.vars()) : vars;
                    vars.put(variable.getKey(), next);
                }
            }
            if (vars == null) {
                return route;
            }
            PageMeta meta = route.vars().get("post") == before ? postMeta : route.meta();
            return new Route(route.path(), route.template(), vars, route.origin(), meta);
        }

        private Object value(Object value) {
            if (value == before) {
                return after;
            }
            if (value == yearsBefore) {
                return yearsAfter;
            }
            return value instanceof List<?> list ? replaced(list, before, after) : value;
        }
    }
}
