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

/** The theme's static files ({@code static/**}), to be published under {@code theme/}. */
public final class ThemeFiles {

    private ThemeFiles() {
    }

    public static List<RenderedPage> staticFiles(Theme theme) {
        if (theme.dir().isPresent()) {
            return readTree(theme.dir().get().resolve("static"));
        }
        return builtInStatic();
    }

    private static List<RenderedPage> builtInStatic() {
        URL url = ThemeFiles.class.getClassLoader().getResource(Theme.BUILT_IN_RESOURCE + "static");
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                return readTree(jarFileSystem(uri).provider().getPath(uri));
            }
            return readTree(Path.of(uri));
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

    private static List<RenderedPage> readTree(Path dir) {
        List<RenderedPage> files = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = dir.relativize(file).toString().replace('\\', '/');
                files.add(new RenderedPage("theme/" + relative, Files.readAllBytes(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
