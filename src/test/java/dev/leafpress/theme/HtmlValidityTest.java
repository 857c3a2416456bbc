package dev.leafpress.theme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leafpress.build.BuildOptions;
import dev.leafpress.build.BuildPipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every page that a build writes is valid HTML according to the Nu HTML Checker. */
class HtmlValidityTest {

    private static HtmlChecker checker;

    @BeforeAll
    static void loadChecker() throws Exception {
        checker = new HtmlChecker();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {".", "src/test/resources/sites/golden"})
    void everyPageOfTheSiteIsValidHtml(String siteRoot, @TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        BuildPipeline.run(BuildOptions.of(Path.of(siteRoot).toAbsolutePath()).withOutput(out));
        List<Path> pages = htmlFiles(out);
        List<String> errors = new ArrayList<>();
        for (Path page : pages) {
            checker.errors(page).forEach(e -> errors.add(out.relativize(page) + ":" + e));
        }
        assertThat(pages).hasSizeGreaterThan(10);
        assertThat(errors).isEmpty();
    }

    /** Guards the test above: a checker that reported nothing at all would pass it too. */
    @Test
    void checkerReportsTheErrorsOfABrokenPage(@TempDir Path tmp) throws Exception {
        Path page = tmp.resolve("broken.html");
        Files.writeString(page, """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"></head>
                <body><p id="a">One</p><p id="a">Two</p><img src="x.png"></body></html>
                """);
        assertThat(checker.errors(page)).hasSize(3).anySatisfy(e -> assertThat(e).contains("Duplicate ID"))
                .anySatisfy(e -> assertThat(e).contains("alt")).anySatisfy(e -> assertThat(e).contains("title"));
    }

    private static List<Path> htmlFiles(Path out) throws Exception {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
