package dev.leafpress.content;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;

/**
 * Finds Markdown images without alt text and the line each is on. The parser records source
 * spans for blocks only (one span per line), so an image's line is its block's line plus the
 * line breaks that come before it inside the block.
 */
final class ImagesWithoutAlt {

    private ImagesWithoutAlt() {
    }

    /** 1-based lines, counted from the first line of the parsed text, in document order. */
    static List<Integer> lines(Node document) {
        List<Integer> lines = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                if (Excerpts.plainText(image).isBlank()) {
                    lines.add(lineOf(image));
                }
            }
        });
        return lines;
    }

    private static int lineOf(Image image) {
        Node block = image.getParent();
        while (block != null && block.getSourceSpans().isEmpty()) {
            block = block.getParent();
        }
        if (block == null) {
            return 0;
        }
        List<SourceSpan> spans = block.getSourceSpans();
        int breaks = breaksBefore(image, block);
        return spans.get(Math.min(breaks, spans.size() - 1)).getLineIndex() + 1;
    }

    /** Line breaks inside {@code block} that come before {@code target} in document order. */
    private static int breaksBefore(Node target, Node block) {
        int breaks = 0;
        for (Node node = next(block, block); node != null && node != target; node = next(node, block)) {
            if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                breaks++;
            }
        }
        return breaks;
    }

    /** The node after {@code node} in a depth-first walk of {@code root}, or null at the end. */
    private static Node next(Node node, Node root) {
        if (node.getFirstChild() != null) {
            return node.getFirstChild();
        }
        for (Node n = node; n != null && n != root; n = n.getParent()) {
            if (n.getNext() != null) {
                return n.getNext();
            }
        }
        return null;
    }
}
