package dev.leafpress.content;

import dev.leafpress.dialect.Dialect;
import dev.leafpress.dialect.DialectKeys;
import dev.leafpress.dialect.Header;
import dev.leafpress.dialect.HeaderFormat;
import dev.leafpress.dialect.HeaderReader;
import dev.leafpress.diag.BuildFailure;
import dev.leafpress.diag.Diagnostics;
import dev.leafpress.diag.SourcePos;
import dev.leafpress.markup.BodyTemplates;
import dev.leafpress.markup.Converted;
import dev.leafpress.markup.LinkTargets;
import dev.leafpress.yaml.YamlFields;
import dev.leafpress.yaml.YamlNode;
import dev.leafpress.yaml.YamlReader;
import dev.leafpress.yaml.YamlSyntaxError;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Reads one content file and its front matter, in whichever dialect it is written; all problems
 * go to the build's diagnostics.
 */
public final class EntryParser {

    private EntryParser() {
    }

    public static Optional<ParsedEntry> parse(ContentFile file, EntryKind kind, ZoneId zone, Diagnostics diagnostics) {
        return parse(file, null, kind, zone, ContentIndex.NONE, diagnostics);
    }

    /** Parses {@code text} as if it were the file's content; null reads the file. */
    public static Optional<ParsedEntry> parse(ContentFile file, String text, EntryKind kind, ZoneId zone,
                                              Diagnostics diagnostics) {
        return parse(file, text, kind, zone, ContentIndex.NONE, diagnostics);
    }

    /** As above; template tags in the body may link to the files of {@code targets}. */
    public static Optional<ParsedEntry> parse(ContentFile file, String text, EntryKind kind, ZoneId zone,
                                              LinkTargets targets, Diagnostics diagnostics) {
        Diagnostics local = new Diagnostics();
        try {
            SourceFile source = text == null ? SourceReader.read(file.path(), file.display())
                    : new SourceFile(file.path(), file.display(), SourceReader.normaliseLineEndings(text));
            return parseSource(file, source, kind, zone, targets, local);
        } catch (BuildFailure failure) {
            local.addAll(failure.diagnostics());
            return Optional.empty();
        } finally {
            diagnostics.addAll(local.sorted());
        }
    }

    private static Optional<ParsedEntry> parseSource(ContentFile file, SourceFile source, EntryKind kind, ZoneId zone,
                                                     LinkTargets targets, Diagnostics local) {
        Header header = header(file, source);
        Dialect dialect = Dialect.of(header.format(), file.relative(), header.mapping());
        Optional<YamlNode.Mapping> mapping = DialectKeys.translate(dialect, file.relative(), file.display(), header,
                local);
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        YamlNode.Mapping keys = DialectSummary.convert(mapping.get(), dialect, file.relative(), targets);
        YamlFields fields = new YamlFields(keys, file.display(), header.lineOffset(), local);
        Optional<EntryMeta> meta = new MetaReader(fields, kind, zone).read();
        if (meta.isEmpty()) {
            return Optional.empty();
        }
        Converted body = BodyTemplates.convert(dialect, header.body(), file.relative(), targets);
        body.notes().forEach(n -> local.warning(SourcePos.of(file.display(), n.line() + header.bodyLineOffset()),
                n.message()));
        return Optional.of(new ParsedEntry(file, kind, meta.get(), body.markdown(), header.bodyLineOffset()));
    }

    /**
     * The header of {@code source} in whichever format it is written: YAML as it always was, TOML,
     * JSON and Pelican headers by their dialect's reader. Problems are a {@link BuildFailure}.
     */
    public static Header header(ContentFile file, SourceFile source) {
        HeaderFormat format = HeaderFormat.detect(source.text());
        if (format != HeaderFormat.YAML && format != HeaderFormat.NONE) {
            try {
                return HeaderReader.read(format, source.text());
            } catch (YamlSyntaxError e) {
                throw BuildFailure.of(new SourcePos(file.display(), e.line(), e.column()), e.getMessage());
            }
        }
        if (format == HeaderFormat.NONE && Dialect.inJekyllFolder(file.relative())) {
            // Jekyll publishes a post without front matter too, titled and dated by its file name.
            return new Header(HeaderFormat.YAML, new YamlNode.Mapping(List.of(), 1, 1), 0, source.text(), 0);
        }
        FrontMatter split = FrontMatter.split(source);
        YamlNode root;
        try {
            root = YamlReader.read(split.yaml());
        } catch (YamlSyntaxError e) {
            throw BuildFailure.of(new SourcePos(file.display(), e.line() + split.yamlLineOffset(), e.column()),
                    "invalid YAML in front matter: " + e.getMessage());
        }
        if (!(root instanceof YamlNode.Mapping mapping)) {
            throw BuildFailure.of(SourcePos.of(file.display(), root.line() + split.yamlLineOffset()),
                    "front matter must be keys and values (title: ..., date: ...), found " + root.describe());
        }
        return new Header(HeaderFormat.YAML, mapping, split.yamlLineOffset(), split.body(), split.bodyLineOffset(),
                split.yaml());
    }
}
