package dev.leafpress.content;

import dev.leafpress.diag.BuildFailure;
import dev.leafpress.diag.Diagnostics;
import dev.leafpress.diag.SourcePos;
import dev.leafpress.yaml.YamlFields;
import dev.leafpress.yaml.YamlNode;
import dev.leafpress.yaml.YamlReader;
import dev.leafpress.yaml.YamlSyntaxError;
import java.time.ZoneId;
import java.util.Optional;

/** Reads one content file and its front matter; all problems go to the build's diagnostics. */
public final class EntryParser {

    private EntryParser() {
    }

    public static Optional<ParsedEntry> parse(ContentFile file, EntryKind kind, ZoneId zone, Diagnostics diagnostics) {
        return parse(file, null, kind, zone, diagnostics);
    }

    /** Parses {@code text} as if it were the file's content; null reads the file. */
    public static Optional<ParsedEntry> parse(ContentFile file, String text, EntryKind kind, ZoneId zone,
                                              Diagnostics diagnostics) {
        Diagnostics local = new Diagnostics();
        try {
            SourceFile source = text == null ? SourceReader.read(file.path(), file.display())
                    : new SourceFile(file.path(), file.display(), SourceReader.normaliseLineEndings(text));
            return parseSource(file, source, kind, zone, local);
        } catch (BuildFailure failure) {
            local.addAll(failure.diagnostics());
            return Optional.empty();
        } finally {
            diagnostics.addAll(local.sorted());
        }
    }

    private static Optional<ParsedEntry> parseSource(ContentFile file, SourceFile source, EntryKind kind, ZoneId zone,
                                                     Diagnostics local) {
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
        YamlFields fields = new YamlFields(mapping, file.display(), split.yamlLineOffset(), local);
        Optional<EntryMeta> meta = new MetaReader(fields, kind, zone).read();
        return meta.map(m -> new ParsedEntry(file, kind, m, split.body(), split.bodyLineOffset()));
    }
}
