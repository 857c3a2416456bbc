package dev.leafpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written scanner finds exactly what the patterns it replaced found, on HTML made at random. */
class LinkAttributesTest {

    private static final Pattern ATTRIBUTE = Pattern.compile(
            "(\\s(href|src|poster|srcset)\\s*=\\s*)(\"([^\"]*)\"|'([^']*)')", Pattern.CASE_INSENSITIVE);
    private static final Pattern MAYBE_UNQUOTED = Pattern.compile("(?:href|src|poster)\\s*=\\s*[^\\s\"']",
            Pattern.CASE_INSENSITIVE);
    private static final String[] PIECES = {" ", "\n", "\t", "\u000B", "\u00A0", "=", "\"", "'", "<a", "<img", ">",
        "href", "HREF", "Src", "src", "srcset", "poster", "data-src", "xhref", "ſrc", "hre", "set", "x", "/b/",
        "#fn-1", "é", "a b", "&amp;"};

    @Test
    void findsWhatThePatternFound() {
        Random random = new Random(20261204);
        for (int i = 0; i < 50_000; i++) {
            String html = randomHtml(random);
            assertThat(scanned(html)).as(html).isEqualTo(matched(html));
            assertThat(LinkAttributes.mayHaveUnquoted(html)).as(html).isEqualTo(MAYBE_UNQUOTED.matcher(html).find());
        }
    }

    @Test
    void findsQuotedLinkAttributesOnly() {
        String html = "<a href=\"/a/\" data-src=\"no\"><img SRC = 'x.png' srcset=\"a.png 2x\"><video poster=p.png>";
        assertThat(scanned(html)).containsExactly("href=/a/", "SRC=x.png", "srcset=a.png 2x");
        assertThat(LinkAttributes.mayHaveUnquoted(html)).isTrue();
        assertThat(LinkAttributes.mayHaveUnquoted("<a href=\"/a/\">")).isFalse();
    }

    private static String randomHtml(Random random) {
        StringBuilder html = new StringBuilder();
        for (int n = random.nextInt(24); n > 0; n--) {
            html.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return html.toString();
    }

    private static List<String> scanned(String html) {
        List<String> found = new ArrayList<>();
        LinkAttributes attributes = new LinkAttributes(html);
        for (LinkAttributes.Found a = attributes.next(); a != null; a = attributes.next()) {
            found.add(a.name() + "=" + html.substring(a.valueStart(), a.valueEnd()));
        }
        return found;
    }

    private static List<String> matched(String html) {
        List<String> found = new ArrayList<>();
        Matcher m = ATTRIBUTE.matcher(html);
        while (m.find()) {
            found.add(m.group(2) + "=" + (m.group(4) != null ? m.group(4) : m.group(5)));
        }
        return found;
    }
}
