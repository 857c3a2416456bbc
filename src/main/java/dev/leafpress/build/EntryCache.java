package dev.leafpress.build;

import dev.leafpress.content.ContentFile;
import dev.leafpress.content.ContentTree;
import dev.leafpress.content.EntryKind;
import dev.leafpress.content.LinkResolver;
import dev.leafpress.content.ParsedEntry;
import dev.leafpress.content.RenderedMarkdown;
import dev.leafpress.diag.Diagnostic;
import dev.leafpress.render.RenderedPage;
import dev.leafpress.site.Site;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Lets a long-running preview reuse the listing of content/ and the parse and Markdown render of
 * files that did not change since the last build; {@link #NONE} (what {@code build} uses) always does the work.
 */
public interface EntryCache {

    /** What reading one file gave: the entry, or empty, and the problems found in that file. */
    record Parse(Optional<ParsedEntry> entry, List<Diagnostic> diagnostics) {
        public Parse {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /** What listing content/ gave: the tree, and the problems found (unreadable files, link loops). */
    record Scan(ContentTree tree, List<Diagnostic> diagnostics) {
        public Scan {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    EntryCache NONE = new EntryCache() {
        @Override
        public Scan scan(Supplier<Scan> scanner) {
            return scanner.get();
        }

        @Override
        public Parse parse(ContentFile file, EntryKind kind, Supplier<Parse> parser) {
            return parser.get();
        }

        @Override
        public RenderedMarkdown render(ParsedEntry entry, LinkResolver links,
                                       BiFunction<ParsedEntry, LinkResolver, RenderedMarkdown> renderer) {
            return renderer.apply(entry, links);
        }
    };

    /** The listing of content/: remembered when no file was added or removed, or from {@code scanner}. */
    Scan scan(Supplier<Scan> scanner);

    /** The parse of {@code file}: remembered, or from {@code parser}. Called from many threads. */
    Parse parse(ContentFile file, EntryKind kind, Supplier<Parse> parser);

    /**
     * The body of {@code entry} rendered with {@code links}: remembered, or from {@code renderer},
     * given the entry with its body (an entry this cache restored without one is read again first).
     */
    RenderedMarkdown render(ParsedEntry entry, LinkResolver links,
                            BiFunction<ParsedEntry, LinkResolver, RenderedMarkdown> renderer);

    /** The site to go on with: {@code assembled}, or an equal one made of the last build's unchanged objects. */
    default Site site(Site assembled) {
        return assembled;
    }

    /**
     * The published file {@code file} (a feed, the sitemap), which shows {@code shown} under the
     * site's {@code settings} (null for none): from {@code make}, or as it was last time it showed
     * the same. {@code make} must not depend on anything else, the clock included.
     */
    default RenderedPage published(String file, Object shown, Object settings, Supplier<RenderedPage> make) {
        return reuse(file, settings == null ? shown : List.of(shown, settings), make);
    }

    /** What {@code make} gives, or what it gave last time under {@code name} for equal {@code inputs}. */
    default <T> T reuse(String name, Object inputs, Supplier<T> make) {
        return make.get();
    }
}
