package dev.leafpress.build;

import dev.leafpress.config.ConfigLoader;
import dev.leafpress.render.Theme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a cached build depends on besides content/: Leafpress's version, the options, site.yaml
 * and every file of the theme and of the site's own templates. Any difference ignores the cache.
 */
final class CacheKey {

    private CacheKey() {
    }

    static String of(BuildOptions options, Theme theme, String version) {
        Hash128 digest = new Hash128();
        text(digest, version + "\0" + options.drafts() + "\0" + options.future() + "\0" + options.baseUrl()
                + "\0" + options.output().toAbsolutePath().normalize() + "\0" + theme.name());
        file(digest, options.siteRoot(), options.siteRoot().resolve(ConfigLoader.FILE_NAME));
        // Which folders exist counts too: an empty themes/default/ replaces the built-in theme.
        text(digest, theme.dir().isPresent() + "\0" + theme.overrideDir().isPresent());
        theme.dir().ifPresent(dir -> tree(digest, dir));
        theme.overrideDir().ifPresent(dir -> tree(digest, dir));
        return digest.hex();
    }

    static String of(BuildOptions options, Theme theme) {
        return of(options, theme, versionOfJar());
    }

    /** The version, and the jar's own size and time, so a rebuilt jar of the same version counts as new. */
    private static String versionOfJar() {
        try {
            Path jar = Path.of(CacheKey.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return version() + "\0" + Files.size(jar) + "\0" + Files.getLastModifiedTime(jar);
        } catch (Exception e) {
            return version();
        }
    }

    /** The version Maven wrote into the jar (as {@code leafpress --version} reads it). */
    private static String version() {
        try (var in = CacheKey.class.getResourceAsStream("/leafpress/version.properties")) {
            return in == null ? "unknown" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void tree(Hash128 digest, Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> sorted = files.filter(Files::isRegularFile).sorted().toList();
            sorted.forEach(f -> file(digest, dir, f));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void file(Hash128 digest, Path root, Path file) {
        text(digest, root.relativize(file).toString());
        try {
            byte[] bytes = Files.readAllBytes(file);
            text(digest, Integer.toString(bytes.length));
            digest.add(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(Hash128 digest, String text) {
        digest.add(text);
    }

}
