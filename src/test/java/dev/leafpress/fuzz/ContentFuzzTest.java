package dev.leafpress.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.leafpress.content.ContentFile;
import dev.leafpress.content.EntryKind;
import dev.leafpress.content.EntryParser;
import dev.leafpress.content.MarkdownEngine;
import dev.leafpress.content.ParsedEntry;
import dev.leafpress.content.RenderedMarkdown;
import dev.leafpress.diag.Diagnostic;
import dev.leafpress.diag.Diagnostics;
import dev.leafpress.site.ContentLinks;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * Fuzz tests over what authors write. In a normal test run they replay the committed inputs
 * under src/test/resources/dev/leafpress/fuzz/ContentFuzzTestInputs/; {@code JAZZER_FUZZ=1 mvn test
 * -Dtest=ContentFuzzTest} fuzzes for real and saves any crash there. The only failure allowed is
 * Leafpress's own diagnostic: an exception of any other kind fails the test.
 */
class ContentFuzzTest {

    private static final ContentFile FILE = new ContentFile(Path.of("fuzz.md"), "content/posts/fuzz.md", "posts/fuzz.md");
    private static final MarkdownEngine MARKDOWN = new MarkdownEngine();
    private static final ContentLinks LINKS = new ContentLinks(
            Map.of("posts/other.md", "posts/other/", "posts/img.png", "img.png"), "/blog/");

    @FuzzTest(maxDuration = "60s")
    void frontMatterParsingEndsInAnEntryOrDiagnostics(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        Diagnostics diagnostics = new Diagnostics();
        Optional<ParsedEntry> entry = EntryParser.parse(FILE, text, EntryKind.POST, ZoneId.of("UTC"), diagnostics);
        if (entry.isEmpty()) {
            assertThat(diagnostics.sorted()).anyMatch(Diagnostic::isError);
        } else {
            assertThat(entry.get().meta().title()).isNotBlank();
            assertThat(entry.get().meta().slug()).doesNotContain("/", "\\", "..");
        }
        diagnostics.sorted().forEach(d -> assertThat(d.pos().file()).isEqualTo("content/posts/fuzz.md"));
    }

    @FuzzTest(maxDuration = "60s")
    void markdownRendersToHtmlAndAnExcerpt(FuzzedDataProvider data) {
        int words = data.consumeInt(1, 200);
        boolean withSummary = data.consumeBoolean();
        String summary = withSummary ? data.consumeString(200) : null;
        String body = data.consumeRemainingAsString();
        RenderedMarkdown rendered = MARKDOWN.render(body, summary, words, FILE.display(), LINKS);
        assertThat(rendered.html()).isNotNull();
        assertThat(rendered.excerptHtml().length()).isLessThanOrEqualTo(rendered.html().length() + 4096);
        if (!rendered.hasMore() && summary == null) {
            assertThat(rendered.excerptHtml()).doesNotContain("data-footnote-ref");
        }
    }
}
