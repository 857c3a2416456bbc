package dev.leafpress.dialect;

import dev.leafpress.yaml.YamlNode;

/**
 * A file's header read into a mapping with positions, and the body after it.
 *
 * @param lineOffset     lines to add to a node's line to get the line in the file
 * @param bodyLineOffset lines before the body
 * @param yaml           the YAML text of a {@code ---} header, "" for the other formats
 */
public record Header(HeaderFormat format, YamlNode.Mapping mapping, int lineOffset, String body, int bodyLineOffset,
                     String yaml) {

    public Header(HeaderFormat format, YamlNode.Mapping mapping, int lineOffset, String body, int bodyLineOffset) {
        this(format, mapping, lineOffset, body, bodyLineOffset, "");
    }

    /** True for a YAML scalar written without quotes, whose meaning YAML itself may decide (a timestamp). */
    boolean isPlainYaml(YamlNode.Scalar scalar) {
        String[] lines = yaml.split("\n", -1);
        if (scalar.line() < 1 || scalar.line() > lines.length) {
            return false;
        }
        String line = lines[scalar.line() - 1];
        int at = scalar.column() - 1;
        return at >= 0 && at < line.length() && line.charAt(at) != '"' && line.charAt(at) != '\'';
    }
}
