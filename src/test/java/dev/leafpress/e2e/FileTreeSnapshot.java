package dev.leafpress.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Every file under a folder, by relative path with "/", with its bytes. */
final class FileTreeSnapshot {

    private FileTreeSnapshot() {
    }

    static Map<String, byte[]> read(Path root, Predicate<String> include) {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                if (include.test(relative)) {
                    files.put(relative, Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Every file under {@code root} as UTF-8 text, so that a difference shows readably in a failed assertion. */
    static Map<String, String> text(Path root) {
        Map<String, String> text = new TreeMap<>();
        read(root, f -> true).forEach((k, v) -> text.put(k, new String(v, java.nio.charset.StandardCharsets.UTF_8)));
        return text;
    }

    static void write(Path root, Map<String, byte[]> files) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = root.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
    }
}
