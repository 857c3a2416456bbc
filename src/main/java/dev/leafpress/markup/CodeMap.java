package dev.leafpress.markup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Where the code of a Markdown text is: code blocks by line and code spans by column, from
 * commonmark's own parse, so template syntax in code samples is left exactly as written.
 */
final class CodeMap {

    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private final boolean[] blockLines;
    private final Map<Integer, List<int[]>> spans = new HashMap<>();
    private final List<int[]> indentedBlocks = new ArrayList<>();

    private CodeMap(String text) {
        blockLines = new boolean[(int) text.lines().count() + 2];
        PARSER.parse(text).accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock block) {
                markLines(block);
            }

            @Override
            public void visit(IndentedCodeBlock block) {
                markLines(block);
                List<SourceSpan> s = block.getSourceSpans();
                if (!s.isEmpty() && block.getParent() instanceof org.commonmark.node.Document) {
                    indentedBlocks.add(new int[] {s.get(0).getLineIndex(), s.get(s.size() - 1).getLineIndex()});
                }
            }

            @Override
            public void visit(Code code) {
                for (SourceSpan span : code.getSourceSpans()) {
                    spans.computeIfAbsent(span.getLineIndex(), k -> new ArrayList<>())
                            .add(new int[] {span.getColumnIndex(), span.getColumnIndex() + span.getLength()});
                }
            }
        });
    }

    static CodeMap of(String text) {
        return new CodeMap(text);
    }

    private void markLines(Node block) {
        for (SourceSpan span : block.getSourceSpans()) {
            if (span.getLineIndex() < blockLines.length) {
                blockLines[span.getLineIndex()] = true;
            }
        }
    }

    /** True when the character at 0-based {@code line} and {@code column} is code. */
    boolean isCode(int line, int column) {
        if (line < blockLines.length && blockLines[line]) {
            return true;
        }
        return spans.getOrDefault(line, List.of()).stream().anyMatch(s -> column >= s[0] && column < s[1]);
    }

    /** Top-level indented code blocks as 0-based first and last lines. */
    List<int[]> indentedBlocks() {
        return indentedBlocks;
    }
}
