package dev.leafpress.content;

import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The readable words of a Markdown tree as one line, for {@code <meta name="description">}:
 * text, inline code and image descriptions; no markup, raw HTML or code blocks.
 */
final class PlainText {

    private static final String ELLIPSIS = "…";

    private PlainText() {
    }

    /**
     * The text of {@code node}, whitespace collapsed, cut at a word boundary to {@code max}
     * characters. Headings are left out ("Introduction" describes nothing) unless they are all there is.
     */
    static String of(Node node, int max) {
        String text = collect(node, false);
        return shorten(text.isEmpty() ? collect(node, true) : text, max);
    }

    private static String collect(Node node, boolean withHeadings) {
        StringBuilder sb = new StringBuilder();
        node.accept(new Collector(sb, withHeadings));
        return collapseSpaces(sb).strip();
    }

    /** Each run of ASCII white space as one space, as {@code replaceAll("\\s+", " ")} (without a regex). */
    static String collapseSpaces(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
            if (!space) {
                out.append(c);
            } else if (!inRun) {
                out.append(' ');
            }
            inRun = space;
        }
        return out.toString();
    }

    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - ELLIPSIS.length());
        String kept = cut > max / 2 ? text.substring(0, cut) : text.substring(0, max - ELLIPSIS.length());
        return withoutTrailingPunctuation(kept) + ELLIPSIS;
    }

    /** {@code text} without the white space and , ; : . - – — it ends with. */
    static String withoutTrailingPunctuation(String text) {
        int end = text.length();
        while (end > 0 && " \t\n\u000B\f\r,;:.-–—".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }

    private static final class Collector extends AbstractVisitor {
        private final StringBuilder sb;
        private final boolean withHeadings;

        Collector(StringBuilder sb, boolean withHeadings) {
            this.sb = sb;
            this.withHeadings = withHeadings;
        }

        @Override
        public void visit(Heading heading) {
            if (withHeadings) {
                visitChildren(heading);
            }
        }

        @Override
        public void visit(Text text) {
            sb.append(text.getLiteral());
        }

        @Override
        public void visit(Code code) {
            sb.append(code.getLiteral());
        }

        @Override
        public void visit(SoftLineBreak softLineBreak) {
            sb.append(' ');
        }

        @Override
        public void visit(HardLineBreak hardLineBreak) {
            sb.append(' ');
        }

        @Override
        public void visit(FencedCodeBlock block) {
            sb.append(' ');
        }

        @Override
        public void visit(IndentedCodeBlock block) {
            sb.append(' ');
        }

        @Override
        protected void visitChildren(Node parent) {
            super.visitChildren(parent);
            if (parent instanceof Block || parent instanceof TableCell) {
                sb.append(' ');
            }
        }
    }
}
