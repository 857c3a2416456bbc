package dev.leafpress.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The posts of each category and tag, by slug, newest first, each in one pass. */
final class TermPosts {

    private TermPosts() {
    }

    static Map<String, List<Post>> byCategory(List<Post> posts) {
        Map<String, List<Post>> map = new LinkedHashMap<>();
        posts.forEach(p -> map.computeIfAbsent(p.category().slug(), k -> new ArrayList<>()).add(p));
        return map;
    }

    static Map<String, List<Post>> byTag(List<Post> posts) {
        Map<String, List<Post>> map = new LinkedHashMap<>();
        posts.forEach(p -> p.tags().forEach(t -> map.computeIfAbsent(t.slug(), k -> new ArrayList<>()).add(p)));
        return map;
    }

    static Map<String, List<Post>> of(String kind, List<Post> posts) {
        return kind.equals("category") ? byCategory(posts) : byTag(posts);
    }
}
