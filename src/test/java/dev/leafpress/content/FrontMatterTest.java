package dev.leafpress.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.leafpress.diag.BuildFailure;
import dev.leafpress.diag.Diagnostic;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrontMatterTest {

    private static FrontMatter split(String text) {
        return FrontMatter.split(new SourceFile(Path.of("post.md"), "content/posts/post.md", text));
    }

    private static String failure(String text) {
        BuildFailure failure = catchThrowableOfType(BuildFailure.class, () -> split(text));
        assertThat(failure).as("expected a failure for:%n%s", text).isNotNull();
        assertThat(failure.diagnostics()).hasSize(1);
        return failure.diagnostics().get(0).toString();
    }

    @Test
    void splitsYamlAndBody() {
        FrontMatter fm = split("""
                ---
                title: Hello
                date: 2014-06-28
                ---
                First line of body.

                Second paragraph.
                """);
        assertThat(fm.yaml()).isEqualTo("title: Hello\ndate: 2014-06-28\n");
        assertThat(fm.yamlLineOffset()).isEqualTo(1);
        assertThat(fm.body()).isEqualTo("First line of body.\n\nSecond paragraph.\n");
        assertThat(fm.bodyLineOffset()).isEqualTo(4);
    }

    @Test
    void bodyLineOffsetMapsBodyLinesToFileLines() {
        String text = """
                ---
                title: Hello

                # a comment
                date: 2014-06-28
                ---
                body line one
                body line two
                """;
        FrontMatter fm = split(text);
        String[] fileLines = text.split("\n");
        String[] bodyLines = fm.body().split("\n");
        // Body line n (1-based) is file line n + bodyLineOffset.
        assertThat(fileLines[2 + fm.bodyLineOffset() - 1]).isEqualTo(bodyLines[1]).isEqualTo("body line two");
        assertThat(fm.bodyLineOffset()).isEqualTo(6);
        // YAML line n is file line n + yamlLineOffset.
        assertThat(fileLines[4 + fm.yamlLineOffset() - 1]).isEqualTo(fm.yaml().split("\n")[3]);
    }

    @Test
    void acceptsDotsAsClosingLineAndTrailingSpacesOnFences() {
        FrontMatter fm = split("---   \ntitle: A\n...\nBody\n");
        assertThat(fm.yaml()).isEqualTo("title: A\n");
        assertThat(fm.body()).isEqualTo("Body\n");
        assertThat(fm.bodyLineOffset()).isEqualTo(3);
    }

    @Test
    void keepsLaterRulesInTheBody() {
        FrontMatter fm = split("---\ntitle: A\n---\nabove\n\n---\n\nbelow\n");
        assertThat(fm.yaml()).isEqualTo("title: A\n");
        assertThat(fm.body()).isEqualTo("above\n\n---\n\nbelow\n");
    }

    @Test
    void closingFenceAtEndOfFileGivesEmptyBody() {
        FrontMatter fm = split("---\ntitle: A\n---");
        assertThat(fm.yaml()).isEqualTo("title: A\n");
        assertThat(fm.body()).isEmpty();
        assertThat(fm.bodyLineOffset()).isEqualTo(3);
    }

    @Test
    void emptyFrontMatterIsAllowedHere() {
        FrontMatter fm = split("---\n---\nBody\n");
        assertThat(fm.yaml()).isEmpty();
        assertThat(fm.body()).isEqualTo("Body\n");
        assertThat(fm.bodyLineOffset()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"title: A\n---\nBody\n", "Just Markdown.\n", "\n---\ntitle: A\n---\n", "----\ntitle: A\n----\n"})
    void rejectsMissingFrontMatterAtLineOne(String text) {
        assertThat(failure(text)).isEqualTo("content/posts/post.md:1: error: missing front matter: the file must"
                + " start with a '---' line, then YAML (title, date, ...), then '---'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"---\ntitle: A\nBody without a closing line\n", "---", "---\n"})
    void rejectsUnterminatedFrontMatter(String text) {
        assertThat(failure(text)).isEqualTo("content/posts/post.md:1: error: front matter is not terminated:"
                + " no closing '---' line after the opening one");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n", "  \n\t\n"})
    void rejectsEmptyFile(String text) {
        assertThat(failure(text)).isEqualTo("content/posts/post.md:1: error: file is empty"
                + " (expected front matter with title and date)");
    }

    @Test
    void handlesCrLfAfterNormalisation() {
        String crlf = "---\r\ntitle: A\r\ndate: 2014-06-28\r\n---\r\nBody\r\nmore\r\n";
        FrontMatter fm = split(SourceReader.normaliseLineEndings(crlf));
        assertThat(fm.yaml()).isEqualTo("title: A\ndate: 2014-06-28\n");
        assertThat(fm.body()).isEqualTo("Body\nmore\n");
        assertThat(fm.bodyLineOffset()).isEqualTo(4);
        assertThat(fm.yaml() + fm.body()).doesNotContain("\r");
    }

    @Test
    void diagnosticCarriesFileName() {
        BuildFailure failure = catchThrowableOfType(BuildFailure.class, () -> split("no front matter\n"));
        Diagnostic d = failure.diagnostics().get(0);
        assertThat(d.pos().file()).isEqualTo("content/posts/post.md");
        assertThat(d.pos().line()).isEqualTo(1);
    }
}
