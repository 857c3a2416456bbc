package dev.leafpress.importer;

import dev.leafpress.yaml.YamlNode;
import java.util.stream.Collectors;

/** Writes a header mapping as Leafpress front matter; strings are double-quoted, so any text is safe. */
final class FrontMatterWriter {

    private FrontMatterWriter() {
    }

    static String write(YamlNode.Mapping mapping) {
        StringBuilder out = new StringBuilder("---\n");
        for (YamlNode.Entry e : mapping.entries()) {
            out.append(e.key()).append(": ").append(value(e.value())).append('\n');
        }
        return out.append("---\n").toString();
    }

    private static String value(YamlNode node) {
        if (node instanceof YamlNode.Sequence seq) {
            return seq.items().stream().map(FrontMatterWriter::value).collect(Collectors.joining(", ", "[", "]"));
        }
        if (node instanceof YamlNode.Mapping map) {
            return map.entries().stream().map(e -> quote(e.key()) + ": " + value(e.value()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        YamlNode.Scalar s = (YamlNode.Scalar) node;
        return switch (s.kind()) {
            case NULL -> "";
            case BOOLEAN -> dev.leafpress.yaml.YamlValues.isTrue(s.text()) ? "true" : "false";
            case NUMBER -> s.text();
            case STRING -> quote(s.text());
        };
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\x%02x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
