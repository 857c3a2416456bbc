package dev.leafpress.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leafpress.build.BuildOptions;
import dev.leafpress.build.BuildPipeline;
import dev.leafpress.diag.Diagnostic;
import dev.leafpress.markup.Note;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images without alt text, or with sizes HTML cannot take, are found at the line where the author wrote them. */
class ImageWarningsTest {

    private final MarkdownEngine engine = new MarkdownEngine();

    private List<Integer> lines(String markdown) {
        return engine.render(markdown, null, 50, "a.md", LinkResolver.NONE).warnings().stream()
                .filter(w -> w.message().equals("image has no alt text")).map(Note::line).toList();
    }

    @Test
    void sizesBecomeWholePixelsOrAreLeftOutWithAWarning() {
        RenderedMarkdown out = engine.render("![a](a.png){width=640px height=\"480\"}\n\n![b](b.png){width=50%}\n",
                null, 50, "a.md", LinkResolver.NONE);
        assertThat(out.html()).contains("<img src=\"a.png\" alt=\"a\" width=\"640\" height=\"480\" />")
                .contains("<img src=\"b.png\" alt=\"b\" />");
        assertThat(out.warnings()).containsExactly(new Note(3,
                "image width '50%' is not a whole number of pixels (write width=640); it is left out"));
    }

    @Test
    void findsTheLineOfEachImageWithoutAlt() {
        assertThat(lines("""
                Intro.

                ![](a.png)

                A paragraph that goes on
                over two lines, then ![](b.png) and ![described](c.png).

                - a list item with ![ ](d.png)
                """)).containsExactly(3, 6, 8);
    }

    @Test
    void imagesWithAltTextAreFine() {
        assertThat(lines("![A square](a.png) and [a link](b.html)\n\n> ![Quoted](q.png)\n")).isEmpty();
    }

    @Test
    void buildWarnsWithTheLineInTheAuthorsFileAndStillSucceeds(@TempDir Path site) throws IOException {
        Files.writeString(site.resolve("site.yaml"), "title: T\nbase_url: https://example.org/\n");
        Path post = site.resolve("content/posts/pic.md");
        Files.createDirectories(post.getParent());
        Files.writeString(post, "---\ntitle: Pic\ndate: 2020-01-01\n---\n\nText.\n\n![](square.png)\n");
        var result = BuildPipeline.run(BuildOptions.of(site).withOutput(site.resolve("out")));
        assertThat(result.warnings()).map(Diagnostic::toString)
                .containsExactly("content/posts/pic.md:8: warning: image has no alt text");
        assertThat(site.resolve("out/index.html")).exists();
    }
}
