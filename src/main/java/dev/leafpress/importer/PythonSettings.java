package dev.leafpress.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simple assignments of a {@code pelicanconf.py}: {@code NAME = 'text'}, numbers, booleans
 * and lists of strings. Anything computed is not Python Leafpress runs, so it is left out.
 */
final class PythonSettings {

    private static final Pattern ASSIGN = Pattern.compile("^([A-Z][A-Z0-9_]*)\\s*=\\s*(.*)$");
    private static final Pattern STRING = Pattern.compile("[rRuU]?(['\"])((?:\\\\.|(?!\\1).)*)\\1");

    private final Map<String, String> strings = new HashMap<>();
    private final Map<String, List<String>> lists = new HashMap<>();

    private PythonSettings() {
    }

    static PythonSettings parse(String text) {
        PythonSettings settings = new PythonSettings();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            Matcher m = ASSIGN.matcher(lines[i].strip());
            if (!m.matches()) {
                continue;
            }
            StringBuilder value = new StringBuilder(m.group(2));
            while (value.toString().startsWith("[") && !value.toString().contains("]") && i + 1 < lines.length) {
                value.append(' ').append(lines[++i].strip());
            }
            settings.add(m.group(1), value.toString().replaceAll("\\s+#.*$", "").strip());
        }
        return settings;
    }

    /** A later assignment replaces an earlier one, also when it is one Leafpress cannot read ({@code None}). */
    private void add(String name, String value) {
        strings.remove(name);
        lists.remove(name);
        Matcher string = STRING.matcher(value);
        if (string.matches()) {
            strings.put(name, string.group(2).replace("\\'", "'").replace("\\\"", "\""));
        } else if (value.startsWith("[") || value.startsWith("(")) {
            List<String> items = new ArrayList<>();
            Matcher item = STRING.matcher(value);
            while (item.find()) {
                items.add(item.group(2));
            }
            lists.put(name, items);
        } else if (value.matches("-?\\d+|True|False")) {
            strings.put(name, value);
        }
    }

    String get(String name, String fallback) {
        return strings.getOrDefault(name, fallback);
    }

    List<String> list(String name, List<String> fallback) {
        return lists.getOrDefault(name, fallback);
    }
}
