package dev.leafpress.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.toml.TomlFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads TOML (Hugo's {@code +++} front matter) into {@link YamlNode}s. Jackson's TOML parser
 * keeps dates as written but not where values were, so lines come from {@link TomlKeyLines}.
 */
public final class TomlReader {

    private static final TomlFactory FACTORY = new TomlFactory();
    private static final int MAX_DEPTH = 200;

    private TomlReader() {
    }

    public static YamlNode read(String text) throws YamlSyntaxError {
        Map<String, int[]> lines = TomlKeyLines.of(text);
        try (JsonParser parser = FACTORY.createParser(text)) {
            if (parser.nextToken() == null) {
                return new YamlNode.Mapping(List.of(), 1, 1);
            }
            return readValue(parser, "", lines, new int[] {1, 1}, 0);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new YamlSyntaxError(JsonReader.firstLine(e.getOriginalMessage()),
                    at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr());
        } catch (IOException | RuntimeException e) {
            // The TOML parser is young; any failure on odd input is the author's syntax, not a crash.
            throw new YamlSyntaxError(JsonReader.firstLine(e.getMessage()), 0, 0);
        }
    }

    private static YamlNode readValue(JsonParser parser, String path, Map<String, int[]> lines, int[] at, int depth)
            throws IOException, YamlSyntaxError {
        if (depth > MAX_DEPTH) {
            throw new YamlSyntaxError("nested more than " + MAX_DEPTH + " levels deep", at[0], at[1]);
        }
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> readTable(parser, path, lines, at, depth);
            case START_ARRAY -> readArray(parser, path, lines, at, depth);
            case VALUE_STRING -> scalar(parser, YamlNode.Scalar.Kind.STRING, at);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> scalar(parser, YamlNode.Scalar.Kind.NUMBER, at);
            case VALUE_TRUE, VALUE_FALSE -> scalar(parser, YamlNode.Scalar.Kind.BOOLEAN, at);
            default -> new YamlNode.Scalar("", YamlNode.Scalar.Kind.NULL, at[0], at[1]);
        };
    }

    private static YamlNode readTable(JsonParser parser, String path, Map<String, int[]> lines, int[] at, int depth)
            throws IOException, YamlSyntaxError {
        List<YamlNode.Entry> entries = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            String keyPath = path.isEmpty() ? key : path + "." + key;
            int[] pos = lines.getOrDefault(keyPath, new int[] {at[0], at[1], at[0], at[1]});
            parser.nextToken();
            YamlNode value = readValue(parser, keyPath, lines, new int[] {pos[2], pos[3]}, depth + 1);
            entries.add(new YamlNode.Entry(key, pos[0], pos[1], value));
        }
        return new YamlNode.Mapping(List.copyOf(entries), at[0], at[1]);
    }

    private static YamlNode readArray(JsonParser parser, String path, Map<String, int[]> lines, int[] at, int depth)
            throws IOException, YamlSyntaxError {
        List<YamlNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(readValue(parser, path, lines, at, depth + 1));
        }
        return new YamlNode.Sequence(List.copyOf(items), at[0], at[1]);
    }

    private static YamlNode scalar(JsonParser parser, YamlNode.Scalar.Kind kind, int[] at) throws IOException {
        return new YamlNode.Scalar(parser.getText(), kind, at[0], at[1]);
    }
}
