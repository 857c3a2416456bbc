package dev.leafpress.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leafpress.build.BuildOptions;
import dev.leafpress.build.BuildPipeline;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code leafpress theme export}: the packaged theme on disk, used by the site, never overwriting. */
class ThemeExportTest {

    @Test
    void exportsEveryFileOfThePackagedTheme(@TempDir Path tmp) throws IOException {
        ThemeExport.Result result = ThemeExport.export(tmp.resolve("theme"));
        assertThat(result.kept()).isEmpty();
        assertThat(result.written()).contains(tmp.resolve("theme/templates/base.peb"),
                tmp.resolve("theme/templates/404.peb"), tmp.resolve("theme/static/style.css"));
        try (InputStream packaged = getClass().getClassLoader()
                .getResourceAsStream("leafpress/themes/default/templates/post.peb")) {
            assertThat(tmp.resolve("theme/templates/post.peb")).hasBinaryContent(packaged.readAllBytes());
        }
    }

    @Test
    void neverOverwritesAnExistingFile(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("theme");
        Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("templates/base.peb"), "my own layout");
        ThemeExport.Result result = ThemeExport.export(dir);
        assertThat(result.kept()).containsExactly(dir.resolve("templates/base.peb"));
        assertThat(dir.resolve("templates/base.peb")).hasContent("my own layout");
        assertThat(ThemeExport.export(dir).written()).isEmpty();
    }

    @Test
    void aSiteBuildsTheSameWithTheExportedTheme(@TempDir Path tmp) throws IOException {
        Path blog = tmp.resolve("blog");
        SiteScaffold.create(blog, SiteScaffoldTest.TODAY);
        BuildOptions options = BuildOptions.of(blog).withClock(SiteScaffoldTest.SAME_DAY);
        BuildPipeline.run(options);
        Map<String, String> builtIn = tree(blog.resolve("output"));
        ThemeExport.export(blog.resolve(ThemeExport.DEFAULT_DIR));
        Files.writeString(blog.resolve("themes/default/static/extra.css"), "body { color: teal; }\n");
        BuildPipeline.run(options);
        Map<String, String> exported = tree(blog.resolve("output"));
        assertThat(exported.remove("theme/extra.css")).isNotNull();
        assertThat(exported).isEqualTo(builtIn);
    }

    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }
}
