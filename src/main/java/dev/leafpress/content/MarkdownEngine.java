package dev.leafpress.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.ext.image.attributes.ImageAttributes;
import org.commonmark.ext.image.attributes.ImageAttributesExtension;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown to HTML with the extensions authors expect. The parser and renderers are immutable
 * and shared by all threads; each body is parsed once and the excerpt cut from the same tree.
 */
public final class MarkdownEngine {

    private static final List<Extension> COMMON = List.of(TablesExtension.create(),
            StrikethroughExtension.create(), AutolinkExtension.create(), TaskListItemsExtension.create(),
            FootnotesExtension.create());
    /**
     * The image-attributes extension's own renderer part unlinks the attributes while rendering,
     * so the excerpt, rendered from the same tree after the full text, lost them. This only reads.
     */
    private static final AttributeProvider IMAGE_ATTRIBUTES = (node, tag, attributes) -> {
        for (Node child = node.getFirstChild(); node instanceof Image && child != null; child = child.getNext()) {
            if (child instanceof ImageAttributes given) {
                attributes.putAll(ImageSizes.valid(given.getAttributes()));
            }
        }
    };

    /**
     * Ids a page already has beside the body's headings: the theme's {@code main-content} (the
     * skip link's target) and the footnotes' {@code fn-LABEL} and {@code fnref-LABEL}. A heading "Main content"
     * would duplicate one, so it gets {@code main-content-heading}.
     */
    private static final Pattern TAKEN_IDS = Pattern.compile("main-content|fn-.+|fnref-.+");
    private static final AttributeProvider HEADING_IDS = (node, tag, attributes) -> {
        String id = attributes.get("id");
        if (node instanceof Heading && id != null && TAKEN_IDS.matcher(id).matches()) {
            attributes.put("id", id + "-heading");
        }
    };

    /** A task list's checkbox has no label of its own: the task's text names it (axe rule "label"). */
    private static final AttributeProvider TASK_LABELS = (node, tag, attributes) -> {
        if (node instanceof TaskListItemMarker && node.getNext() != null) {
            String task = PlainText.of(node.getNext(), 100);
            attributes.put("aria-label", task.isBlank() ? "task" : task);
        }
    };

    private final Parser parser = Parser.builder().extensions(COMMON)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .extensions(List.of(ImageAttributesExtension.create())).build();
    private final HtmlRenderer fullRenderer = HtmlRenderer.builder().percentEncodeUrls(true)
            .extensions(withAnchors()).attributeProviderFactory(context -> IMAGE_ATTRIBUTES)
            .attributeProviderFactory(context -> TASK_LABELS).attributeProviderFactory(context -> HEADING_IDS).build();
    /** Excerpts share a page with other excerpts, so their headings carry no ids. */
    private final HtmlRenderer excerptRenderer = HtmlRenderer.builder().percentEncodeUrls(true).extensions(COMMON)
            .attributeProviderFactory(context -> IMAGE_ATTRIBUTES).attributeProviderFactory(context -> TASK_LABELS)
            .build();

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
        HeadingLevels.belowTitle(document);
        BodyScan scan = BodyScan.of(document, file, links);
        String html = fullRenderer.render(document);
        if (summary != null) {
            String stubs = summary.contains("[^") ? footnoteStubs(document) : "";
            Document summaryDoc = (Document) parser.parse(summary + stubs);
            HeadingLevels.belowTitle(summaryDoc);
            List<LinkRef> summaryLinks = BodyScan.of(summaryDoc, file, links).links().stream()
                    .map(l -> new LinkRef(l.written(), l.destination(), LinkRef.IN_SUMMARY)).toList();
            Document shown = Excerpts.withoutFootnotes(summaryDoc);
            String excerpt = BalancedHtml.of(shown, excerptRenderer.render(shown));
            return new RenderedMarkdown(html, excerpt, Excerpts.showsAnything(document), scan.languages(),
                    description(summaryDoc), concat(scan.links(), summaryLinks), scan.warnings());
        }
        Excerpts.Cut cut = Excerpts.cut(document, excerptWords);
        String excerpt = BalancedHtml.of(cut.document(), excerptRenderer.render(cut.document()));
        return new RenderedMarkdown(html, excerpt, cut.shorter(), scan.languages(),
                description(cut.document()), scan.links(), scan.warnings());
    }

    /**
     * The body's footnote labels as empty definitions, so that a summary's {@code [^1]} is read as
     * a reference (and removed, the note not being in the excerpt) rather than shown as text.
     */
    private static String footnoteStubs(Document body) {
        StringBuilder stubs = new StringBuilder();
        for (Node block = body.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof FootnoteDefinition note) {
                stubs.append("\n\n[^").append(note.getLabel()).append("]: -");
            }
        }
        return stubs.toString();
    }

    private static List<LinkRef> concat(List<LinkRef> body, List<LinkRef> summary) {
        List<LinkRef> all = new ArrayList<>(body);
        all.addAll(summary);
        return all;
    }

    private static String description(Node excerpt) {
        return PlainText.of(excerpt, RenderedMarkdown.DESCRIPTION_LENGTH);
    }

    /** Renders a Markdown fragment without excerpt logic (used for summaries in feeds, tests). */
    public String renderFragment(String markdown) {
        return excerptRenderer.render(parser.parse(markdown));
    }
}
