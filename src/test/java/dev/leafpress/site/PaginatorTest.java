package dev.leafpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leafpress.config.SiteConfig;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaginatorTest {

    private static final SiteConfig CONFIG = SiteConfig.defaults();

    private static List<Post> posts(int count) {
        List<TestEntries> entries = IntStream.rangeClosed(1, count)
                .mapToObj(i -> TestEntries.post("posts/p" + i + ".md").title("Post " + i)
                        .date(String.format("2020-01-%02d", i)))
                .toList();
        return TestEntries.site(CONFIG, entries, List.of()).posts();
    }

    @Test
    void noPostsStillMakeOneEmptyPage() {
        List<Paginator.Slice> slices = Paginator.paginate(List.of(), 3, "", "/");

        assertThat(slices).hasSize(1);
        assertThat(slices.get(0).posts()).isEmpty();
        assertThat(slices.get(0).path()).isEmpty();
        assertThat(slices.get(0).pagination()).isEqualTo(new Pagination(1, 1, "/", null, null));
    }

    @Test
    void exactlyPerPagePostsFitOnOnePage() {
        List<Paginator.Slice> slices = Paginator.paginate(posts(3), 3, "", "/");

        assertThat(slices).hasSize(1);
        assertThat(slices.get(0).posts()).hasSize(3);
        assertThat(slices.get(0).pagination().total()).isEqualTo(1);
        assertThat(slices.get(0).pagination().nextUrl()).isNull();
    }

    @Test
    void onePostMoreThanPerPageMakesASecondPageWithTheRest() {
        List<Post> posts = posts(4);

        List<Paginator.Slice> slices = Paginator.paginate(posts, 3, "", "/");

        assertThat(slices).extracting(Paginator.Slice::path).containsExactly("", "page/2/");
        assertThat(slices.get(0).posts()).containsExactlyElementsOf(posts.subList(0, 3));
        assertThat(slices.get(1).posts()).containsExactly(posts.get(3));
        assertThat(slices).extracting(s -> s.pagination().total()).containsOnly(2);
        assertThat(slices).extracting(s -> s.pagination().number()).containsExactly(1, 2);
    }

    @Test
    void taxonomyPagesNestUnderTheTermPath() {
        List<Paginator.Slice> slices = Paginator.paginate(posts(5), 2, "tag/x/", "/");

        assertThat(slices).extracting(Paginator.Slice::path)
                .containsExactly("tag/x/", "tag/x/page/2/", "tag/x/page/3/");
    }

    @Test
    void prevAndNextUrlsCarryTheBasePathAndAreNullAtTheEnds() {
        List<Paginator.Slice> slices = Paginator.paginate(posts(5), 2, "", "/blog/");

        assertThat(slices).extracting(Paginator.Slice::pagination).containsExactly(
                new Pagination(1, 3, "/blog/", null, "/blog/page/2/"),
                new Pagination(2, 3, "/blog/page/2/", "/blog/", "/blog/page/3/"),
                new Pagination(3, 3, "/blog/page/3/", "/blog/page/2/", null));
    }

    @Test
    void taxonomyPrevUrlOfPageTwoIsTheTermPageNotPageOne() {
        List<Paginator.Slice> slices = Paginator.paginate(posts(3), 2, "tag/x/", "/blog/");

        assertThat(slices.get(1).pagination().prevUrl()).isEqualTo("/blog/tag/x/");
        assertThat(slices.get(0).pagination().nextUrl()).isEqualTo("/blog/tag/x/page/2/");
    }

    @ParameterizedTest(name = "{0} posts, {1} per page")
    @CsvSource({"1, 1", "7, 3", "10, 10", "11, 10", "20, 1"})
    void neverProducesAPageOneFolderAndKeepsEveryPostOnce(int count, int perPage) {
        List<Post> posts = posts(count);

        List<Paginator.Slice> slices = Paginator.paginate(posts, perPage, "", "/");

        assertThat(slices).extracting(Paginator.Slice::path).noneMatch(p -> p.contains("page/1/"));
        assertThat(slices).flatExtracting(Paginator.Slice::posts).containsExactlyElementsOf(posts);
        assertThat(slices).hasSize((count + perPage - 1) / perPage);
    }
}
