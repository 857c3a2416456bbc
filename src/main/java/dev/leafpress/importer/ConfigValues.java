package dev.leafpress.importer;

import dev.leafpress.content.SourceReader;
import dev.leafpress.yaml.JsonReader;
import dev.leafpress.yaml.TomlReader;
import dev.leafpress.yaml.YamlNode;
import dev.leafpress.yaml.YamlReader;
import dev.leafpress.yaml.YamlSyntaxError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** An old blog's YAML, TOML or JSON settings file, read by dotted key ({@code params.author}). */
final class ConfigValues {

    private final YamlNode.Mapping root;

    private ConfigValues(YamlNode.Mapping root) {
        this.root = root;
    }

    static ConfigValues empty() {
        return new ConfigValues(new YamlNode.Mapping(List.of(), 1, 1));
    }

    /** Reads the file by its extension; a file that cannot be read gives no values. */
    static ConfigValues read(Path file) {
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        String text = SourceReader.read(file, file.getFileName().toString()).text();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            YamlNode node = name.endsWith(".toml") ? TomlReader.read(text)
                    : name.endsWith(".json") ? JsonReader.readLeading(text).root() : YamlReader.read(text);
            return node instanceof YamlNode.Mapping m ? new ConfigValues(m) : empty();
        } catch (YamlSyntaxError e) {
            return empty();
        }
    }

    /** These values, with the top-level keys of {@code under} that these lack. */
    ConfigValues over(ConfigValues under) {
        List<YamlNode.Entry> entries = new ArrayList<>(root.entries());
        under.root.entries().stream().filter(e -> root.entries().stream()
                .noneMatch(own -> own.key().equalsIgnoreCase(e.key()))).forEach(entries::add);
        return new ConfigValues(new YamlNode.Mapping(List.copyOf(entries), root.line(), root.column()));
    }

    /** These values with {@code values} under {@code key}, as Hugo reads {@code config/_default/params.toml}. */
    ConfigValues with(String key, ConfigValues values) {
        List<YamlNode.Entry> entries = new ArrayList<>(root.entries());
        entries.removeIf(e -> e.key().equalsIgnoreCase(key));
        entries.add(new YamlNode.Entry(key, 0, 0, values.root));
        return new ConfigValues(new YamlNode.Mapping(List.copyOf(entries), root.line(), root.column()));
    }

    Optional<YamlNode> node(String dotted) {
        YamlNode node = root;
        for (String key : dotted.split("\\.")) {
            if (!(node instanceof YamlNode.Mapping m)) {
                return Optional.empty();
            }
            Optional<YamlNode> next = m.entries().stream().filter(e -> e.key().equalsIgnoreCase(key))
                    .map(YamlNode.Entry::value).findFirst();
            if (next.isEmpty()) {
                return Optional.empty();
            }
            node = next.get();
        }
        return Optional.of(node);
    }

    String text(String dotted, String fallback) {
        return node(dotted).filter(n -> n instanceof YamlNode.Scalar s && s.kind() != YamlNode.Scalar.Kind.NULL)
                .map(n -> ((YamlNode.Scalar) n).text()).orElse(fallback);
    }

    List<String> list(String dotted) {
        List<String> out = new ArrayList<>();
        node(dotted).ifPresent(n -> {
            if (n instanceof YamlNode.Sequence seq) {
                seq.items().forEach(i -> out.add(i instanceof YamlNode.Scalar s ? s.text() : ""));
            }
        });
        return out;
    }

    /** The string values of a mapping, e.g. Hugo's {@code permalinks} by section. */
    Map<String, String> map(String dotted) {
        Map<String, String> out = new LinkedHashMap<>();
        node(dotted).ifPresent(n -> {
            if (n instanceof YamlNode.Mapping m) {
                m.entries().forEach(e -> out.put(e.key(), e.value() instanceof YamlNode.Scalar s ? s.text() : ""));
            }
        });
        return out;
    }
}
