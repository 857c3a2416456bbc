package dev.leafpress.site;

import dev.leafpress.content.Slugs;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Collects the names of one taxonomy (categories or tags) over all posts and merges names that
 * slug alike into one {@link Term}, spelled as most posts spell it.
 */
final class Taxonomy {

    private final String urlPrefix;
    private final Map<String, Map<String, Integer>> spellings = new TreeMap<>();
    private final Map<String, Integer> counts = new HashMap<>();

    /** @param urlPrefix e.g. "/blog/tag/" */
    Taxonomy(String urlPrefix) {
        this.urlPrefix = urlPrefix;
    }

    /**
     * Records one post's names (call newest post first); a name repeated on a post counts once,
     * both for the term and for its spelling, so spellings are voted on by posts.
     */
    void add(List<String> names) {
        Set<String> slugsOfPost = new LinkedHashSet<>();
        for (String name : new LinkedHashSet<>(names)) {
            String slug = Slugs.slugify(name);
            if (!slug.isEmpty()) {
                spellings.computeIfAbsent(slug, k -> new LinkedHashMap<>()).merge(name, 1, Integer::sum);
                slugsOfPost.add(slug);
            }
        }
        slugsOfPost.forEach(slug -> counts.merge(slug, 1, Integer::sum));
    }

    /** Every term, by slug. */
    Map<String, Term> terms() {
        Map<String, Term> terms = new HashMap<>();
        spellings.forEach((slug, names) -> terms.put(slug,
                new Term(mostUsed(names), slug, urlPrefix + slug + "/", counts.get(slug))));
        return terms;
    }

    /**
     * The terms sorted by name, for lists. A collator, not {@code String} order, so "Überblick"
     * sorts among the U's rather than after "zebra".
     */
    static List<Term> sorted(Map<String, Term> terms) {
        Collator collator = Collator.getInstance(Locale.ROOT);
        List<Term> list = new ArrayList<>(terms.values());
        list.sort(Comparator.comparing(Term::name, collator).thenComparing(Term::slug));
        return list;
    }

    /**
     * The most used spelling; on a tie, the one seen first. Posts are added newest first, so a tie
     * goes to the newest post's spelling.
     */
    private static String mostUsed(Map<String, Integer> names) {
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> name : names.entrySet()) {
            if (name.getValue() > bestCount) {
                best = name.getKey();
                bestCount = name.getValue();
            }
        }
        return best;
    }
}
