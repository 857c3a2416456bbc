package dev.leafpress.build;

import dev.leafpress.content.LinkRef;
import dev.leafpress.content.RenderedMarkdown;
import dev.leafpress.markup.Note;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One rendered Markdown body in the persistent cache.
 *
 * @param source a digest of what the render read: the body, the summary, the file's name
 * @param links  the relative links it resolved, with their answers
 */
record CachedBody(String source, LinkLookups links, RenderedMarkdown body) {

    void write(DataOutputStream out) throws IOException {
        CacheData.writeString(out, source);
        out.writeInt(links.answers().size());
        for (Map.Entry<String, Optional<String>> e : links.answers().entrySet()) {
            CacheData.writeString(out, e.getKey());
            CacheData.writeString(out, e.getValue().orElse(null));
        }
        CacheData.writeString(out, body.html());
        CacheData.writeString(out, body.excerptHtml());
        out.writeBoolean(body.hasMore());
        CacheData.writeStrings(out, List.copyOf(body.languages()));
        CacheData.writeString(out, body.description());
        out.writeInt(body.links().size());
        for (LinkRef link : body.links()) {
            CacheData.writeString(out, link.written());
            CacheData.writeString(out, link.destination());
            out.writeInt(link.line());
        }
        out.writeInt(body.warnings().size());
        for (Note warning : body.warnings()) {
            out.writeInt(warning.line());
            CacheData.writeString(out, warning.message());
        }
    }

    static CachedBody read(DataInputStream in) throws IOException {
        String source = CacheData.readString(in);
        Map<String, Optional<String>> answers = new LinkedHashMap<>();
        for (int i = CacheData.readCount(in); i > 0; i--) {
            answers.put(CacheData.readString(in), Optional.ofNullable(CacheData.readString(in)));
        }
        String html = CacheData.readString(in);
        String excerpt = CacheData.readString(in);
        boolean hasMore = in.readBoolean();
        Set<String> languages = new HashSet<>(CacheData.readStrings(in));
        String description = CacheData.readString(in);
        List<LinkRef> refs = new ArrayList<>();
        for (int i = CacheData.readCount(in); i > 0; i--) {
            refs.add(new LinkRef(CacheData.readString(in), CacheData.readString(in), in.readInt()));
        }
        List<Note> warnings = new ArrayList<>();
        for (int i = CacheData.readCount(in); i > 0; i--) {
            warnings.add(new Note(in.readInt(), CacheData.readString(in)));
        }
        return new CachedBody(source, new LinkLookups(answers),
                new RenderedMarkdown(html, excerpt, hasMore, languages, description, refs, warnings));
    }
}
