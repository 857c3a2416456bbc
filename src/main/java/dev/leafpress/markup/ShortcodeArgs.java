package dev.leafpress.markup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The arguments of a Hugo shortcode: positional ({@code "a.md"}) and named ({@code src="x.png"}). */
record ShortcodeArgs(List<String> positional, Map<String, String> named) {

    private static final Pattern ARG = Pattern.compile(
            "(?:([A-Za-z_][\\w-]*)\\s*=\\s*)?(?:\"((?:[^\"\\\\]|\\\\.)*)\"|`([^`]*)`|([^\\s\"`]+))");

    static ShortcodeArgs parse(String text) {
        List<String> positional = new ArrayList<>();
        Map<String, String> named = new LinkedHashMap<>();
        Matcher m = ARG.matcher(text);
        while (m.find()) {
            String value = m.group(2) != null ? m.group(2).replace("\\\"", "\"")
                    : m.group(3) != null ? m.group(3) : m.group(4);
            if (m.group(1) != null) {
                named.put(m.group(1), value);
            } else {
                positional.add(value);
            }
        }
        return new ShortcodeArgs(List.copyOf(positional), Map.copyOf(named));
    }

    String get(String name, int position) {
        String value = named.get(name);
        return value != null ? value : position < positional.size() ? positional.get(position) : null;
    }
}
