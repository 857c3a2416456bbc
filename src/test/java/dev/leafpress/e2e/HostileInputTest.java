package dev.leafpress.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leafpress.build.BuildOptions;
import dev.leafpress.build.BuildPipeline;
import dev.leafpress.build.BuildResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs too big or too strange for fixture files: generated here, built end to end. */
class HostileInputTest {

    @TempDir
    Path tmp;

    private Path site() throws IOException {
        Path site = tmp.resolve("site");
        Files.createDirectories(site.resolve("content/posts"));
        Files.writeString(site.resolve("site.yaml"), "title: Hostile\n");
        return site;
    }

    private static void post(Path site, String file, String frontMatter, String body) throws IOException {
        Files.writeString(site.resolve("content/posts").resolve(file), "---\n" + frontMatter + "\n---\n" + body);
    }

    private BuildResult build(Path site) {
        return BuildPipeline.run(BuildOptions.of(site).withOutput(tmp.resolve("out")));
    }

    @Test
    void buildsATwentyMegabytePost() throws IOException {
        Path site = site();
        StringBuilder body = new StringBuilder(21_000_000);
        for (int i = 0; body.length() < 20_000_000; i++) {
            body.append("Paragraph ").append(i).append(" has some *emphasis* and `code` in it. ".repeat(8)).append("\n\n");
        }
        body.append("The very last paragraph.\n");
        post(site, "huge.md", "title: Huge\ndate: 2020-01-01", body.toString());
        build(site);
        String html = Files.readString(tmp.resolve("out/posts/huge/index.html"));
        assertThat(html).contains("The very last paragraph.");
        assertThat(Files.readString(tmp.resolve("out/index.html"))).contains("Paragraph 0", "Read more");
    }

    @Test
    void survivesTenThousandNestedBlockquotesAndLists() throws IOException {
        Path site = site();
        post(site, "quotes.md", "title: Quotes\ndate: 2020-01-01", ">".repeat(10_000) + " deep quote\n");
        post(site, "lists.md", "title: Lists\ndate: 2020-01-02", "- ".repeat(10_000) + "deep item\n");
        post(site, "ordered.md", "title: Ordered\ndate: 2020-01-03", "1. ".repeat(10_000) + "deep item\n");
        build(site);
        assertThat(Files.readString(tmp.resolve("out/posts/quotes/index.html"))).contains("deep quote");
        assertThat(Files.readString(tmp.resolve("out/posts/lists/index.html"))).contains("deep item");
    }

    @Test
    void buildsAPostWithAOneMegabyteLine() throws IOException {
        Path site = site();
        post(site, "line.md", "title: Line\ndate: 2020-01-01", "word ".repeat(200_000) + "end-of-line\n");
        build(site);
        assertThat(Files.readString(tmp.resolve("out/posts/line/index.html"))).contains("end-of-line");
    }

    @Test
    void acceptsFileNamesWithSpacesQuotesAndNonAsciiLetters() throws IOException {
        Path site = site();
        Path folder = Files.createDirectories(site.resolve("content/posts/été 2020"));
        Files.writeString(folder.resolve("it's \"quoted\" & ünïcødé.md"),
                "---\ntitle: Strange Names\ndate: 2020-07-01\n---\n![A photo](my%20photo%20ü.svg) and ![again](<my photo ü.svg>)\n");
        Files.writeString(folder.resolve("my photo ü.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        build(site);
        String html = Files.readString(tmp.resolve("out/posts/strange-names/index.html"));
        assertThat(tmp.resolve("out/été 2020/my photo ü.svg")).exists();
        assertThat(html).contains("src=\"/%C3%A9t%C3%A9%202020/my%20photo%20%C3%BC.svg\"");
    }

    @Test
    void slugsCannotEscapeTheOutputFolder() throws IOException {
        Path site = site();
        post(site, "a.md", "title: A\ndate: 2020-01-01\nslug: ../../../escaped", "A.");
        post(site, "b.md", "title: B\ndate: 2020-01-02\nslug: 'a\\b/c'", "B.");
        post(site, "c.md", "title: C\ndate: 2020-01-03\nslug: con", "C.");
        build(site);
        assertThat(tmp.resolve("out/posts/escaped/index.html")).exists();
        assertThat(tmp.resolve("out/posts/a-b-c/index.html")).exists();
        assertThat(tmp.resolve("out/posts/con_/index.html")).exists();
        try (Stream<Path> top = Files.list(tmp)) {
            assertThat(top.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("site", "out");
        }
    }
}
