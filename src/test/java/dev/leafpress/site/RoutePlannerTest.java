package dev.leafpress.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.leafpress.config.SiteConfig;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RoutePlannerTest {

    private static final SiteConfig CONFIG = TestEntries.config("""
            base_url: https://example.org/blog/
            per_page: 2
            """);

    private static Site site;
    private static Map<String, Route> routes;

    @BeforeAll
    static void planASmallSite() {
        site = TestEntries.site(CONFIG, List.of(
                TestEntries.post("posts/one.md").title("One").date("2020-01-01").category("Notes").tags("x"),
                TestEntries.post("posts/two.md").title("Two").date("2020-02-01").category("Notes").tags("x", "y"),
                TestEntries.post("posts/three.md").title("Three").date("2020-03-01").tags("x")),
                List.of(TestEntries.page("pages/about.md").title("About")));
        routes = RoutePlanner.plan(site).stream()
                .collect(Collectors.toMap(Route::path, Function.identity(), (a, b) -> {
                    throw new AssertionError("two routes for " + a.path());
                }));
    }

    private static Post post(String title) {
        return site.posts().stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void plansEveryPageOfTheSiteWithTemplateAndOrigin() {
        assertThat(RoutePlanner.plan(site)).extracting(Route::path, Route::template, Route::origin)
                .containsExactlyInAnyOrder(
                        tuple("", "index", "the index"),
                        tuple("page/2/", "index", "the index"),
                        tuple("posts/one/", "post", "content/posts/one.md"),
                        tuple("posts/two/", "post", "content/posts/two.md"),
                        tuple("posts/three/", "post", "content/posts/three.md"),
                        tuple("about/", "page", "content/pages/about.md"),
                        tuple("category/misc/", "taxonomy", "the category 'Misc'"),
                        tuple("category/notes/", "taxonomy", "the category 'Notes'"),
                        tuple("categories/", "taxonomy_list", "the category list"),
                        tuple("tag/x/", "taxonomy", "the tag 'x'"),
                        tuple("tag/x/page/2/", "taxonomy", "the tag 'x'"),
                        tuple("tag/y/", "taxonomy", "the tag 'y'"),
                        tuple("tags/", "taxonomy_list", "the tag list"),
                        tuple("archives/", "archives", "the archives"));
    }

    @Test
    void indexPagesListPostsNewestFirstWithPagination() {
        assertThat(routes.get("").vars().get("posts")).isEqualTo(List.of(post("Three"), post("Two")));
        assertThat(routes.get("page/2/").vars().get("posts")).isEqualTo(List.of(post("One")));
        assertThat(routes.get("page/2/").vars().get("pagination"))
                .isEqualTo(new Pagination(2, 2, "/blog/page/2/", "/blog/", null));
    }

    @Test
    void postsKnowTheirNewerAndOlderNeighbours() {
        assertThat(routes.get("posts/three/").vars())
                .containsEntry("post", post("Three")).containsEntry("newer", null).containsEntry("older", post("Two"));
        assertThat(routes.get("posts/two/").vars())
                .containsEntry("newer", post("Three")).containsEntry("older", post("One"));
        assertThat(routes.get("posts/one/").vars())
                .containsEntry("newer", post("Two")).containsEntry("older", null);
    }

    @Test
    void pageRouteCarriesThePage() {
        assertThat(routes.get("about/").vars()).containsEntry("page", site.pages().get(0));
    }

    @Test
    void taxonomyPagesListOnlyTheTermsPostsPaginated() {
        Route firstX = routes.get("tag/x/");
        Route secondX = routes.get("tag/x/page/2/");

        assertThat(firstX.vars()).containsEntry("kind", "tag").containsEntry("posts", List.of(post("Three"), post("Two")));
        assertThat(((Term) firstX.vars().get("term")).count()).isEqualTo(3);
        assertThat(secondX.vars()).containsEntry("posts", List.of(post("One")));
        assertThat(secondX.vars().get("pagination"))
                .isEqualTo(new Pagination(2, 2, "/blog/tag/x/page/2/", "/blog/tag/x/", null));
        assertThat(routes.get("tag/y/").vars()).containsEntry("posts", List.of(post("Two")));
        assertThat(routes.get("category/notes/").vars()).containsEntry("kind", "category")
                .containsEntry("posts", List.of(post("Two"), post("One")));
    }

    @Test
    void listsAndArchivesCarryTheSiteModel() {
        assertThat(routes.get("categories/").vars()).containsEntry("terms", site.categories());
        assertThat(routes.get("tags/").vars()).containsEntry("kind", "tag").containsEntry("terms", site.tags());
        assertThat(routes.get("archives/").vars()).containsEntry("years", site.years());
    }

    @Test
    void routeFilesAreIndexFilesOfTheirFolders() {
        assertThat(routes.get("").file()).isEqualTo("index.html");
        assertThat(routes.get("tag/x/page/2/").file()).isEqualTo("tag/x/page/2/index.html");
    }

    @Test
    void anEmptySiteStillHasAnIndexListsAndArchives() {
        Site empty = TestEntries.site(CONFIG, List.of(), List.of());

        assertThat(RoutePlanner.plan(empty)).extracting(Route::path)
                .containsExactlyInAnyOrder("", "categories/", "tags/", "archives/");
    }
}
