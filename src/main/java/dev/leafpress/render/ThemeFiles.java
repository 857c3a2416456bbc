package dev.leafpress.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The theme's static files ({@code static/**}), to be published under {@code theme/}, and the packaged theme. */
public final class ThemeFiles {

    private ThemeFiles() {
    }

    public static List<RenderedPage> staticFiles(Theme theme) {
        if (theme.dir().isPresent()) {
            return readTree(theme.dir().get().resolve("static"), "theme/");
        }
        return builtIn("static", "theme/");
    }

    /** Every file of the packaged default theme, by path in the theme: {@code templates/base.peb}, ... */
    public static List<RenderedPage> builtInTheme() {
        List<RenderedPage> files = new ArrayList<>(builtIn("templates", "templates/"));
        files.addAll(builtIn("static", "static/"));
        return files;
    }

    private static List<RenderedPage> builtIn(String folder, String prefix) {
        URL url = ThemeFiles.class.getClassLoader().getResource(Theme.BUILT_IN_RESOURCE + folder);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                return readTree(jarFileSystem(uri).provider().getPath(uri), prefix);
            }
            return readTree(Path.of(uri), prefix);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the built-in theme: " + e.getMessage(), e);
        }
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        }
    }

    private static List<RenderedPage> readTree(Path dir, String prefix) {
        List<RenderedPage> files = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = dir.relativize(file).toString().replace('\\', '/');
                files.add(new RenderedPage(prefix + relative, Files.readAllBytes(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
