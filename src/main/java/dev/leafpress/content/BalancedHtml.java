package dev.leafpress.content;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Closes what raw HTML left open in an excerpt. An excerpt cut inside {@code <div class="note">}
 * (or a summary that opens a tag) would leave the element open on every listing page, and the
 * rest of the page would nest inside it. Excerpts without raw HTML are well formed as rendered
 * and stay byte for byte as they are.
 */
final class BalancedHtml {

    private BalancedHtml() {
    }

    static String of(Node excerpt, String html) {
        if (!hasRawHtml(excerpt)) {
            return html;
        }
        Document fragment = Jsoup.parseBodyFragment(html);
        fragment.outputSettings().prettyPrint(false);
        return fragment.body().html();
    }

    private static boolean hasRawHtml(Node node) {
        boolean[] found = {false};
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock block) {
                found[0] = true;
            }

            @Override
            public void visit(HtmlInline inline) {
                found[0] = true;
            }
        });
        return found[0];
    }
}
