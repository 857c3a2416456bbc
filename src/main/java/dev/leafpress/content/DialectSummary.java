package dev.leafpress.content;

import dev.leafpress.dialect.Dialect;
import dev.leafpress.markup.BodyTemplates;
import dev.leafpress.markup.LinkTargets;
import dev.leafpress.yaml.YamlNode;
import java.util.List;

/** A summary is Markdown like the body, so its template syntax is converted the same way. */
final class DialectSummary {

    private DialectSummary() {
    }

    /** Messages about the summary are left out: it is usually cut from the body, which reports them. */
    static YamlNode.Mapping convert(YamlNode.Mapping keys, Dialect dialect, String file, LinkTargets targets) {
        List<YamlNode.Entry> entries = keys.entries().stream().map(e -> {
            if (!e.key().equals("summary") || !(e.value() instanceof YamlNode.Scalar s)
                    || s.kind() != YamlNode.Scalar.Kind.STRING) {
                return e;
            }
            String text = BodyTemplates.convert(dialect, s.text(), file, targets).markdown();
            return new YamlNode.Entry(e.key(), e.line(), e.column(),
                    new YamlNode.Scalar(text, s.kind(), s.line(), s.column()));
        }).toList();
        return new YamlNode.Mapping(entries, keys.line(), keys.column());
    }
}
