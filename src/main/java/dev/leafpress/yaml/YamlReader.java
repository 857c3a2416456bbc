package dev.leafpress.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads one YAML document into {@link YamlNode}s with positions, using Jackson's streaming
 * parser. Jackson's tree model forgets where values were written; authors need to know.
 */
public final class YamlReader {

    /** The builder does not apply the parser's defaults: without this, "key:" reads as "". */
    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL).build();
    private static final int MAX_DEPTH = 200;

    private YamlReader() {
    }

    /** Reads {@code text}; an empty document is an empty mapping. */
    public static YamlNode read(String text) throws YamlSyntaxError {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new YamlNode.Mapping(List.of(), 1, 1);
            }
            YamlNode root = readValue(parser, 0);
            refuseSecondDocument(parser);
            YamlAnchors.refuse(text);
            // A document of only "---" (or "~") has nothing in it, like an empty file.
            boolean nothing = root instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.NULL;
            return nothing ? new YamlNode.Mapping(List.of(), root.line(), root.column()) : root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            int column = at == null ? 0 : at.getColumnNr();
            Mark problem = problemInsideText(e, text);
            if (problem != null) {
                line = problem.getLine() + 1;
                column = problem.getColumn() + 1;
            }
            throw new YamlSyntaxError(cleanMessage(e.getOriginalMessage()), line, column);
        } catch (IOException e) {
            throw new YamlSyntaxError(String.valueOf(e.getMessage()), 0, 0);
        }
    }

    /** Settings after a second "---" would be ignored without a word; say where they start. */
    private static void refuseSecondDocument(JsonParser parser) throws IOException, YamlSyntaxError {
        if (parser.nextToken() != null) {
            JsonLocation at = parser.currentTokenLocation();
            throw new YamlSyntaxError("a second YAML document starts here (after a '---' line); only one is read,"
                    + " so put everything in one", at.getLineNr(), at.getColumnNr());
        }
    }

    /** Reads the value at the parser's current token; shared by the JSON reader. */
    static YamlNode readValue(JsonParser parser, int depth) throws IOException, YamlSyntaxError {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        if (depth > MAX_DEPTH) {
            throw new YamlSyntaxError("nested more than " + MAX_DEPTH + " levels deep", line, column);
        }
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> readMapping(parser, depth, line, column);
            case START_ARRAY -> readSequence(parser, depth, line, column);
            case VALUE_STRING -> scalar(parser, YamlNode.Scalar.Kind.STRING, line, column);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> scalar(parser, YamlNode.Scalar.Kind.NUMBER, line, column);
            case VALUE_TRUE, VALUE_FALSE -> scalar(parser, YamlNode.Scalar.Kind.BOOLEAN, line, column);
            case VALUE_NULL -> new YamlNode.Scalar("", YamlNode.Scalar.Kind.NULL, line, column);
            case VALUE_EMBEDDED_OBJECT -> throw new YamlSyntaxError(
                    "binary data (!!binary) is not a value Leafpress can use; write it as text", line, column);
            default -> throw new YamlSyntaxError("unexpected " + token, line, column);
        };
    }

    private static YamlNode scalar(JsonParser parser, YamlNode.Scalar.Kind kind, int line, int column)
            throws IOException, YamlSyntaxError {
        String text = parser.getText();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                throw new YamlSyntaxError(String.format("control character U+%04X in a value (written as an escape"
                        + " such as \\x01?); pages and feeds cannot show it", (int) c), line, column);
            }
        }
        return new YamlNode.Scalar(text, kind, line, column);
    }

    private static YamlNode readMapping(JsonParser parser, int depth, int line, int column)
            throws IOException, YamlSyntaxError {
        List<YamlNode.Entry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            JsonLocation keyAt = parser.currentTokenLocation();
            String key = parser.currentName();
            if (!seen.add(key)) {
                throw new YamlSyntaxError("duplicate key '" + key + "'", keyAt.getLineNr(), keyAt.getColumnNr());
            }
            parser.nextToken();
            YamlNode value = readValue(parser, depth + 1);
            entries.add(new YamlNode.Entry(key, keyAt.getLineNr(), keyAt.getColumnNr(), value));
        }
        return new YamlNode.Mapping(List.copyOf(entries), line, column);
    }

    private static YamlNode readSequence(JsonParser parser, int depth, int line, int column)
            throws IOException, YamlSyntaxError {
        List<YamlNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(readValue(parser, depth + 1));
        }
        return new YamlNode.Sequence(List.copyOf(items), line, column);
    }

    /**
     * Jackson's location is the end of the last event read, often a line before the problem
     * (a tab on line 3 was reported on line 2); SnakeYAML's problem mark is exact. At the end of
     * the text (an unclosed bracket or quote) Jackson's location, after the last good value, is
     * the better place, so null is returned then.
     */
    private static Mark problemInsideText(JsonProcessingException e, String text) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            Mark mark = marked.getProblemMark();
            return mark.getIndex() < text.codePointCount(0, text.length()) ? mark : null;
        }
        return null;
    }

    /**
     * SnakeYAML messages interleave prose with an excerpt of the text and a caret; keep the prose
     * ("while parsing a flow sequence; expected ',' or ']', but got <block end>").
     */
    private static String cleanMessage(String message) {
        if (message == null) {
            return "invalid YAML";
        }
        String prose = message.lines()
                .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .map(String::strip)
                .filter(line -> !line.startsWith("in 'reader'") && !line.startsWith("at [Source"))
                .reduce((a, b) -> a + "; " + b).orElse("invalid YAML");
        return prose.replaceAll("\\s+", " ");
    }
}
