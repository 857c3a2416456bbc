package dev.leafpress.yaml;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each key of a TOML text was written: dotted path ({@code params.author}) to key line and
 * column and value line and column, all 1-based. Table headers give the position of tables.
 */
final class TomlKeyLines {

    private static final Pattern HEADER = Pattern.compile("^\\s*\\[\\[?\\s*([^\\]]+?)\\s*\\]\\]?\\s*(#.*)?$");
    private static final Pattern KEY = Pattern.compile(
            "^(\\s*)(\"[^\"]*\"|'[^']*'|[A-Za-z0-9_.-]+(?:\\s*\\.\\s*[A-Za-z0-9_-]+)*)\\s*=\\s*");

    private TomlKeyLines() {
    }

    static Map<String, int[]> of(String text) {
        Map<String, int[]> positions = new HashMap<>();
        String table = "";
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher header = HEADER.matcher(line);
            Matcher key = KEY.matcher(line);
            if (header.matches()) {
                table = normalise(header.group(1));
                int column = line.indexOf('[') + 1;
                positions.putIfAbsent(table, new int[] {i + 1, column, i + 1, column});
            } else if (key.find()) {
                String path = table.isEmpty() ? normalise(key.group(2)) : table + "." + normalise(key.group(2));
                positions.putIfAbsent(path, new int[] {i + 1, key.group(1).length() + 1, i + 1, key.end() + 1});
            }
        }
        return positions;
    }

    private static String normalise(String dotted) {
        String trimmed = dotted.strip();
        if (trimmed.length() >= 2 && (trimmed.startsWith("\"") || trimmed.startsWith("'"))) {
            return trimmed.substring(1, trimmed.length() - 1);
        }
        return trimmed.replaceAll("\\s*\\.\\s*", ".");
    }
}
