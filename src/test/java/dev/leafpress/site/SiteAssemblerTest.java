package dev.leafpress.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.leafpress.config.SiteConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiteAssemblerTest {

    private static final SiteConfig CONFIG = TestEntries.config("""
            author: Site Author
            base_url: https://example.org/blog/
            timezone: UTC
            date_format: yyyy-MM-dd (EEEE)
            """);

    private static Site site(TestEntries... posts) {
        return TestEntries.site(CONFIG, List.of(posts), List.of());
    }

    private static TestEntries post(String title, String date) {
        return TestEntries.post("posts/" + title + ".md").title(title).date(date);
    }

    @Test
    void postsAreSortedNewestFirst() {
        Site site = site(post("middle", "2020-06-01"), post("oldest", "2019-01-01"), post("newest", "2021-12-31"));

        assertThat(site.posts()).extracting(Post::title).containsExactly("newest", "middle", "oldest");
    }

    @Test
    void postsAreSortedByInstantAcrossOffsets() {
        // 23:00 at -08:00 is 07:00 UTC the next day, later than 2014-06-29 06:00 UTC.
        Site site = site(post("west", "2014-06-28T23:00-08:00"), post("utc", "2014-06-29T06:00Z"));

        assertThat(site.posts()).extracting(Post::title).containsExactly("west", "utc");
    }

    @Test
    void archivesGroupPostsByYearNewestFirst() {
        Site site = site(post("a", "2019-03-01"), post("b", "2021-01-01"), post("c", "2019-11-01"),
                post("d", "2020-05-05"));

        assertThat(site.years()).extracting(YearGroup::year).containsExactly(2021, 2020, 2019);
        assertThat(site.years().get(2).posts()).extracting(Post::title).containsExactly("c", "a");
    }

    @Test
    void archiveYearIsTheYearAsWritten() {
        Site site = site(post("eve", "2014-12-31T23:30-08:00"));

        assertThat(site.years()).extracting(YearGroup::year).containsExactly(2014);
    }

    @Test
    void dateTextUsesTheSiteDateFormat() {
        Site site = site(post("a", "2014-06-28"));

        assertThat(site.posts().get(0).dateText()).isEqualTo("2014-06-28 (Saturday)");
    }

    @Test
    void dateTextShowsTheWrittenDateEvenWhenTheSiteZoneDisagrees() {
        Site site = site(post("late", "2014-06-28T23:30-08:00"));

        Post late = site.posts().get(0);
        assertThat(late.dateText()).isEqualTo("2014-06-28 (Saturday)");
        assertThat(late.isoDate()).isEqualTo("2014-06-28T23:30:00-08:00");
    }

    @Test
    void defaultDateFormatIsWrittenInTheSiteLanguage() {
        SiteConfig german = TestEntries.config("""
                language: de
                """);

        Site site = TestEntries.site(german, List.of(post("a", "2014-06-28")), List.of());

        assertThat(site.posts().get(0).dateText()).isEqualTo("Sa. 28 Juni 2014");
    }

    @Test
    void authorDefaultsToTheSiteAuthor() {
        Site site = site(post("own", "2020-01-02").author("Guest Writer"), post("plain", "2020-01-01"));

        assertThat(site.posts()).extracting(Post::title, Post::author).containsExactly(
                tuple("own", "Guest Writer"), tuple("plain", "Site Author"));
    }

    @Test
    void postUrlIsThePathUnderTheBasePath() {
        Site site = site(post("Hello", "2020-01-01"));

        assertThat(site.posts().get(0)).extracting(Post::path, Post::url, Post::source)
                .containsExactly("posts/hello/", "/blog/posts/hello/", "content/posts/Hello.md");
    }

    @Test
    void pagesAreSortedByOrderThenTitle() {
        Site site = TestEntries.site(CONFIG, List.of(), List.of(
                TestEntries.page("pages/z.md").title("Zeta").order(1),
                TestEntries.page("pages/b.md").title("Beta").order(2),
                TestEntries.page("pages/a.md").title("alpha").order(2),
                TestEntries.page("pages/u.md").title("Überblick").order(2),
                TestEntries.page("pages/v.md").title("Verlauf").order(2)));

        assertThat(site.pages()).extracting(Page::title, Page::url).containsExactly(
                tuple("Zeta", "/blog/zeta/"), tuple("alpha", "/blog/alpha/"), tuple("Beta", "/blog/beta/"),
                tuple("Überblick", "/blog/uberblick/"), tuple("Verlauf", "/blog/verlauf/"));
    }

    @Test
    void anEmptySiteHasNoTermsAndNoYears() {
        Site site = site();

        assertThat(site.posts()).isEmpty();
        assertThat(site.categories()).isEmpty();
        assertThat(site.tags()).isEmpty();
        assertThat(site.years()).isEmpty();
    }
}
