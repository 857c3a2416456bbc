package dev.leafpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leafpress.config.SiteConfig;
import dev.leafpress.content.EntryKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PermalinksTest {

    private static String postPath(String siteYaml, TestEntries post) {
        SiteConfig config = TestEntries.config(siteYaml);
        return Permalinks.path(EntryKind.POST, post.meta(config), config);
    }

    @Test
    void defaultPatternPutsPostsUnderPosts() {
        assertThat(postPath("", TestEntries.post("posts/a.md").title("Hello World")))
                .isEqualTo("posts/hello-world/");
    }

    @Test
    void dateTokensAreZeroPadded() {
        String path = postPath("""
                permalink: /{year}/{month}/{day}/{slug}/
                """, TestEntries.post("posts/a.md").title("Early").date("2014-03-05"));

        assertThat(path).isEqualTo("2014/03/05/early/");
    }

    @Test
    void dateTokensUseTheDayAsWrittenNotTheSiteZone() {
        String path = postPath("""
                timezone: UTC
                permalink: /{year}/{month}/{day}/{slug}/
                """, TestEntries.post("posts/a.md").title("Redis").date("2014-06-28T23:30-08:00"));

        // 23:30 at -08:00 is already the 29th in UTC; the author wrote the 28th.
        assertThat(path).isEqualTo("2014/06/28/redis/");
    }

    @Test
    void dateWithoutOffsetIsTheDayInTheSiteZone() {
        String path = postPath("""
                timezone: Pacific/Auckland
                permalink: /{year}/{month}/{day}/{slug}/
                """, TestEntries.post("posts/a.md").title("New Year").date("2016-01-01 08:00"));

        // Still 31 December in UTC; the site's zone says 1 January.
        assertThat(path).isEqualTo("2016/01/01/new-year/");
    }

    @Test
    void categoryTokenIsSlugged() {
        String path = postPath("""
                permalink: /{category}/{slug}/
                """, TestEntries.post("posts/a.md").title("Tuning").category("Über Systems"));

        assertThat(path).isEqualTo("uber-systems/tuning/");
    }

    @Test
    void categoryTokenFallsBackToTheSlugOfTheDefaultCategory() {
        String path = postPath("""
                default_category: Field Notes
                permalink: /{category}/{slug}/
                """, TestEntries.post("posts/a.md").title("Loose"));

        assertThat(path).isEqualTo("field-notes/loose/");
    }

    @Test
    void categoryWithoutLettersUsesTheDefaultCategoryLikeTheCategoryPage() {
        SiteConfig config = TestEntries.config("""
                default_category: Field Notes
                permalink: /{category}/{slug}/
                """);
        TestEntries post = TestEntries.post("posts/a.md").title("Odd").category("???");

        String path = Permalinks.path(EntryKind.POST, post.meta(config), config);
        Site site = TestEntries.site(config, java.util.List.of(post), java.util.List.of());

        assertThat(path).isEqualTo("field-notes/odd/");
        assertThat(site.posts().get(0).category().slug()).isEqualTo("field-notes");
    }

    @Test
    void htmlEndingGivesAFileNotAFolder() {
        String path = postPath("""
                permalink: /{year}/{slug}.html
                """, TestEntries.post("posts/a.md").title("Flat").date("2019-02-03"));

        assertThat(path).isEqualTo("2019/flat.html");
        assertThat(Permalinks.file(path)).isEqualTo("2019/flat.html");
    }

    @Test
    void pagesIgnoreThePermalinkPattern() {
        SiteConfig config = TestEntries.config("""
                permalink: /{year}/{slug}/
                """);
        TestEntries page = TestEntries.page("pages/about.md").title("About Us");

        assertThat(Permalinks.path(EntryKind.PAGE, page.meta(config), config)).isEqualTo("about-us/");
    }

    @ParameterizedTest(name = "''{0}'' is written to ''{1}''")
    @CsvSource({
        "'', index.html",
        "posts/hello/, posts/hello/index.html",
        "2019/flat.html, 2019/flat.html",
        "archives/, archives/index.html",
    })
    void fileOfAFolderPathIsItsIndex(String path, String file) {
        assertThat(Permalinks.file(path)).isEqualTo(file);
    }
}
