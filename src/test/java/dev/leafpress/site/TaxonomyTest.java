package dev.leafpress.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.leafpress.config.SiteConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Categories and tags as {@link SiteAssembler#assemble} merges them. */
class TaxonomyTest {

    private static final SiteConfig CONFIG = TestEntries.config("""
            base_url: https://example.org/blog/
            """);

    private static Site site(TestEntries... posts) {
        return TestEntries.site(CONFIG, List.of(posts), List.of());
    }

    private static TestEntries post(String name, String date) {
        return TestEntries.post("posts/" + name + ".md").title(name).date(date);
    }

    @Test
    void namesDifferingByCaseMergeIntoOneTermSpelledAsMostPostsSpellIt() {
        Site site = site(
                post("a", "2020-01-01").tags("Python"),
                post("b", "2020-01-02").tags("python"),
                post("c", "2020-01-03").tags("PYTHON"),
                post("d", "2020-01-04").tags("python"));

        assertThat(site.tags()).containsExactly(new Term("python", "python", "/blog/tag/python/", 4));
        assertThat(site.posts()).allSatisfy(p -> assertThat(p.tags()).containsExactly(site.tags().get(0)));
    }

    @Test
    void namesDifferingByAccentsMergeIntoOneTerm() {
        Site site = site(
                post("a", "2020-01-01").tags("Überblick"),
                post("b", "2020-01-02").tags("uberblick"),
                post("c", "2020-01-03").tags("Überblick"));

        assertThat(site.tags()).extracting(Term::name, Term::slug, Term::count)
                .containsExactly(tuple("Überblick", "uberblick", 3));
    }

    @Test
    void aTieGoesToTheNewestPostsSpelling() {
        Site newestCapitalised = site(
                post("old", "2019-05-01").tags("redis"),
                post("new", "2021-05-01").tags("Redis"));
        Site newestLower = site(
                post("old", "2019-05-01").tags("Redis"),
                post("new", "2021-05-01").tags("redis"));

        assertThat(newestCapitalised.tags()).extracting(Term::name).containsExactly("Redis");
        assertThat(newestLower.tags()).extracting(Term::name).containsExactly("redis");
    }

    @Test
    void aTieIsDecidedByDateNotByTheOrderEntriesArriveIn() {
        Site site = TestEntries.site(CONFIG, List.of(
                post("new", "2021-05-01").tags("Redis"),
                post("old", "2019-05-01").tags("redis")), List.of());
        Site reversed = TestEntries.site(CONFIG, List.of(
                post("old", "2019-05-01").tags("redis"),
                post("new", "2021-05-01").tags("Redis")), List.of());

        assertThat(site.tags()).extracting(Term::name).containsExactly("Redis");
        assertThat(reversed.tags()).extracting(Term::name).containsExactly("Redis");
    }

    @Test
    void aTagRepeatedOnOnePostCountsOnceAndAppearsOnceOnThePost() {
        Site site = site(
                post("a", "2020-01-01").tags("java", "Java", "JAVA"),
                post("b", "2020-01-02").tags("kotlin"));

        Term java = site.tags().get(0);
        assertThat(java.count()).isEqualTo(1);
        Post a = site.posts().stream().filter(p -> p.title().equals("a")).findFirst().orElseThrow();
        assertThat(a.tags()).containsExactly(java);
    }

    @Test
    void aSpellingRepeatedOnOnePostDoesNotOutvoteOtherPosts() {
        Site site = site(
                post("older", "2020-01-01").tags("python", "python"),
                post("newer", "2020-01-02").tags("Python"));

        // One post each: a tie, so the newer post's spelling wins.
        assertThat(site.tags()).extracting(Term::name, Term::count).containsExactly(tuple("Python", 2));
    }

    @Test
    void termsAreSortedByNameWithAccentedLettersAmongTheirBaseLetters() {
        Site site = site(post("a", "2020-01-01").tags("zebra", "Überblick", "apple", "Mango"));

        assertThat(site.tags()).extracting(Term::name).containsExactly("apple", "Mango", "Überblick", "zebra");
    }

    @Test
    void categoriesMergeAndCountLikeTags() {
        Site site = site(
                post("a", "2020-01-01").category("Databases"),
                post("b", "2020-01-02").category("databases"),
                post("c", "2020-01-03").category("Databases"),
                post("d", "2020-01-04").category("Anime"));

        assertThat(site.categories()).extracting(Term::name, Term::url, Term::count).containsExactly(
                tuple("Anime", "/blog/category/anime/", 1),
                tuple("Databases", "/blog/category/databases/", 3));
    }

    @Test
    void aPostWithoutCategoryIsInTheDefaultCategory() {
        SiteConfig config = TestEntries.config("""
                default_category: Uncategorised
                """);

        Site site = TestEntries.site(config, List.of(post("a", "2020-01-01")), List.of());

        assertThat(site.categories()).containsExactly(new Term("Uncategorised", "uncategorised", "/category/uncategorised/", 1));
        assertThat(site.posts().get(0).category()).isEqualTo(site.categories().get(0));
    }

    @Test
    void tagsWithoutLettersOrDigitsAreDropped() {
        Site site = site(post("a", "2020-01-01").tags("---", "real"));

        assertThat(site.tags()).extracting(Term::slug).containsExactly("real");
        assertThat(site.posts().get(0).tags()).extracting(Term::slug).containsExactly("real");
    }
}
