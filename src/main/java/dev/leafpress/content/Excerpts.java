package dev.leafpress.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * Cuts an excerpt from a parsed document: everything before {@code <!-- more -->}, else whole
 * leading blocks up to a word budget, else the first paragraph cut at a word boundary. The cut
 * is made on the tree, so the HTML is always well formed.
 */
final class Excerpts {

    private static final Pattern MORE = Pattern.compile("<!--\\s*more\\s*-->");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*-->");
    /**
     * A word: a run of characters between spaces, or one Chinese or Japanese character, since
     * those scripts are written without spaces and a whole paragraph would otherwise be one word.
     */
    private static final Pattern WORD = Pattern.compile(
            "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]|[^\\s\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]+");
    static final String ELLIPSIS = "…";

    /** The excerpt's own document, and whether it is shorter than the whole. */
    record Cut(Document document, boolean shorter) {
    }

    private Excerpts() {
    }

    /** Call after the full document was rendered: the excerpt's nodes move out of it. */
    static Cut cut(Document document, int wordBudget) {
        List<Node> blocks = contentBlocks(document);
        int marker = markerIndex(blocks);
        if (marker >= 0) {
            return new Cut(build(blocks.subList(0, marker)), marker < blocks.size() - 1);
        }
        return byWords(blocks, wordBudget);
    }

    private static Cut byWords(List<Node> blocks, int budget) {
        List<Node> taken = new ArrayList<>();
        int words = 0;
        for (Node block : blocks) {
            int count = wordCount(block);
            if (words + count <= budget) {
                taken.add(block);
                words += count;
                continue;
            }
            if (onlyHeadings(taken) && block instanceof Paragraph) {
                truncate(block, budget - words);
                taken.add(block);
                return new Cut(build(taken), true);
            }
            if (taken.isEmpty()) {
                taken.add(block);
            }
            return new Cut(build(taken), taken.size() < blocks.size());
        }
        return new Cut(build(taken), false);
    }

    private static boolean onlyHeadings(List<Node> taken) {
        return taken.stream().allMatch(n -> n instanceof Heading);
    }

    /** Top-level blocks, without footnote definitions (they belong to the full text only). */
    private static List<Node> contentBlocks(Document document) {
        List<Node> blocks = new ArrayList<>();
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (!(n instanceof FootnoteDefinition)) {
                blocks.add(n);
            }
        }
        return blocks;
    }

    private static int markerIndex(List<Node> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof HtmlBlock html && MORE.matcher(html.getLiteral().strip()).matches()) {
                return i;
            }
        }
        return -1;
    }

    private static Document build(List<Node> blocks) {
        Document excerpt = new Document();
        for (Node block : List.copyOf(blocks)) {
            block.unlink();
            excerpt.appendChild(block);
        }
        return withoutFootnoteReferences(excerpt);
    }

    /** Footnote references would point at footnotes the excerpt does not contain. */
    static Document withoutFootnoteReferences(Document document) {
        List<Node> references = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof FootnoteReference) {
                    references.add(node);
                }
                visitChildren(node);
            }
        });
        references.forEach(Node::unlink);
        return document;
    }

    /**
     * A summary without its footnotes: neither the references nor the notes themselves, which are
     * not shown in the excerpt and must not be read into the page's description either.
     */
    static Document withoutFootnotes(Document summary) {
        withoutFootnoteReferences(summary);
        List<Node> notes = new ArrayList<>();
        for (Node block = summary.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof FootnoteDefinition) {
                notes.add(block);
            }
        }
        notes.forEach(Node::unlink);
        return summary;
    }

    /** Keeps the first {@code keep} words of a paragraph (at least one) and adds an ellipsis. */
    private static void truncate(Node paragraph, int keep) {
        int[] remaining = {Math.max(1, keep)};
        List<Node> texts = new ArrayList<>();
        collectLeaves(paragraph, texts);
        Node cutAfter = null;
        for (Node leaf : texts) {
            if (remaining[0] <= 0) {
                break;
            }
            String literal = literal(leaf);
            int count = countWords(literal);
            if (count >= remaining[0] && leaf instanceof Text text) {
                text.setLiteral(keepWords(literal, remaining[0]));
                remaining[0] = 0;
            } else {
                remaining[0] -= count;
            }
            cutAfter = leaf;
        }
        removeEverythingAfter(cutAfter, paragraph);
        paragraph.appendChild(new Text(ELLIPSIS));
    }

    private static String keepWords(String literal, int n) {
        Matcher word = WORD.matcher(literal);
        int end = 0;
        for (int seen = 0; seen < n && word.find(); seen++) {
            end = word.end();
        }
        return literal.substring(0, end);
    }

    private static void removeEverythingAfter(Node node, Node container) {
        for (Node current = node; current != null && current != container; current = current.getParent()) {
            while (current.getNext() != null) {
                current.getNext().unlink();
            }
        }
    }

    private static void collectLeaves(Node node, List<Node> out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child.getFirstChild() == null || child instanceof Image) {
                out.add(child);
            } else {
                collectLeaves(child, out);
            }
        }
    }

    /** The words a leaf counts for; an image counts its alt text but is kept or dropped whole. */
    private static String literal(Node leaf) {
        if (leaf instanceof Text t) {
            return t.getLiteral();
        }
        if (leaf instanceof Image) {
            return plainText(leaf);
        }
        return leaf instanceof Code c ? c.getLiteral() : "";
    }

    /**
     * Whether a body shows the reader anything: words, code, an image or HTML other than a
     * comment. A summary then needs "Read more", even when the body is only a photo or a video.
     */
    static boolean showsAnything(Node document) {
        if (!plainText(document).isBlank()) {
            return true;
        }
        boolean[] found = {false};
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                found[0] = true;
            }

            @Override
            public void visit(HtmlBlock block) {
                found[0] |= !COMMENT.matcher(block.getLiteral().strip()).matches();
            }

            @Override
            public void visit(HtmlInline html) {
                found[0] |= !COMMENT.matcher(html.getLiteral().strip()).matches();
            }
        });
        return found[0];
    }

    static int wordCount(Node node) {
        return countWords(plainText(node));
    }

    private static int countWords(String text) {
        return (int) WORD.matcher(text).results().count();
    }

    /** The readable text of a node: text, inline code and code blocks. */
    static String plainText(Node node) {
        StringBuilder sb = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                sb.append(text.getLiteral()).append(' ');
            }

            @Override
            public void visit(Code code) {
                sb.append(code.getLiteral()).append(' ');
            }

            @Override
            public void visit(FencedCodeBlock block) {
                sb.append(block.getLiteral()).append(' ');
            }

            @Override
            public void visit(IndentedCodeBlock block) {
                sb.append(block.getLiteral()).append(' ');
            }
        });
        return sb.toString();
    }
}
