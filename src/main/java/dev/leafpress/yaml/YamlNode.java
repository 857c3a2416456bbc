package dev.leafpress.yaml;

import java.util.List;
import java.util.Optional;

/**
 * A YAML value that remembers where it was written (1-based line and column in the YAML text),
 * so that every error about it can point at the author's line.
 */
public sealed interface YamlNode {

    int line();

    int column();

    /** A short word for messages: "a string", "a list", ... */
    String describe();

    /** A scalar: string, number, boolean or null; {@code text} is as written. */
    record Scalar(String text, Kind kind, int line, int column) implements YamlNode {
        public enum Kind { STRING, NUMBER, BOOLEAN, NULL }

        @Override
        public String describe() {
            return switch (kind) {
                case STRING -> "a string";
                case NUMBER -> "a number";
                case BOOLEAN -> "a boolean";
                case NULL -> "empty";
            };
        }
    }

    /** A sequence. */
    record Sequence(List<YamlNode> items, int line, int column) implements YamlNode {
        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A mapping whose entries keep their order and each key's position. */
    record Mapping(List<Entry> entries, int line, int column) implements YamlNode {
        @Override
        public String describe() {
            return "a mapping";
        }

        public Optional<Entry> entry(String key) {
            return entries.stream().filter(e -> e.key().equals(key)).findFirst();
        }
    }

    /** One key of a mapping with its position and value. */
    record Entry(String key, int line, int column, YamlNode value) {
    }
}
