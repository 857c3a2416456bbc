package dev.leafpress.yaml;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Turns {@link YamlNode}s into plain Java values (maps, lists, strings, numbers) for templates. */
public final class YamlValues {

    private YamlValues() {
    }

    public static Object plain(YamlNode node) {
        if (node instanceof YamlNode.Mapping m) {
            Map<String, Object> map = new LinkedHashMap<>();
            m.entries().forEach(e -> map.put(e.key(), plain(e.value())));
            return Collections.unmodifiableMap(map);
        }
        if (node instanceof YamlNode.Sequence s) {
            return s.items().stream().map(YamlValues::plain).toList();
        }
        YamlNode.Scalar scalar = (YamlNode.Scalar) node;
        return switch (scalar.kind()) {
            case NULL -> "";
            case BOOLEAN -> isTrue(scalar.text());
            case NUMBER -> number(scalar.text());
            case STRING -> scalar.text();
        };
    }

    /**
     * The value of a boolean scalar. Jackson reads YAML 1.1 words (yes, no, on, off, y, n) as
     * booleans too, and {@code Boolean.parseBoolean("yes")} would be false.
     */
    public static boolean isTrue(String booleanText) {
        return switch (booleanText.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "y" -> true;
            default -> false;
        };
    }

    /** YAML also has 0x1F, 0o17, .inf and 1_000; what Java cannot read stays text as written. */
    private static Object number(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException notLong) {
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException notDecimal) {
                return text;
            }
        }
    }
}
