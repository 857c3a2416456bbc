package dev.leafpress.yaml;

import dev.leafpress.diag.Diagnostics;
import dev.leafpress.diag.SourcePos;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Typed, position-aware access to the keys of a YAML mapping. Every problem is reported to
 * {@link Diagnostics} at the author's line and the getter returns empty; nothing is invented.
 */
public final class YamlFields {

    private final YamlNode.Mapping mapping;
    private final String file;
    private final int lineOffset;
    private final Diagnostics diagnostics;
    /** Prefix of key names in messages: "" at the top, "feed." inside {@code feed:}. */
    private final String keyPrefix;

    /**
     * @param lineOffset lines in the file before the first line of the YAML text
     */
    public YamlFields(YamlNode.Mapping mapping, String file, int lineOffset, Diagnostics diagnostics) {
        this(mapping, file, lineOffset, diagnostics, "");
    }

    private YamlFields(YamlNode.Mapping mapping, String file, int lineOffset, Diagnostics diagnostics,
                       String keyPrefix) {
        this.mapping = mapping;
        this.file = file;
        this.lineOffset = lineOffset;
        this.diagnostics = diagnostics;
        this.keyPrefix = keyPrefix;
    }

    /** The fields of the mapping under {@code key}; messages name its keys {@code key.child}. */
    public YamlFields nested(String key, YamlNode.Mapping child) {
        return new YamlFields(child, file, lineOffset, diagnostics, keyPrefix + key + ".");
    }

    public boolean has(String key) {
        return mapping.entry(key).isPresent();
    }

    /** Where the value of {@code key} was written, or the mapping itself when absent. */
    public SourcePos pos(String key) {
        return mapping.entry(key).map(e -> at(e.value())).orElse(at(mapping));
    }

    public SourcePos at(YamlNode node) {
        return new SourcePos(file, node.line() + lineOffset, node.column());
    }

    public SourcePos keyPos(YamlNode.Entry entry) {
        return new SourcePos(file, entry.line() + lineOffset, entry.column());
    }

    public Optional<YamlNode> node(String key) {
        return mapping.entry(key).map(YamlNode.Entry::value).filter(v -> !isNull(v));
    }

    /** A scalar as text; numbers and booleans are accepted as written. */
    public Optional<String> string(String key) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof YamlNode.Scalar scalar) {
            return Optional.of(scalar.text());
        }
        return wrongType(key, "a string", node.get());
    }

    /** A string that must be present and not blank. */
    public Optional<String> requiredString(String key) {
        if (!has(key)) {
            diagnostics.error(at(mapping), "missing required '" + keyPrefix + key + "'");
            return Optional.empty();
        }
        Optional<String> value = string(key);
        if (value.isPresent() && value.get().isBlank() || value.isEmpty() && node(key).isEmpty()) {
            diagnostics.error(pos(key), "'" + keyPrefix + key + "' is empty");
            return Optional.empty();
        }
        return value;
    }

    public Optional<Boolean> bool(String key) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.BOOLEAN) {
            return Optional.of(YamlValues.isTrue(s.text()));
        }
        return wrongType(key, "true or false", node.get());
    }

    /**
     * A whole number from {@code min} to {@code max}. Every other value (2.5, a number too large
     * for Java, a string) is reported with the range, so the author learns what to write rather
     * than only that a "number" was wrong.
     */
    public Optional<Integer> integer(String key, int min, int max) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        String expected = "a whole number from " + min + " to " + max;
        if (!(node.get() instanceof YamlNode.Scalar s) || s.kind() != YamlNode.Scalar.Kind.NUMBER) {
            return wrongType(key, expected, node.get());
        }
        Optional<Integer> value = wholeNumber(s.text()).filter(n -> n.compareTo(BigInteger.valueOf(min)) >= 0
                && n.compareTo(BigInteger.valueOf(max)) <= 0).map(BigInteger::intValue);
        if (value.isEmpty()) {
            diagnostics.error(at(s), "'" + keyPrefix + key + "' must be " + expected + ", found " + s.text());
        }
        return value;
    }

    private static Optional<BigInteger> wholeNumber(String text) {
        try {
            return Optional.of(new BigInteger(text.startsWith("+") ? text.substring(1) : text));
        } catch (NumberFormatException notWhole) {
            return Optional.empty();
        }
    }

    /** A list of strings, written as a YAML list or as one comma-separated string. */
    public Optional<List<String>> stringList(String key) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof YamlNode.Scalar s && s.kind() != YamlNode.Scalar.Kind.NULL) {
            return Optional.of(splitCommas(s.text()));
        }
        if (node.get() instanceof YamlNode.Sequence seq) {
            return listOfScalars(key, seq);
        }
        return wrongType(key, "a list or a comma-separated string", node.get());
    }

    private Optional<List<String>> listOfScalars(String key, YamlNode.Sequence seq) {
        List<String> values = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            if (item instanceof YamlNode.Scalar s && s.kind() != YamlNode.Scalar.Kind.NULL) {
                if (!s.text().isBlank()) {
                    values.add(s.text().strip());
                }
            } else {
                diagnostics.error(at(item), "'" + keyPrefix + key + "' items must be strings, found "
                        + item.describe());
                return Optional.empty();
            }
        }
        return Optional.of(List.copyOf(values));
    }

    private static List<String> splitCommas(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Every key not in {@code known}, in the order written. */
    public List<YamlNode.Entry> unknown(Set<String> known) {
        return mapping.entries().stream().filter(e -> !known.contains(e.key())).toList();
    }

    /** The keys not in {@code known}, as plain values for templates. */
    public Map<String, Object> plainValues(List<YamlNode.Entry> entries) {
        Map<String, Object> values = new LinkedHashMap<>();
        entries.forEach(e -> values.put(e.key(), YamlValues.plain(e.value())));
        return values;
    }

    public void error(String key, String message) {
        diagnostics.error(pos(key), message);
    }

    public Diagnostics diagnostics() {
        return diagnostics;
    }

    private <T> Optional<T> wrongType(String key, String expected, YamlNode found) {
        diagnostics.error(at(found), "'" + keyPrefix + key + "' must be " + expected + ", found " + found.describe());
        return Optional.empty();
    }

    private static boolean isNull(YamlNode node) {
        return node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.NULL;
    }
}
