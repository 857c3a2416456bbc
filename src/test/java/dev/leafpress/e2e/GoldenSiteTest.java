package dev.leafpress.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.leafpress.build.BuildOptions;
import dev.leafpress.build.BuildPipeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds a small fixture site and compares the whole output tree with the expected tree, byte for
 * byte. After an intended change, regenerate it with {@code mvn test -Dtest=GoldenSiteTest
 * -Dgolden.update=true} and review the diff. Files under {@code theme/} are not copied into the
 * expected tree: the theme's static files are compared with their source, and Prism's (from the
 * prismjs dependency) are checked for presence and content.
 */
class GoldenSiteTest {

    static final Path SITE = Path.of("src/test/resources/sites/golden");
    static final Path EXPECTED = Path.of("src/test/resources/golden/expected");
    static final List<String> BUNDLED = List.of("theme/prism.js", "theme/prism.css");
    /** The theme's static files are compared with their source instead of a second copy. */
    static final Path THEME_STATIC = Path.of("themes/default/static");
    /** The build's moment: after every fixture post but the one dated 2999. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);

    /** How every test builds the golden site: at {@link #CLOCK}. */
    static BuildOptions options() {
        return BuildOptions.of(SITE).withClock(CLOCK);
    }

    @Test
    void outputMatchesTheExpectedTree(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("out");
        BuildPipeline.run(options().withOutput(out));
        Map<String, byte[]> actual = FileTreeSnapshot.read(out, path -> !path.startsWith("theme/"));
        if (Boolean.getBoolean("golden.update")) {
            FileTreeSnapshot.write(EXPECTED, actual);
        }
        Map<String, byte[]> expected = FileTreeSnapshot.read(EXPECTED, path -> true);
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        for (String path : expected.keySet()) {
            if (!Arrays.equals(expected.get(path), actual.get(path))) {
                fail("%s differs from the expected tree:%n%s", path, firstDifference(expected.get(path), actual.get(path)));
            }
        }
    }

    @Test
    void copiesTheThemesStaticFilesUnchanged(@TempDir Path tmp) {
        Path out = tmp.resolve("out");
        BuildPipeline.run(options().withOutput(out));
        Map<String, byte[]> published = FileTreeSnapshot.read(out.resolve("theme"), path -> !BUNDLED.contains("theme/" + path));
        Map<String, byte[]> source = FileTreeSnapshot.read(THEME_STATIC, path -> true);
        assertThat(published.keySet()).containsExactlyElementsOf(source.keySet()).isNotEmpty();
        source.forEach((path, bytes) -> assertThat(published.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void bundlesPrismFromTheDependency(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("out");
        BuildPipeline.run(BuildOptions.of(SITE).withOutput(out));
        String js = Files.readString(out.resolve("theme/prism.js"));
        assertThat(js).contains("Prism").contains("languages.python").contains("languages.bash");
        assertThat(Files.readString(out.resolve("theme/prism.css"))).contains("prefers-color-scheme: dark");
    }

    private static String firstDifference(byte[] expected, byte[] actual) {
        List<String> want = new String(expected, StandardCharsets.UTF_8).lines().toList();
        List<String> got = new String(actual, StandardCharsets.UTF_8).lines().toList();
        for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
            String w = i < want.size() ? want.get(i) : "<end of file>";
            String g = i < got.size() ? got.get(i) : "<end of file>";
            if (!w.equals(g)) {
                return "line " + (i + 1) + "\n  expected: " + w + "\n  actual:   " + g;
            }
        }
        return "same lines, different bytes (line endings?)";
    }
}
