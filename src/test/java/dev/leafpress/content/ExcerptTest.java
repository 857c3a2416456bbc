package dev.leafpress.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Excerpts as {@link MarkdownEngine#render} cuts them. */
class ExcerptTest {

    private final MarkdownEngine engine = new MarkdownEngine();

    private RenderedMarkdown render(String markdown, int words) {
        return engine.render(markdown, null, words, "content/posts/x.md", LinkResolver.NONE);
    }

    /**
     * Parses the HTML as XML, which fails on any unclosed or misnested element. Commonmark writes
     * void elements XHTML-style ({@code <img />}, {@code <br />}); jsoup's XML mode would silently
     * close what is left open, so the JDK's strict parser is used.
     */
    static void assertWellFormed(String html) {
        try {
            DocumentBuilder builder = DocumentBuilderFactory.newInstance().newDocumentBuilder();
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            builder.parse(new InputSource(new StringReader("<div>" + html + "</div>")));
        } catch (SAXException | ParserConfigurationException | IOException e) {
            throw new AssertionError("not well formed (" + e.getMessage() + "):\n" + html, e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"<p>open", "<p>a <em>b</p>", "<p><em>a</p></em>", "<em>a"})
    void wellFormednessCheckRejectsUnclosedElements(String html) {
        assertThatThrownBy(() -> assertWellFormed(html)).isInstanceOf(AssertionError.class);
    }

    @Test
    void moreMarkerSplitsTheExcerpt() {
        RenderedMarkdown out = render("""
                First paragraph, quite long in fact with many words.

                Second one.

                <!-- more -->

                After the marker.
                """, 3);
        assertThat(out.excerptHtml()).isEqualTo("<p>First paragraph, quite long in fact with many words.</p>\n"
                + "<p>Second one.</p>\n");
        assertThat(out.hasMore()).isTrue();
        assertThat(out.html()).contains("<p>After the marker.</p>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<!--more-->", "<!--   more   -->", "<!-- more -->   "})
    void moreMarkerToleratesSpacing(String marker) {
        RenderedMarkdown out = render("Before.\n\n" + marker + "\n\nAfter.\n", 60);
        assertThat(out.excerptHtml()).isEqualTo("<p>Before.</p>\n");
        assertThat(out.hasMore()).isTrue();
    }

    @Test
    void moreMarkerWithNothingAfterHasNoMore() {
        RenderedMarkdown out = render("Only this.\n\n<!-- more -->\n", 60);
        assertThat(out.excerptHtml()).isEqualTo("<p>Only this.</p>\n");
        assertThat(out.hasMore()).isFalse();
    }

    @Test
    void moreMarkerFollowedOnlyByFootnotesHasNoMore() {
        RenderedMarkdown out = render("Claim.[^1]\n\n<!-- more -->\n\n[^1]: Source.\n", 60);
        assertThat(out.excerptHtml()).isEqualTo("<p>Claim.</p>\n");
        assertThat(out.hasMore()).isFalse();
    }

    @Test
    void anExcerptCutInsideRawHtmlClosesWhatItOpened() {
        RenderedMarkdown cut = render("<div class=\"note\">\n\nFirst paragraph inside the wrapper.\n\n"
                + "Second paragraph inside it.\n\n</div>\n", 4);
        assertThat(cut.excerptHtml()).startsWith("<div class=\"note\">").endsWith("</div>");
        RenderedMarkdown marked = render("<details>\n<summary>Click</summary>\n\nHidden.\n\n<!-- more -->\n\n"
                + "More.\n\n</details>\n", 60);
        assertThat(marked.excerptHtml()).contains("<p>Hidden.</p>").endsWith("</details>");
        assertThat(render("Plain *words* & more.\n\nSecond.\n", 2).excerptHtml()).isEqualTo(
                "<p>Plain <em>words</em>…</p>\n");
    }

    @Test
    void aSummarysFootnoteIsNeitherInTheExcerptNorInTheDescription() {
        RenderedMarkdown out = engine.render("Body.\n", "Summary with a note[^a].\n\n[^a]: the note text\n", 60,
                "content/posts/x.md", LinkResolver.NONE);
        assertThat(out.excerptHtml()).isEqualTo("<p>Summary with a note.</p>\n");
        assertThat(out.description()).isEqualTo("Summary with a note.");
    }

    @Test
    void aSummaryReferringToTheBodysFootnoteDoesNotShowTheMarkup() {
        RenderedMarkdown out = engine.render("Body with a claim[^src].\n\n[^src]: The source.\n",
                "A claim[^src] in short.", 60, "content/posts/x.md", LinkResolver.NONE);
        assertThat(out.excerptHtml()).isEqualTo("<p>A claim in short.</p>\n");
        assertThat(out.description()).isEqualTo("A claim in short.");
    }

    @Test
    void summaryWinsOverMarkerAndWords() {
        RenderedMarkdown out = engine.render("Body first.\n\n<!-- more -->\n\nRest.\n", "A *hand-written* summary.",
                1, "content/posts/x.md", LinkResolver.NONE);
        assertThat(out.excerptHtml()).isEqualTo("<p>A <em>hand-written</em> summary.</p>\n");
        assertThat(out.hasMore()).isTrue();
        assertThat(out.html()).contains("<p>Body first.</p>").contains("<p>Rest.</p>");
    }

    @Test
    void summaryOfEmptyBodyHasNoMore() {
        RenderedMarkdown out = engine.render("", "Summary only.", 60, "content/posts/x.md", LinkResolver.NONE);
        assertThat(out.excerptHtml()).isEqualTo("<p>Summary only.</p>\n");
        assertThat(out.hasMore()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"![](photo.jpg)\n", "<iframe src=\"https://www.youtube-nocookie.com/embed/x\"></iframe>\n"})
    void summaryOfABodyWithoutWordsStillLinksToIt(String body) {
        RenderedMarkdown out = engine.render(body, "Watch this.", 60, "content/posts/x.md", LinkResolver.NONE);
        assertThat(out.hasMore()).isTrue();
    }

    @Test
    void summaryOfABodyWithOnlyACommentHasNoMore() {
        RenderedMarkdown out = engine.render("<!-- to do -->\n", "Soon.", 60, "content/posts/x.md", LinkResolver.NONE);
        assertThat(out.hasMore()).isFalse();
    }

    @Test
    void takesWholeBlocksUpToTheWordBudget() {
        RenderedMarkdown out = render("""
                One two three.

                Four five six.

                Seven eight nine ten.
                """, 7);
        assertThat(out.excerptHtml()).isEqualTo("<p>One two three.</p>\n<p>Four five six.</p>\n");
        assertThat(out.hasMore()).isTrue();
    }

    @Test
    void blockEndingExactlyAtTheBudgetIsTaken() {
        RenderedMarkdown out = render("One two three.\n\nFour five six.\n\nSeven.\n", 6);
        assertThat(out.excerptHtml()).isEqualTo("<p>One two three.</p>\n<p>Four five six.</p>\n");
        assertThat(out.hasMore()).isTrue();
    }

    @Test
    void cutsLongFirstParagraphAtWordBoundaryWithEllipsis() {
        RenderedMarkdown out = render("one two three four five six seven eight nine ten\n\nNext.\n", 5);
        assertThat(out.excerptHtml()).isEqualTo("<p>one two three four five…</p>\n");
        assertThat(out.hasMore()).isTrue();
    }

    @Test
    void cutsParagraphAfterHeadingsWithTheRemainingBudget() {
        RenderedMarkdown out = render("# Big News\n\nalpha beta gamma delta epsilon zeta\n", 4);
        assertThat(out.excerptHtml()).isEqualTo("<h2>Big News</h2>\n<p>alpha beta…</p>\n");
        assertThat(out.hasMore()).isTrue();
    }

    @Test
    void cutInsideEmphasisKeepsItClosed() {
        RenderedMarkdown out = render("Intro *one two three four* five six\n", 3);
        assertThat(out.excerptHtml()).isEqualTo("<p>Intro <em>one two</em>…</p>\n");
        assertWellFormed(out.excerptHtml());
    }

    @Test
    void countsEachChineseOrJapaneseCharacterAsAWord() {
        RenderedMarkdown out = render("日本語の文章です。\n\n次の段落。\n", 4);
        assertThat(out.excerptHtml()).isEqualTo("<p>日本語の…</p>\n");
        assertThat(out.hasMore()).isTrue();
    }

    @Test
    void japaneseParagraphsBeyondTheBudgetAreLeftOut() {
        RenderedMarkdown out = render("短い文。\n\nとても長い二番目の段落です。\n", 6);
        assertThat(out.excerptHtml()).isEqualTo("<p>短い文。</p>\n");
        assertThat(out.hasMore()).isTrue();
    }

    @Test
    void wordsNextToJapaneseTextStillCountAsOne() {
        assertThat(render("C++とJava\n", 3).excerptHtml()).isEqualTo("<p>C++とJava</p>\n");
    }

    @Test
    void anImageAltTextIsNeverCut() {
        RenderedMarkdown out = render("![a chart of the results](a.png) then more words here\n", 2);
        assertThat(out.excerptHtml()).isEqualTo("<p><img src=\"a.png\" alt=\"a chart of the results\" />…</p>\n");
    }

    @Test
    void shortPostHasNoMoreAndExcerptEqualsFullText() {
        RenderedMarkdown out = render("""
                A short post.

                With *two* paragraphs and a [link](https://example.org).
                """, 60);
        assertThat(out.hasMore()).isFalse();
        assertThat(out.excerptHtml()).isEqualTo(out.html());
    }

    static Stream<Arguments> blocksThatAreNeverCut() {
        return Stream.of(
                Arguments.of("code block", "```python\nalpha = beta + gamma * delta - epsilon\n```\n"),
                Arguments.of("indented code", "    alpha beta gamma\n    delta epsilon zeta\n"),
                Arguments.of("list", "- alpha beta\n- gamma delta\n- epsilon zeta\n"),
                Arguments.of("ordered list", "1. alpha beta\n2. gamma delta\n3. epsilon zeta\n"),
                Arguments.of("table", "| alpha beta | gamma |\n|---|---|\n| delta epsilon | zeta eta |\n"),
                Arguments.of("blockquote", "> alpha beta gamma\n> delta epsilon zeta\n"));
    }

    @ParameterizedTest(name = "{0} first is taken whole")
    @MethodSource("blocksThatAreNeverCut")
    void longFirstBlockIsTakenWhole(String name, String block) {
        RenderedMarkdown out = render(block + "\nTrailing paragraph.\n", 3);
        assertThat(out.excerptHtml()).isEqualTo(engine.renderFragment(block));
        assertThat(out.excerptHtml()).doesNotContain(Excerpts.ELLIPSIS);
        assertThat(out.hasMore()).isTrue();
    }

    @ParameterizedTest(name = "{0} after an intro is left out")
    @MethodSource("blocksThatAreNeverCut")
    void longLaterBlockIsLeftOut(String name, String block) {
        RenderedMarkdown out = render("Short intro.\n\n" + block, 3);
        assertThat(out.excerptHtml()).isEqualTo("<p>Short intro.</p>\n");
        assertThat(out.hasMore()).isTrue();
    }

    @Test
    void removesFootnoteReferencesFromExcerpt() {
        RenderedMarkdown out = render("""
                A claim[^1] and another[^two].

                <!-- more -->

                More.

                [^1]: First source.
                [^two]: Second source.
                """, 60);
        assertThat(out.excerptHtml()).isEqualTo("<p>A claim and another.</p>\n");
        assertThat(out.html()).contains("footnote-ref").contains("First source.");
    }

    @Test
    void removesFootnoteReferencesFromAutomaticExcerpt() {
        RenderedMarkdown out = render("Claim[^1] stands.\n\nMore.\n\n[^1]: Source.\n", 60);
        assertThat(out.excerptHtml()).isEqualTo("<p>Claim stands.</p>\n<p>More.</p>\n");
        assertThat(out.excerptHtml()).doesNotContain("Source.").doesNotContain("<sup");
    }

    @Test
    void excerptHeadingsHaveNoIds() {
        RenderedMarkdown out = render("# Title\n\n## Part One\n\nSome text.\n", 60);
        assertThat(Jsoup.parseBodyFragment(out.html()).select("[id]").eachAttr("id"))
                .containsExactly("title", "part-one");
        assertThat(Jsoup.parseBodyFragment(out.excerptHtml()).select("[id]")).isEmpty();
        assertThat(out.excerptHtml()).contains("<h3>Part One</h3>");
    }

    static Stream<Arguments> excerptsToCheck() {
        return Stream.of(
                Arguments.of("Intro *emph one two three four* five six seven\n", 3),
                Arguments.of("**Bold _nested emphasis words here_ tail** after words\n", 3),
                Arguments.of("A [link with many words inside](https://x.org) and more text\n", 3),
                Arguments.of("Text `code span with words` and ~~strike many words~~ end\n", 4),
                Arguments.of("# Heading words\n\nParagraph with *many more words than the budget allows*\n", 4),
                Arguments.of("![alt text](a.png){width=10} then words words words\n", 2),
                Arguments.of("Tom & Jerry say \"hi\" and 1 < 2 yes indeed\n", 3),
                Arguments.of("Text with note[^1] and many more words here.\n\n[^1]: Note.\n", 3),
                Arguments.of("line one  \nline two words more\n", 3),
                Arguments.of("***very** strong and emphasised words* everywhere\n", 2),
                Arguments.of("- [x] done item\n- [ ] open item\n\nAfter.\n", 60 /* task inputs are not XML */),
                Arguments.of("> quoted *words* here\n\nthen a paragraph\n", 2));
    }

    @ParameterizedTest
    @MethodSource("excerptsToCheck")
    void excerptIsWellFormed(String markdown, int words) {
        String excerpt = render(markdown, words).excerptHtml();
        if (markdown.contains("- [x]")) {
            // <input> is written HTML-style; check the rest by closing it.
            excerpt = excerpt.replaceAll("(<input[^>]*)>", "$1 />");
        }
        assertWellFormed(excerpt);
        assertThat(excerpt).isNotBlank();
    }
}
