package dev.leafpress.yaml;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;

/**
 * Reads the JSON object at the start of a text (Hugo's JSON front matter) into {@link YamlNode}s
 * with positions, and says on which line the object ends.
 */
public final class JsonReader {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    /** The object and the 1-based line of its closing brace. */
    public record Document(YamlNode root, int lastLine) {
    }

    private JsonReader() {
    }

    public static Document readLeading(String text) throws YamlSyntaxError {
        try (JsonParser parser = FACTORY.createParser(text)) {
            if (parser.nextToken() == null) {
                throw new YamlSyntaxError("no JSON object", 1, 1);
            }
            YamlNode root = YamlReader.readValue(parser, 0);
            return new Document(root, parser.currentTokenLocation().getLineNr());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new YamlSyntaxError(firstLine(e.getOriginalMessage()), at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr());
        } catch (IOException e) {
            throw new YamlSyntaxError(String.valueOf(e.getMessage()), 0, 0);
        }
    }

    static String firstLine(String message) {
        return message == null ? "invalid syntax" : message.lines().findFirst().orElse("invalid syntax").strip();
    }
}
