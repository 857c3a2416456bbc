package dev.leafpress.content;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.ext.image.attributes.ImageAttributesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown to HTML with the extensions authors expect. The parser and renderers are immutable
 * and shared by all threads; each body is parsed once and the excerpt cut from the same tree.
 */
public final class MarkdownEngine {

    private static final List<Extension> COMMON = List.of(TablesExtension.create(),
            StrikethroughExtension.create(), AutolinkExtension.create(), TaskListItemsExtension.create(),
            FootnotesExtension.create(), ImageAttributesExtension.create());

    /** Block source spans give the line of each image without alt text, for the warning. */
    private final Parser parser = Parser.builder().extensions(COMMON)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private final HtmlRenderer fullRenderer = HtmlRenderer.builder()
            .extensions(withAnchors()).build();
    /** Excerpts share a page with other excerpts, so their headings carry no ids. */
    private final HtmlRenderer excerptRenderer = HtmlRenderer.builder().extensions(COMMON).build();

    private static List<Extension> withAnchors() {
        List<Extension> list = new java.util.ArrayList<>(COMMON);
        list.add(HeadingAnchorExtension.create());
        return List.copyOf(list);
    }

    /**
     * Renders {@code markdown}; the excerpt comes from {@code summary} when given, else from the
     * {@code <!-- more -->} marker, else from the first {@code excerptWords} words.
     */
    public RenderedMarkdown render(String markdown, String summary, int excerptWords, String file,
                                   LinkResolver links) {
        Document document = (Document) parser.parse(markdown);
        Set<String> languages = rewriteLinksAndCollectLanguages(document, file, links);
        List<Integer> altless = ImagesWithoutAlt.lines(document);
        String html = fullRenderer.render(document);
        if (summary != null) {
            Document summaryDoc = (Document) parser.parse(summary);
            rewriteLinksAndCollectLanguages(summaryDoc, file, links);
            String excerpt = excerptRenderer.render(Excerpts.withoutFootnoteReferences(summaryDoc));
            return new RenderedMarkdown(html, excerpt, !Excerpts.plainText(document).isBlank(), languages,
                    altless);
        }
        Excerpts.Cut cut = Excerpts.cut(document, excerptWords);
        return new RenderedMarkdown(html, excerptRenderer.render(cut.document()), cut.shorter(), languages,
                altless);
    }

    /** Renders a Markdown fragment without excerpt logic (used for summaries in feeds, tests). */
    public String renderFragment(String markdown) {
        return excerptRenderer.render(parser.parse(markdown));
    }

    private static Set<String> rewriteLinksAndCollectLanguages(Node document, String file, LinkResolver links) {
        Set<String> languages = new TreeSet<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                links.resolve(file, link.getDestination()).ifPresent(link::setDestination);
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                links.resolve(file, image.getDestination()).ifPresent(image::setDestination);
                visitChildren(image);
            }

            @Override
            public void visit(FencedCodeBlock block) {
                String info = block.getInfo() == null ? "" : block.getInfo().strip();
                if (!info.isEmpty()) {
                    languages.add(info.split("\\s+", 2)[0]);
                }
            }
        });
        return languages;
    }
}
