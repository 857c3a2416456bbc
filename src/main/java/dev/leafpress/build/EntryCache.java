package dev.leafpress.build;

import dev.leafpress.content.ContentFile;
import dev.leafpress.content.EntryKind;
import dev.leafpress.content.LinkResolver;
import dev.leafpress.content.ParsedEntry;
import dev.leafpress.content.RenderedMarkdown;
import dev.leafpress.diag.Diagnostic;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Lets a long-running preview reuse the parse and Markdown render of content files that did not
 * change since the last build; {@link #NONE} (what {@code build} uses) always does the work.
 */
public interface EntryCache {

    /** What reading one file gave: the entry, or empty, and the problems found in that file. */
    record Parse(Optional<ParsedEntry> entry, List<Diagnostic> diagnostics) {
        public Parse {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    EntryCache NONE = new EntryCache() {
        @Override
        public Parse parse(ContentFile file, EntryKind kind, Supplier<Parse> parser) {
            return parser.get();
        }

        @Override
        public RenderedMarkdown render(ParsedEntry entry, LinkResolver links,
                                       Function<LinkResolver, RenderedMarkdown> renderer) {
            return renderer.apply(links);
        }
    };

    /** The parse of {@code file}: remembered, or from {@code parser}. Called from many threads. */
    Parse parse(ContentFile file, EntryKind kind, Supplier<Parse> parser);

    /** The body of {@code entry} rendered with {@code links}: remembered, or from {@code renderer}. */
    RenderedMarkdown render(ParsedEntry entry, LinkResolver links, Function<LinkResolver, RenderedMarkdown> renderer);
}
