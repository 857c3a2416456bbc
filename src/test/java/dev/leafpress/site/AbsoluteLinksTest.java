package dev.leafpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Links inside post HTML, made absolute for feed readers. */
class AbsoluteLinksTest {

    static final String PAGE = "https://example.org/blog/posts/a/";

    @Test
    void resolvesRootRelativeRelativeAndFragmentLinks() {
        String html = "<a href=\"/blog/posts/b/\">b</a> <img src=\"img/x.png\" alt=\"\"> <a href=\"#fn-1\">1</a>"
                + " <a href='../c/?q=1&amp;r=2'>c</a>";
        assertThat(AbsoluteLinks.resolve(html, PAGE)).isEqualTo(
                "<a href=\"https://example.org/blog/posts/b/\">b</a>"
                        + " <img src=\"https://example.org/blog/posts/a/img/x.png\" alt=\"\">"
                        + " <a href=\"https://example.org/blog/posts/a/#fn-1\">1</a>"
                        + " <a href='https://example.org/blog/posts/c/?q=1&amp;r=2'>c</a>");
    }

    @Test
    void resolvesUnquotedAttributesButNotTextThatLooksLikeThem() {
        String html = "<p><img alt=x src=pic.png><a title=\"see src=no.png\" href=../b/>b</a></p>"
                + "<pre><code>&lt;img src=code.png&gt; src=text.png</code></pre>";
        assertThat(AbsoluteLinks.resolve(html, PAGE)).isEqualTo(
                "<p><img alt=x src=\"https://example.org/blog/posts/a/pic.png\">"
                        + "<a title=\"see src=no.png\" href=\"https://example.org/blog/posts/b/\">b</a></p>"
                        + "<pre><code>&lt;img src=code.png&gt; src=text.png</code></pre>");
        assertThat(AbsoluteLinks.anchored("<img src=pic.png>", "/blog/posts/a/"))
                .isEqualTo("<img src=\"/blog/posts/a/pic.png\">");
    }

    @Test
    void resolvesVideoPostersAndEveryCandidateOfASrcset() {
        String html = "<video src=\"clip.mp4\" poster=\"poster.jpg\"></video>"
                + "<source srcset=\"wide.webp 2x, /blog/narrow.webp 1x\"><img src=\"p.png\" srcset='p-2x.png 2x,p-3x.png  3x'>";
        assertThat(AbsoluteLinks.resolve(html, PAGE)).isEqualTo(
                "<video src=\"https://example.org/blog/posts/a/clip.mp4\""
                        + " poster=\"https://example.org/blog/posts/a/poster.jpg\"></video>"
                        + "<source srcset=\"https://example.org/blog/posts/a/wide.webp 2x,"
                        + " https://example.org/blog/narrow.webp 1x\">"
                        + "<img src=\"https://example.org/blog/posts/a/p.png\""
                        + " srcset='https://example.org/blog/posts/a/p-2x.png 2x,https://example.org/blog/posts/a/p-3x.png  3x'>");
        assertThat(AbsoluteLinks.anchored("<img srcset=\"x.png 2x, /y.png 1x\">", "/blog/posts/a/"))
                .isEqualTo("<img srcset=\"/blog/posts/a/x.png 2x, /y.png 1x\">");
    }

    @Test
    void leavesAbsoluteAndUnparsableLinksAsWritten() {
        String html = "<a href=\"https://other.example/x\">x</a> <a href=\"mailto:me@example.org\">m</a>"
                + " <a href=\"a b\">space</a>";
        assertThat(AbsoluteLinks.resolve(html, PAGE)).isEqualTo(html);
    }

    @Test
    void leavesTextThatOnlyLooksLikeAnAttributeInCodeAlone() {
        String html = "<pre><code>&lt;a href=&quot;/x&quot;&gt;</code></pre>";
        assertThat(AbsoluteLinks.resolve(html, PAGE)).isEqualTo(html);
    }
}
