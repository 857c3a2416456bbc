package dev.leafpress.dialect;

import dev.leafpress.yaml.YamlNode;

/**
 * A file's header read into a mapping with positions, and the body after it.
 *
 * @param lineOffset     lines to add to a node's line to get the line in the file
 * @param bodyLineOffset lines before the body
 */
public record Header(HeaderFormat format, YamlNode.Mapping mapping, int lineOffset, String body, int bodyLineOffset) {
}
