package dev.leafpress.content;

import dev.leafpress.markup.Note;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.image.attributes.ImageAttributes;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * One walk over a parsed body: resolves relative links, and notes the code languages, the
 * links with their lines, and the lines of images without alt text.
 */
final class BodyScan extends AbstractVisitor {

    /** An {@code href} or {@code src} attribute in raw HTML, quoted either way or not at all. */
    private static final Pattern HTML_LINK = Pattern.compile(
            "\\s(?:href|src)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+))", Pattern.CASE_INSENSITIVE);

    private static final Pattern URL_SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");

    private final String file;
    private final LinkResolver resolver;
    private final Set<String> languages = new TreeSet<>();
    private final List<LinkRef> links = new ArrayList<>();
    private final List<Note> warnings = new ArrayList<>();

    private BodyScan(String file, LinkResolver resolver) {
        this.file = file;
        this.resolver = resolver;
    }

    static BodyScan of(Node document, String file, LinkResolver resolver) {
        BodyScan scan = new BodyScan(file, resolver);
        document.accept(scan);
        return scan;
    }

    Set<String> languages() {
        return languages;
    }

    List<LinkRef> links() {
        return links;
    }

    List<Note> warnings() {
        return warnings;
    }

    @Override
    public void visit(Link link) {
        link.setDestination(resolve(link, link.getDestination()));
        visitChildren(link);
    }

    @Override
    public void visit(Image image) {
        image.setDestination(resolve(image, image.getDestination()));
        if (Excerpts.plainText(image).isBlank()) {
            warnings.add(new Note(line(image), "image has no alt text"));
        }
        for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof ImageAttributes given) {
                ImageSizes.problems(given.getAttributes()).forEach(p -> warnings.add(new Note(line(image), p)));
            }
        }
        visitChildren(image);
    }

    @Override
    public void visit(HtmlBlock block) {
        block.setLiteral(htmlLinks(block, block.getLiteral()));
    }

    @Override
    public void visit(HtmlInline html) {
        html.setLiteral(htmlLinks(html, html.getLiteral()));
    }

    /**
     * Links in raw HTML are published as written, except a relative link to a post's or page's
     * Markdown file (what {@code {% post_url %}} or {@code {{< ref >}}} in an {@code href} becomes),
     * which could never work as written. All are noted so that {@code check} can name their line.
     */
    private String htmlLinks(Node node, String html) {
        if (html == null) {
            return null;
        }
        Matcher m = HTML_LINK.matcher(html);
        StringBuilder out = new StringBuilder();
        int line = line(node);
        int newlines = 0;
        int counted = 0;
        while (m.find()) {
            for (; counted < m.start(); counted++) {
                newlines += html.charAt(counted) == '\n' ? 1 : 0;
            }
            int group = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
            String written = m.group(group);
            String destination = toMarkdownFile(written) ? resolver.resolve(file, written).orElse(written) : written;
            m.appendReplacement(out, Matcher.quoteReplacement(html.substring(m.start(), m.start(group))
                    + destination + html.substring(m.end(group), m.end())));
            links.add(new LinkRef(written, destination, line + newlines));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean toMarkdownFile(String link) {
        String path = link.replaceFirst("[?#].*$", "");
        return !path.startsWith("/") && !URL_SCHEME.matcher(path).lookingAt() && ContentScanner.isMarkdownName(path);
    }

    @Override
    public void visit(FencedCodeBlock block) {
        String info = block.getInfo() == null ? "" : block.getInfo().strip();
        if (!info.isEmpty()) {
            languages.add(info.split("\\s+", 2)[0]);
        }
    }

    private String resolve(Node node, String written) {
        String destination = resolver.resolve(file, written).orElse(written);
        links.add(new LinkRef(written, destination, line(node)));
        return destination;
    }

    /** The 1-based line of a node within the body, from commonmark's source spans. */
    static int line(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (!spans.isEmpty()) {
                return spans.get(0).getLineIndex() + 1;
            }
        }
        return 0;
    }
}
