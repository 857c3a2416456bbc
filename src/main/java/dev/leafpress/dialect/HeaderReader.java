package dev.leafpress.dialect;

import dev.leafpress.yaml.JsonReader;
import dev.leafpress.yaml.TomlReader;
import dev.leafpress.yaml.YamlNode;
import dev.leafpress.yaml.YamlSyntaxError;

/**
 * Reads the TOML, JSON and Pelican headers. Errors are {@link YamlSyntaxError}s whose line and
 * column are in the file and whose message is ready for the author. YAML is read by the caller,
 * which keeps Leafpress's own messages for it.
 */
public final class HeaderReader {

    private HeaderReader() {
    }

    public static Header read(HeaderFormat format, String text) throws YamlSyntaxError {
        return switch (format) {
            case TOML -> toml(text);
            case JSON -> json(text);
            case PELICAN -> PelicanHeader.read(text);
            default -> throw new IllegalArgumentException("not a dialect header: " + format);
        };
    }

    private static Header toml(String text) throws YamlSyntaxError {
        int close = closingFence(text, "+++");
        if (close < 0) {
            throw new YamlSyntaxError("front matter is not terminated: no closing '+++' line after the opening one",
                    1, 0);
        }
        String[] lines = text.split("\n", -1);
        String inner = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, close));
        YamlNode root;
        try {
            root = TomlReader.read(inner + "\n");
        } catch (YamlSyntaxError e) {
            throw new YamlSyntaxError("invalid TOML in front matter: " + e.getMessage(), e.line() + 1, e.column());
        }
        return new Header(HeaderFormat.TOML, (YamlNode.Mapping) root, 1, rest(lines, close + 1), close + 1);
    }

    private static Header json(String text) throws YamlSyntaxError {
        JsonReader.Document doc;
        try {
            doc = JsonReader.readLeading(text);
        } catch (YamlSyntaxError e) {
            throw new YamlSyntaxError("invalid JSON in front matter: " + e.getMessage(), e.line(), e.column());
        }
        if (!(doc.root() instanceof YamlNode.Mapping mapping)) {
            throw new YamlSyntaxError("JSON front matter must be an object", 1, 1);
        }
        String[] lines = text.split("\n", -1);
        return new Header(HeaderFormat.JSON, mapping, 0, rest(lines, doc.lastLine()), doc.lastLine());
    }

    /** The index of the closing fence line, or -1. */
    static int closingFence(String text, String fence) {
        String[] lines = text.split("\n", -1);
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].stripTrailing().equals(fence)) {
                return i;
            }
        }
        return -1;
    }

    static String rest(String[] lines, int from) {
        return from >= lines.length ? "" : String.join("\n", java.util.Arrays.copyOfRange(lines, from, lines.length));
    }
}
