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
        Diagnostics local = new Diagnostics();
        try {
            return parseFile(file, kind, zone, local);
        } catch (BuildFailure failure) {
            local.addAll(failure.diagnostics());
            return Optional.empty();
        } finally {
            diagnostics.addAll(local.sorted());
        }
    }

    private static Optional<ParsedEntry> parseFile(ContentFile file, EntryKind kind, ZoneId zone, Diagnostics local) {
        SourceFile source = SourceReader.read(file.path(), file.display());
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
