package dev.leafpress.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/** Descriptions: the words of an excerpt, without markup, cut near 160 characters. */
class PlainTextTest {

    private final Parser parser = Parser.builder().build();

    @Test
    void keepsTheWordsAndDropsTheMarkup() {
        Node doc = parser.parse("Some *emphasis*, `code` and [a link](https://x.example/)\nacross lines.\n\n"
                + "<div>raw html</div>\n\n![An image](i.png) too.");
        assertThat(PlainText.of(doc, 160)).isEqualTo("Some emphasis, code and a link across lines. An image too.");
    }

    @Test
    void leavesHeadingsOutUnlessTheyAreAllThereIs() {
        assertThat(PlainText.of(parser.parse("## Who\n\nWe test things."), 160)).isEqualTo("We test things.");
        assertThat(PlainText.of(parser.parse("# Only a heading"), 160)).isEqualTo("Only a heading");
    }

    @Test
    void cutsLongTextAtAWordBoundaryWithAnEllipsis() {
        String words = "word ".repeat(60).strip();
        String description = PlainText.of(parser.parse(words), 160);
        assertThat(description).hasSizeLessThanOrEqualTo(160).endsWith("word…").doesNotContain("  ");
        assertThat(description.length()).isGreaterThan(150);
    }

    @Test
    void dropsPunctuationBeforeTheEllipsis() {
        assertThat(PlainText.shorten("Alpha beta, gamma delta", 13)).isEqualTo("Alpha beta…");
        assertThat(PlainText.shorten("Short enough.", 160)).isEqualTo("Short enough.");
    }

    @Test
    void spacesAndEndingsAreCutAsTheRegularExpressionsCutThem() {
        java.util.Random random = new java.util.Random(11);
        String alphabet = " \t\n\u000B\f\r\u00A0\u2003,;:.-–—ab";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(12); j > 0; j--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            assertThat(PlainText.collapseSpaces(s)).as("collapse %s", s).isEqualTo(s.replaceAll("\\s+", " "));
            assertThat(PlainText.withoutTrailingPunctuation(s)).as("end of %s", s)
                    .isEqualTo(s.replaceAll("[\\s,;:.\\-–—]+$", ""));
        }
    }
}
