package dev.leafpress.importer;

import dev.leafpress.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Small reads and edits of a header mapping during an import. */
final class HeaderEdits {

    private HeaderEdits() {
    }

    static String text(YamlNode.Mapping keys, String key) {
        return keys.entry(key).map(YamlNode.Entry::value)
                .filter(v -> v instanceof YamlNode.Scalar s && s.kind() != YamlNode.Scalar.Kind.NULL)
                .map(v -> ((YamlNode.Scalar) v).text()).orElse(null);
    }

    /** A list's strings, or a string split on spaces (Jekyll's way for categories). */
    static List<String> strings(YamlNode.Mapping keys, String key) {
        List<String> out = new ArrayList<>();
        keys.entry(key).map(YamlNode.Entry::value).ifPresent(v -> {
            if (v instanceof YamlNode.Sequence seq) {
                seq.items().forEach(i -> out.add(i instanceof YamlNode.Scalar s ? s.text() : ""));
            } else if (v instanceof YamlNode.Scalar s && s.kind() != YamlNode.Scalar.Kind.NULL) {
                out.addAll(List.of(s.text().strip().split("\\s+")));
            }
        });
        out.removeIf(String::isBlank);
        return out;
    }

    /** Adds {@code url} to the end of {@code aliases}, making the key if needed. */
    static YamlNode.Mapping withAlias(YamlNode.Mapping keys, Optional<String> url) {
        if (url.isEmpty()) {
            return keys;
        }
        YamlNode.Scalar alias = new YamlNode.Scalar(url.get(), YamlNode.Scalar.Kind.STRING, 0, 0);
        List<YamlNode.Entry> entries = new ArrayList<>(keys.entries());
        Optional<YamlNode.Entry> existing = keys.entry("aliases");
        List<YamlNode> items = new ArrayList<>();
        existing.map(YamlNode.Entry::value).ifPresent(v -> {
            if (v instanceof YamlNode.Sequence seq) {
                items.addAll(seq.items());
            } else {
                items.add(v);
            }
        });
        if (items.stream().noneMatch(i -> i instanceof YamlNode.Scalar s && s.text().equals(url.get()))) {
            items.add(alias);
        }
        YamlNode.Entry entry = new YamlNode.Entry("aliases", 0, 0, new YamlNode.Sequence(List.copyOf(items), 0, 0));
        existing.ifPresentOrElse(e -> entries.set(entries.indexOf(e), entry), () -> entries.add(entry));
        return new YamlNode.Mapping(List.copyOf(entries), keys.line(), keys.column());
    }

    static YamlNode.Mapping without(YamlNode.Mapping keys, String key) {
        return new YamlNode.Mapping(keys.entries().stream().filter(e -> !e.key().equals(key)).toList(), keys.line(),
                keys.column());
    }

    static YamlNode.Mapping mapStrings(YamlNode.Mapping keys, String key, UnaryOperator<String> change) {
        List<YamlNode.Entry> entries = keys.entries().stream().map(e -> e.key().equals(key)
                && e.value() instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.STRING
                ? new YamlNode.Entry(key, e.line(), e.column(), new YamlNode.Scalar(change.apply(s.text()), s.kind(),
                s.line(), s.column())) : e).toList();
        return new YamlNode.Mapping(entries, keys.line(), keys.column());
    }
}
