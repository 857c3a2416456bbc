package dev.leafpress.serve;

import dev.leafpress.site.Page;
import dev.leafpress.site.Post;
import dev.leafpress.site.Site;
import dev.leafpress.site.YearGroup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Replaces each post and page of a new build by the previous build's object when they are equal.
 * Deciding which pages changed compares routes, and routes hold posts: with unchanged posts the
 * very same objects, most of those comparisons end at the identity check instead of comparing
 * every field of every post of every listing (some 90,000 post comparisons at 10,000 posts).
 */
final class PostInterner {

    private Map<String, Post> posts = Map.of();
    private Map<String, Page> pages = Map.of();

    /** The site with unchanged posts and pages swapped for their previous objects. */
    Site intern(Site site) {
        List<Post> internedPosts = swap(site.posts(), posts, Post::source);
        List<Page> internedPages = swap(site.pages(), pages, Page::source);
        posts = bySource(internedPosts, Post::source);
        pages = bySource(internedPages, Page::source);
        return new Site(site.config(), internedPosts, internedPages, site.categories(), site.tags(),
                years(internedPosts));
    }

    void clear() {
        posts = Map.of();
        pages = Map.of();
    }

    private static <T> List<T> swap(List<T> fresh, Map<String, T> previous, Function<T, String> source) {
        List<T> out = new ArrayList<>(fresh.size());
        for (T item : fresh) {
            T old = previous.get(source.apply(item));
            out.add(item.equals(old) ? old : item);
        }
        return out;
    }

    private static <T> Map<String, T> bySource(List<T> items, Function<T, String> source) {
        Map<String, T> map = new HashMap<>(items.size() * 2);
        items.forEach(i -> map.put(source.apply(i), i));
        return map;
    }

    /** As SiteAssembler groups them: newest year first, posts in site order. */
    private static List<YearGroup> years(List<Post> newestFirst) {
        Map<Integer, List<Post>> byYear = new LinkedHashMap<>();
        newestFirst.forEach(p -> byYear.computeIfAbsent(p.year(), y -> new ArrayList<>()).add(p));
        return byYear.entrySet().stream().map(e -> new YearGroup(e.getKey(), e.getValue())).toList();
    }
}
