package dev.leafpress.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MarkdownEngineTest {

    private static final String FILE = "content/posts/x.md";

    private final MarkdownEngine engine = new MarkdownEngine();

    private RenderedMarkdown render(String markdown) {
        return engine.render(markdown, null, 60, FILE, LinkResolver.NONE);
    }

    static Stream<Arguments> renderedMarkdown() {
        return Stream.of(
                Arguments.of("fenced code keeps its language", """
                        ```python
                        print('hi')
                        ```
                        """, "<pre><code class=\"language-python\">print('hi')\n</code></pre>"),
                Arguments.of("GFM table", """
                        | a | b |
                        |---|--:|
                        | 1 | 2 |
                        """, "<th>a</th>\n<th align=\"right\">b</th>"),
                Arguments.of("GFM table body", """
                        | a | b |
                        |---|---|
                        | 1 | 2 |
                        """, "<tbody>\n<tr>\n<td>1</td>\n<td>2</td>\n</tr>\n</tbody>"),
                Arguments.of("strikethrough", "Was ~~wrong~~ right.\n", "<p>Was <del>wrong</del> right.</p>"),
                Arguments.of("task list", "- [x] done\n- [ ] todo\n",
                        "<li><input type=\"checkbox\" disabled=\"\" checked=\"\" aria-label=\"done\"> done</li>\n"
                                + "<li><input type=\"checkbox\" disabled=\"\" aria-label=\"todo\"> todo</li>"),
                Arguments.of("autolink", "See https://example.org/a?b=c now.\n",
                        "<a href=\"https://example.org/a?b=c\">https://example.org/a?b=c</a>"),
                Arguments.of("footnote reference", "Claim.[^src]\n\n[^src]: The source.\n",
                        "<sup class=\"footnote-ref\"><a href=\"#fn-src\" id=\"fnref-src\""),
                Arguments.of("footnote section", "Claim.[^src]\n\n[^src]: The source.\n",
                        "<section class=\"footnotes\""),
                Arguments.of("heading id", "## Section Two!\n", "<h2 id=\"section-two\">Section Two!</h2>"),
                Arguments.of("heading ids keep clear of the theme's and the footnotes' ids",
                        "## Main content\n\n## fn-1\n", "<h2 id=\"main-content-heading\">Main content</h2>\n"
                                + "<h2 id=\"fn-1-heading\">fn-1</h2>"),
                Arguments.of("unique heading ids", "## Notes\n\n## Notes\n",
                        "<h2 id=\"notes\">Notes</h2>\n<h2 id=\"notes-1\">Notes</h2>"),
                Arguments.of("level-1 headings move below the title, with the rest", "# One\n\n## Two\n\n###### Six\n",
                        "<h2 id=\"one\">One</h2>\n<h3 id=\"two\">Two</h3>\n<h6 id=\"six\">Six</h6>"),
                Arguments.of("without level-1 headings the levels stay", "## Two\n\n### Three\n",
                        "<h2 id=\"two\">Two</h2>\n<h3 id=\"three\">Three</h3>"),
                Arguments.of("image attributes", "![a cat](cat.png){width=10 height=20}\n",
                        "<img src=\"cat.png\" alt=\"a cat\" width=\"10\" height=\"20\" />"),
                Arguments.of("raw HTML block", "<div class=\"note\">raw <b>html</b></div>\n",
                        "<div class=\"note\">raw <b>html</b></div>"),
                Arguments.of("raw inline HTML", "Press <kbd>Ctrl</kbd>.\n", "<p>Press <kbd>Ctrl</kbd>.</p>"),
                Arguments.of("text is escaped", "1 < 2 & \"so\"\n", "<p>1 &lt; 2 &amp; &quot;so&quot;</p>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderedMarkdown")
    void rendersMarkdownExtensions(String name, String markdown, String expectedHtml) {
        assertThat(render(markdown).html()).contains(expectedHtml);
    }

    @Test
    void collectsCodeLanguagesFromFencedBlocksAnywhere() {
        RenderedMarkdown out = render("""
                ```python
                a = 1
                ```

                ~~~ruby
                puts 1
                ~~~

                > ```js title="x.js"
                > x()
                > ```

                - ```bash
                  ls
                  ```

                ```
                no language
                ```

                    indented code
                """);
        assertThat(out.languages()).containsExactlyInAnyOrder("python", "ruby", "js", "bash");
    }

    @Test
    void hasNoLanguagesWithoutFencedCode() {
        assertThat(render("Just `inline` code.\n").languages()).isEmpty();
    }

    @Test
    void appliesLinkResolverToLinksAndImages() {
        List<String> calls = new ArrayList<>();
        LinkResolver resolver = (from, destination) -> {
            calls.add(from + " -> " + destination);
            if (destination.startsWith("http")) {
                return Optional.empty();
            }
            return Optional.of("/site/" + destination.replace(".md", "/"));
        };
        RenderedMarkdown out = engine.render("""
                Read [the other post](other.md) and [this](https://example.org/).

                ![diagram](img/diagram.png)
                """, null, 60, FILE, resolver);

        Document html = Jsoup.parseBodyFragment(out.html());
        assertThat(html.select("a").eachAttr("href")).containsExactly("/site/other/", "https://example.org/");
        assertThat(html.select("img").attr("src")).isEqualTo("/site/img/diagram.png");
        assertThat(calls).containsExactly(FILE + " -> other.md", FILE + " -> https://example.org/",
                FILE + " -> img/diagram.png");
        Document excerpt = Jsoup.parseBodyFragment(out.excerptHtml());
        assertThat(excerpt.select("a").first().attr("href")).isEqualTo("/site/other/");
    }

    @Test
    void rawHtmlLinksToAPostsMarkdownFileAreResolvedAndOtherRawLinksStayAsWritten() {
        // What {% post_url %}, {{< ref >}} and {filename} become inside <a href="...">.
        LinkResolver resolver = (from, destination) -> Optional.of("/site/" + destination.replace(".md", "/"));
        RenderedMarkdown out = engine.render("""
                <a href="../posts/other.md#part">inline</a> and <img src="img/x.png" alt="x">

                <div><a href='b.markdown'>block</a>
                <a href="https://example.org/a.md">away</a></div>
                """, null, 60, FILE, resolver);
        Document html = Jsoup.parseBodyFragment(out.html());
        assertThat(html.select("a").eachAttr("href"))
                .containsExactly("/site/../posts/other/#part", "/site/b.markdown", "https://example.org/a.md");
        assertThat(html.select("img").attr("src")).isEqualTo("img/x.png");
        assertThat(out.links()).contains(new LinkRef("../posts/other.md#part", "/site/../posts/other/#part", 1),
                new LinkRef("img/x.png", "img/x.png", 1));
    }

    @Test
    void listsLinksAndImagesWithTheirBodyLines() {
        LinkResolver resolver = (from, destination) ->
                destination.endsWith(".md") ? Optional.of("/a/") : Optional.empty();
        RenderedMarkdown out = engine.render("""
                Intro.

                See [a](a.md)
                and ![i](i.png).

                - https://example.org
                """, null, 60, FILE, resolver);
        assertThat(out.links()).containsExactly(new LinkRef("a.md", "/a/", 3), new LinkRef("i.png", "i.png", 4),
                new LinkRef("https://example.org", "https://example.org", 6));
    }

    @Test
    void appliesLinkResolverToSummary() {
        LinkResolver resolver = (from, destination) -> Optional.of("/resolved/" + destination);
        RenderedMarkdown out = engine.render("Body.\n", "See [here](a.md).", 60, FILE, resolver);
        assertThat(out.excerptHtml()).isEqualTo("<p>See <a href=\"/resolved/a.md\">here</a>.</p>\n");
    }

    @Test
    void keepsImageAttributesInExcerpt() {
        RenderedMarkdown out = render("![a](x.png){width=10}\n\nText.\n");
        assertThat(out.html()).contains("<img src=\"x.png\" alt=\"a\" width=\"10\" />");
        assertThat(out.excerptHtml()).contains("<img src=\"x.png\" alt=\"a\" width=\"10\" />");
    }

    @Test
    void renderingTheSameTextTwiceGivesTheSameHtml() {
        String markdown = "# T\n\n![a](x.png){width=10} text[^1]\n\n[^1]: n\n";
        RenderedMarkdown first = render(markdown);
        RenderedMarkdown second = render(markdown);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void rendersFragmentWithoutHeadingIds() {
        assertThat(engine.renderFragment("# Title\n\nHello *you*.")).isEqualTo("<h1>Title</h1>\n<p>Hello <em>you</em>.</p>\n");
    }
}
