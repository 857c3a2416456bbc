package dev.leafpress.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leafpress.diag.Diagnostic;
import dev.leafpress.diag.Diagnostics;
import dev.leafpress.diag.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntryParserTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final String FILE = "content/posts/x.md";

    @TempDir
    Path dir;

    private final Diagnostics diagnostics = new Diagnostics();

    private Optional<ParsedEntry> parse(String text) throws IOException {
        return parse(text.getBytes(StandardCharsets.UTF_8), EntryKind.POST);
    }

    private Optional<ParsedEntry> parse(byte[] bytes, EntryKind kind) throws IOException {
        Path file = dir.resolve("x.md");
        Files.write(file, bytes);
        return EntryParser.parse(new ContentFile(file, FILE, "posts/x.md"), kind, ZONE, diagnostics);
    }

    private EntryMeta meta(String text) throws IOException {
        Optional<ParsedEntry> entry = parse(text);
        assertThat(messages()).noneMatch(m -> m.contains(": error: "));
        assertThat(entry).isPresent();
        return entry.get().meta();
    }

    private List<String> messages() {
        return diagnostics.sorted().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void readsEveryField() throws IOException {
        Optional<ParsedEntry> entry = parse("""
                ---
                title: "  Redis in Ten Minutes "
                date: 2014-06-28 10:30
                category: Databases
                tags: [redis, nosql]
                author: Ada Lovelace
                slug: Redis Intro!
                summary: A *short* look.
                draft: true
                ---
                # Heading

                Body text.
                """);

        assertThat(messages()).isEmpty();
        assertThat(entry).isPresent();
        ParsedEntry parsed = entry.get();
        EntryMeta meta = parsed.meta();
        assertThat(meta.title()).isEqualTo("Redis in Ten Minutes");
        assertThat(meta.date()).isEqualTo(ZonedDateTime.of(2014, 6, 28, 10, 30, 0, 0, ZONE));
        assertThat(meta.category()).isEqualTo("Databases");
        assertThat(meta.tags()).containsExactly("redis", "nosql");
        assertThat(meta.author()).isEqualTo("Ada Lovelace");
        assertThat(meta.slug()).isEqualTo("redis-intro");
        assertThat(meta.summary()).isEqualTo("A *short* look.");
        assertThat(meta.draft()).isTrue();
        assertThat(meta.order()).isZero();
        assertThat(meta.extra()).isEmpty();
        assertThat(parsed.kind()).isEqualTo(EntryKind.POST);
        assertThat(parsed.file().display()).isEqualTo(FILE);
        assertThat(parsed.body()).isEqualTo("# Heading\n\nBody text.\n");
        assertThat(parsed.bodyLineOffset()).isEqualTo(10);
    }

    @Test
    void optionalFieldsHaveTheirDefaults() throws IOException {
        EntryMeta meta = meta("""
                ---
                title: Hello, World!
                date: 2014-06-28
                ---
                """);
        assertThat(meta.slug()).isEqualTo("hello-world");
        assertThat(meta.category()).isNull();
        assertThat(meta.author()).isNull();
        assertThat(meta.summary()).isNull();
        assertThat(meta.tags()).isEmpty();
        assertThat(meta.draft()).isFalse();
        assertThat(meta.date()).isEqualTo(ZonedDateTime.of(2014, 6, 28, 0, 0, 0, 0, ZONE));
    }

    @Test
    void emptyOptionalValuesMeanNotGiven() throws IOException {
        EntryMeta meta = meta("""
                ---
                title: Hello
                date: 2014-06-28
                author:
                category: "  "
                summary:
                tags:
                draft:
                ---
                """);
        assertThat(meta.author()).isNull();
        assertThat(meta.category()).isNull();
        assertThat(meta.summary()).isNull();
        assertThat(meta.tags()).isEmpty();
        assertThat(meta.draft()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            'redis, python ,  , web'     | redis;python;web
            single                       | single
            '[a, " b ", c]'              | a;b;c
            '[2014, true]'               | 2014;true
            """)
    void readsTagsAsListOrCommaSeparatedString(String written, String expected) throws IOException {
        EntryMeta meta = meta("---\ntitle: T\ndate: 2014-06-28\ntags: " + written + "\n---\n");
        assertThat(meta.tags()).containsExactly(expected.split(";"));
    }

    @Test
    void readsTagsAsBlockList() throws IOException {
        EntryMeta meta = meta("""
                ---
                title: T
                date: 2014-06-28
                tags:
                  - one
                  - two words
                ---
                """);
        assertThat(meta.tags()).containsExactly("one", "two words");
    }

    @ParameterizedTest
    @CsvSource({"true,true", "false,false", "yes,true", "no,false", "on,true", "off,false", "True,true"})
    void readsDraftFlag(String written, boolean draft) throws IOException {
        EntryMeta meta = meta("---\ntitle: T\ndate: 2014-06-28\ndraft: " + written + "\n---\n");
        assertThat(meta.draft()).isEqualTo(draft);
    }

    @Test
    void dateWithOffsetKeepsItsOffset() throws IOException {
        EntryMeta meta = meta("---\ntitle: T\ndate: 2014-06-28T23:30:00-07:00\n---\n");
        assertThat(meta.date().getOffset()).isEqualTo(ZoneOffset.ofHours(-7));
        assertThat(meta.date().getDayOfMonth()).isEqualTo(28);
    }

    @Test
    void reportsMissingTitleAtTheStartOfTheFrontMatter() throws IOException {
        Optional<ParsedEntry> entry = parse("""
                ---
                date: 2014-06-28
                ---
                Body
                """);
        assertThat(entry).isEmpty();
        assertThat(messages()).containsExactly("content/posts/x.md:2:1: error: missing required 'title'");
    }

    @Test
    void reportsMissingDateForAPost() throws IOException {
        Optional<ParsedEntry> entry = parse("""
                ---
                title: Hello
                ---
                """);
        assertThat(entry).isEmpty();
        assertThat(messages()).containsExactly("content/posts/x.md:2:1: error: missing required 'date'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            'title: ""'    | content/posts/x.md:3:8: error: 'title' is empty
            'title: "   "' | content/posts/x.md:3:8: error: 'title' is empty
            'title:'       | content/posts/x.md:3:7: error: 'title' is empty
            """)
    void reportsEmptyTitleAtItsLine(String titleLine, String expected) throws IOException {
        Optional<ParsedEntry> entry = parse("---\ndate: 2014-06-28\n" + titleLine + "\n---\n");
        assertThat(entry).isEmpty();
        assertThat(messages()).containsExactly(expected);
    }

    @Test
    void reportsImpossibleDateAtTheDateLine() throws IOException {
        Optional<ParsedEntry> entry = parse("""
                ---
                title: Leap
                # written in a hurry

                date: 2014-02-30
                ---
                """);
        assertThat(entry).isEmpty();
        assertThat(messages()).containsExactly(
                "content/posts/x.md:5:7: error: impossible date '2014-02-30': February 2014 has 28 days");
    }

    @Test
    void reportsUnknownDateFormAtTheDateLine() throws IOException {
        parse("---\ntitle: T\ndate: June 28\n---\n");
        assertThat(messages()).singleElement().asString()
                .startsWith("content/posts/x.md:3:7: error: unknown date form 'June 28'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            'tags: {a: 1}'      | 4:7: error: 'tags' must be a list or a comma-separated string, found a mapping
            'tags: [a, [b]]'    | 4:11: error: 'tags' items must be strings, found a list
            'draft: maybe'      | 4:8: error: 'draft' must be true or false, found a string
            'draft: 1'          | 4:8: error: 'draft' must be true or false, found a number
            'title2: x'         | 4:1: warning: unknown front matter key 'title2'
            'category: [a, b]'  | 4:11: error: 'category' must be a string, found a list
            'category: ../..'   | 4:11: warning: category '../..' has no letters or digits to make its address from
            'tags: [ok, "!!!"]' | 4:7: warning: tag '!!!' has no letters or digits to make its address from
            'category: *t'      | 4:11: error: invalid YAML in front matter: YAML anchors and aliases (&t, *t) are not supported; write the value out
            'extra: &e x'       | 4:8: error: invalid YAML in front matter: YAML anchors and aliases (&e, *e) are not supported; write the value out
            'title2: "A & *B"'  | 4:1: warning: unknown front matter key 'title2'
            """)
    void reportsWrongTypesAtTheirLine(String line, String expected) throws IOException {
        parse("---\ntitle: T\ndate: 2014-06-28\n" + line + "\n---\n");
        assertThat(messages()).singleElement().asString().startsWith("content/posts/x.md:" + expected);
    }

    @Test
    void unknownKeyIsAWarningAndLandsInExtra() throws IOException {
        Optional<ParsedEntry> entry = parse("""
                ---
                title: Hello
                date: 2014-06-28
                mood: happy
                links: [a, b]
                ---
                """);
        assertThat(entry).isPresent();
        List<Diagnostic> all = diagnostics.sorted();
        assertThat(all).extracting(Diagnostic::severity).containsOnly(Severity.WARNING);
        assertThat(diagnostics.hasErrors()).isFalse();
        assertThat(messages()).containsExactly(
                "content/posts/x.md:4:1: warning: unknown front matter key 'mood' (kept for templates as post.extra.mood)",
                "content/posts/x.md:5:1: warning: unknown front matter key 'links' (kept for templates as post.extra.links)");
        assertThat(entry.get().meta().extra()).isEqualTo(Map.of("mood", "happy", "links", List.of("a", "b")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2.5                     | 2.5
            3000000000              | 3000000000
            99999999999999999999999 | 99999999999999999999999
            """)
    void reportsPageOrderOutsideItsRange(String written, String found) throws IOException {
        parse(("---\ntitle: T\norder: " + written + "\n---\n").getBytes(StandardCharsets.UTF_8), EntryKind.PAGE);
        assertThat(messages()).containsExactly("content/posts/x.md:3:8: error: 'order' must be a whole number"
                + " from -1000000000 to 1000000000, found " + found);
    }

    @Test
    void pageKnowsOrderAndHasOptionalDate() throws IOException {
        Optional<ParsedEntry> entry = parse("""
                ---
                title: About
                order: 3
                tags: [x]
                ---
                """.getBytes(StandardCharsets.UTF_8), EntryKind.PAGE);
        assertThat(entry).isPresent();
        assertThat(entry.get().meta().order()).isEqualTo(3);
        assertThat(entry.get().meta().date()).isNull();
        assertThat(messages()).containsExactly(
                "content/posts/x.md:4:1: warning: unknown front matter key 'tags' (kept for templates as page.extra.tags)");
    }

    @Test
    void reportsEveryErrorOfTheFileInLineOrder() throws IOException {
        Optional<ParsedEntry> entry = parse("""
                ---
                draft: maybe
                title: ""
                tags: {a: 1}
                date: 2014-02-30
                colour: red
                ---
                Body
                """);
        assertThat(entry).isEmpty();
        assertThat(messages()).containsExactly(
                "content/posts/x.md:2:8: error: 'draft' must be true or false, found a string",
                "content/posts/x.md:3:8: error: 'title' is empty",
                "content/posts/x.md:4:7: error: 'tags' must be a list or a comma-separated string, found a mapping",
                "content/posts/x.md:5:7: error: impossible date '2014-02-30': February 2014 has 28 days",
                "content/posts/x.md:6:1: warning: unknown front matter key 'colour' (kept for templates as post.extra.colour)");
    }

    @Test
    void reportsTitleWithoutLettersForSlug() throws IOException {
        parse("---\ntitle: '!!!'\ndate: 2014-06-28\n---\n");
        assertThat(messages()).containsExactly("content/posts/x.md:2:8: error: cannot make a URL slug from title"
                + " '!!!': add a 'slug' with letters or digits");
    }

    @Test
    void reportsExplicitSlugWithoutLetters() throws IOException {
        parse("---\ntitle: Fine\ndate: 2014-06-28\nslug: '???'\n---\n");
        assertThat(messages()).containsExactly(
                "content/posts/x.md:4:7: error: slug '???' has no letters or digits to make a URL from");
    }

    @Test
    void reportsInvalidYamlAtTheFileLine() throws IOException {
        Optional<ParsedEntry> entry = parse("---\ntitle: T\ndate: 2014-06-28\n\tdraft: true\n---\n");
        assertThat(entry).isEmpty();
        assertThat(messages()).singleElement().asString()
                .startsWith("content/posts/x.md:4:1: error: invalid YAML in front matter: ");
    }

    @Test
    void reportsDuplicateKeyAtTheFileLine() throws IOException {
        parse("---\ntitle: A\ndate: 2014-06-28\ntitle: B\n---\n");
        assertThat(messages()).containsExactly("content/posts/x.md:4:1: error: invalid YAML in front matter:"
                + " duplicate key 'title'");
    }

    @Test
    void reportsFrontMatterThatIsNotAMapping() throws IOException {
        parse("---\n- title\n- date\n---\n");
        assertThat(messages()).containsExactly("content/posts/x.md:2: error: front matter must be keys and values"
                + " (title: ..., date: ...), found a list");
    }

    @Test
    void reportsMissingFrontMatter() throws IOException {
        Optional<ParsedEntry> entry = parse("# Just Markdown\n");
        assertThat(entry).isEmpty();
        assertThat(messages()).singleElement().asString()
                .startsWith("content/posts/x.md:1: error: missing front matter");
    }

    @Test
    void reportsInvalidUtf8() throws IOException {
        byte[] bytes = "---\ntitle: Caf\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1);
        Optional<ParsedEntry> entry = parse(bytes, EntryKind.POST);
        assertThat(entry).isEmpty();
        assertThat(messages()).singleElement().asString()
                .startsWith("content/posts/x.md:2: error: file is not valid UTF-8: byte 0xE9 at byte offset 14");
    }

    @Test
    void readsFileWithByteOrderMarkAndCrLf() throws IOException {
        String text = "\uFEFF---\r\ntitle: Windows\r\ndate: 2014-06-28\r\n---\r\nBody\r\n";
        Optional<ParsedEntry> entry = parse(text.getBytes(StandardCharsets.UTF_8), EntryKind.POST);
        assertThat(messages()).isEmpty();
        assertThat(entry).isPresent();
        assertThat(entry.get().meta().title()).isEqualTo("Windows");
        assertThat(entry.get().body()).isEqualTo("Body\n");
        assertThat(entry.get().bodyLineOffset()).isEqualTo(4);
    }
}
