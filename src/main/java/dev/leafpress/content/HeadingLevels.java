package dev.leafpress.content;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * The title is a page's one {@code h1}: the theme shows it. A body that uses level-1 headings
 * ({@code # Heading}, a habit from README files) has all its headings moved down one level, so
 * its outline stays as written under the title: {@code #} becomes h2, {@code ##} h3, and so on
 * ({@code ######} stays h6). A body without level-1 headings is left as it is.
 */
final class HeadingLevels {

    private HeadingLevels() {
    }

    static void belowTitle(Node document) {
        List<Heading> headings = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                headings.add(heading);
                visitChildren(heading);
            }
        });
        if (headings.stream().anyMatch(h -> h.getLevel() == 1)) {
            headings.forEach(h -> h.setLevel(Math.min(6, h.getLevel() + 1)));
        }
    }
}
