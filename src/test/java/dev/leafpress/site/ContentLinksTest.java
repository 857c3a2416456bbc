package dev.leafpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContentLinksTest {

    private static final String FROM = "content/posts/2020/with-image.md";

    private final ContentLinks links = new ContentLinks(Map.of(
            "posts/2020/with-image.md", "posts/a-post-with-an-image/",
            "posts/2020/square.svg", "2020/square.svg",
            "posts/2020/my photo.png", "2020/my photo.png",
            "posts/first.md", "posts/first-post/",
            "posts/img/logo.png", "img/logo.png",
            "posts/2020/c#1 50%.svg", "2020/c#1 50%.svg"), "/blog/");

    @Test
    void imageBesideThePostBecomesItsSiteUrl() {
        assertThat(links.resolve(FROM, "square.svg")).contains("/blog/2020/square.svg");
        assertThat(links.resolve(FROM, "./square.svg")).contains("/blog/2020/square.svg");
    }

    @Test
    void linkToAnotherPostsMarkdownBecomesItsUrlKeepingTheFragment() {
        assertThat(links.resolve(FROM, "../first.md#frag")).contains("/blog/posts/first-post/#frag");
        assertThat(links.resolve(FROM, "../first.md")).contains("/blog/posts/first-post/");
    }

    @Test
    void queryIsKeptToo() {
        assertThat(links.resolve(FROM, "square.svg?v=2")).contains("/blog/2020/square.svg?v=2");
    }

    @Test
    void percentEncodedPathIsDecodedToFindTheFile() {
        assertThat(links.resolve(FROM, "my%20photo.png")).contains("/blog/2020/my photo.png");
    }

    @Test
    void aFileNameWithHashOrPercentStaysOneUrlPath() {
        assertThat(links.resolve(FROM, "c%231%2050%25.svg#top")).contains("/blog/2020/c%231 50%25.svg#top");
    }

    @Test
    void sourceWithoutContentPrefixResolvesTheSame() {
        assertThat(links.resolve("posts/first.md", "img/logo.png")).contains("/blog/img/logo.png");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/a.png", "#x", "mailto:me@example.org", "/abs/square.svg",
        "//cdn.example.org/x.js", "?page=2", ""})
    void absoluteAndSpecialLinksAreLeftAsWritten(String destination) {
        assertThat(links.resolve(FROM, destination)).isEmpty();
    }

    @Test
    void climbingOutOfContentIsLeftAsWritten() {
        assertThat(links.resolve(FROM, "../../../site.yaml")).isEmpty();
        assertThat(links.resolve("content/posts/first.md", "../../posts/first.md")).isEmpty();
    }

    @Test
    void linkToAFileThatIsNotPublishedIsLeftAsWritten() {
        assertThat(links.resolve(FROM, "missing.png")).isEmpty();
        assertThat(links.resolve(FROM, "../draft.md")).isEmpty();
    }
}
