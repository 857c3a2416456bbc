package dev.leafpress.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A Hugo site's settings: {@code hugo.toml} (or {@code config.toml}, YAML and JSON forms) at the
 * top, and the {@code config/_default/} folder, where {@code hugo.toml} holds the top-level keys
 * and every other file one key by its name ({@code permalinks.toml} is {@code [permalinks]}).
 * The top file wins where both set a key.
 */
final class HugoConfig {

    private static final List<String> MAIN = List.of("hugo", "config");
    private static final List<String> EXTENSIONS = List.of("toml", "yaml", "yml", "json");

    private HugoConfig() {
    }

    /** The settings, or empty when the site has no settings file at all. */
    static Optional<ConfigValues> read(Path root) {
        Optional<ConfigValues> top = main(root);
        Optional<ConfigValues> folder = folder(root.resolve("config").resolve("_default"));
        if (top.isPresent() && folder.isPresent()) {
            return Optional.of(top.get().over(folder.get()));
        }
        return top.or(() -> folder);
    }

    private static Optional<ConfigValues> main(Path dir) {
        for (String name : MAIN) {
            for (String ext : EXTENSIONS) {
                Path file = dir.resolve(name + "." + ext);
                if (Files.isRegularFile(file)) {
                    return Optional.of(ConfigValues.read(file));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<ConfigValues> folder(Path dir) {
        List<String> files = SourceFiles.list(dir).stream().filter(f -> !f.contains("/"))
                .filter(f -> EXTENSIONS.contains(f.substring(f.lastIndexOf('.') + 1))).toList();
        Optional<ConfigValues> main = main(dir);
        if (files.isEmpty()) {
            return main;
        }
        ConfigValues values = main.orElse(ConfigValues.empty());
        for (String file : files) {
            String key = SourceFiles.withoutExtension(file);
            if (!MAIN.contains(key)) {
                values = values.with(key, ConfigValues.read(dir.resolve(file)));
            }
        }
        return Optional.of(values);
    }
}
