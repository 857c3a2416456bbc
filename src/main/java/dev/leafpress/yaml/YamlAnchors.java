package dev.leafpress.yaml;

import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;

/**
 * Refuses YAML anchors ({@code &t}) and aliases ({@code *t}). Jackson reads an alias as the
 * plain string "t" and drops a scalar's anchor, so {@code category: *t} would publish "t";
 * expanding them would give one value two places to report problems at. The check reads
 * SnakeYAML's events, which carry every anchor with its exact position, and runs only on text
 * Jackson has already read, so it meets no syntax errors of its own.
 */
final class YamlAnchors {

    private YamlAnchors() {
    }

    /** Throws at the first anchor or alias in {@code text}, which is valid YAML. */
    static void refuse(String text) throws YamlSyntaxError {
        if (text.indexOf('&') < 0 && text.indexOf('*') < 0) {
            return;
        }
        for (Event event : new Yaml(new LoaderOptions()).parse(new StringReader(text))) {
            if (event instanceof NodeEvent node && node.getAnchor() != null) {
                throw new YamlSyntaxError("YAML anchors and aliases (&" + node.getAnchor() + ", *" + node.getAnchor()
                        + ") are not supported; write the value out",
                        event.getStartMark().getLine() + 1, event.getStartMark().getColumn() + 1);
            }
        }
    }
}
