package dev.leafpress.dialect;

import dev.leafpress.yaml.YamlNode;
import dev.leafpress.yaml.YamlSyntaxError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Pelican's Markdown metadata: {@code Key: value} lines up to the first blank line, keys without
 * case, values indented by four spaces continuing the previous key; optionally between
 * {@code ---} and {@code ---} (or {@code ...}) lines. Every value is a string.
 */
final class PelicanHeader {

    private PelicanHeader() {
    }

    static Header read(String text) throws YamlSyntaxError {
        String[] lines = text.split("\n", -1);
        boolean fenced = lines[0].stripTrailing().equals("---");
        int i = fenced ? 1 : 0;
        Map<String, Line> values = new LinkedHashMap<>();
        Line last = null;
        for (; i < lines.length; i++) {
            String line = lines[i];
            if (fenced && (line.stripTrailing().equals("---") || line.stripTrailing().equals("..."))) {
                i++;
                break;
            }
            Matcher key = HeaderFormat.KEY_LINE.matcher(line);
            if (line.isBlank() || !key.matches() && (last == null || !isContinuation(line))) {
                break;
            }
            if (key.matches()) {
                last = add(values, key, i + 1);
            } else {
                last.more.add(line.strip());
            }
        }
        List<YamlNode.Entry> entries = new ArrayList<>();
        values.forEach((name, v) -> entries.add(new YamlNode.Entry(name, v.line, v.keyColumn,
                new YamlNode.Scalar(v.text(name), YamlNode.Scalar.Kind.STRING, v.line, v.valueColumn))));
        YamlNode.Mapping mapping = new YamlNode.Mapping(List.copyOf(entries), 1, 1);
        return new Header(HeaderFormat.PELICAN, mapping, 0, HeaderReader.rest(lines, i), i);
    }

    private static boolean isContinuation(String line) {
        return line.startsWith("    ") || line.startsWith("\t");
    }

    /** A repeated key keeps its first value, as Pelican does. */
    private static Line add(Map<String, Line> values, Matcher key, int lineNo) {
        String name = key.group(1).toLowerCase(Locale.ROOT);
        String value = key.group(2) == null ? "" : key.group(2).strip();
        int keyColumn = key.start(1) + 1;
        int valueColumn = key.group(2) == null ? key.end(1) + 2 : key.start(2) + 1;
        Line line = new Line(lineNo, keyColumn, valueColumn, value);
        Line previous = values.putIfAbsent(name, line);
        return previous == null ? line : new Line(lineNo, keyColumn, valueColumn, value);
    }

    /** One key's lines. */
    private static final class Line {
        final int line;
        final int keyColumn;
        final int valueColumn;
        final String first;
        final List<String> more = new ArrayList<>();

        Line(int line, int keyColumn, int valueColumn, String first) {
            this.line = line;
            this.keyColumn = keyColumn;
            this.valueColumn = valueColumn;
            this.first = first;
        }

        /** Continued summaries keep their line breaks; lists continue with commas. */
        String text(String key) {
            if (more.isEmpty()) {
                return first;
            }
            String joiner = key.equals("summary") ? "\n" : key.equals("tags") || key.startsWith("author") ? ", " : " ";
            List<String> all = new ArrayList<>();
            if (!first.isEmpty()) {
                all.add(first);
            }
            all.addAll(more);
            return String.join(joiner, all);
        }
    }
}
