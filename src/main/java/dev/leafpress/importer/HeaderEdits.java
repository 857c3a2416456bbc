package dev.leafpress.importer;

import dev.leafpress.yaml.YamlNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    /** Adds {@code url} to the end of {@code aliases}, making the key if needed, each address once. */
    static YamlNode.Mapping withAlias(YamlNode.Mapping keys, Optional<String> url) {
        if (url.isEmpty() && keys.entry("aliases").isEmpty()) {
            return keys;
        }
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
        url.ifPresent(u -> items.add(new YamlNode.Scalar(u, YamlNode.Scalar.Kind.STRING, 0, 0)));
        YamlNode.Entry entry = new YamlNode.Entry("aliases", 0, 0, new YamlNode.Sequence(distinct(items), 0, 0));
        existing.ifPresentOrElse(e -> entries.set(entries.indexOf(e), entry), () -> entries.add(entry));
        return new YamlNode.Mapping(List.copyOf(entries), keys.line(), keys.column());
    }

    /** Aliases naming one address once: "/old", "/old/" and "/old/index.html" are one. */
    private static List<YamlNode> distinct(List<YamlNode> items) {
        Set<String> seen = new HashSet<>();
        return items.stream().filter(i -> !(i instanceof YamlNode.Scalar s)
                || seen.add(KeptUrls.path(s.text()).orElse(s.text()))).toList();
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
