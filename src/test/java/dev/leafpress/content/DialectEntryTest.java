package dev.leafpress.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leafpress.diag.Diagnostic;
import dev.leafpress.diag.Diagnostics;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Headers written for Pelican, Jekyll and Hugo, parsed one file at a time with their lines. */
class DialectEntryTest {

    private static final ZoneId ZONE = ZoneId.of("UTC");
    private final Diagnostics diagnostics = new Diagnostics();

    private Optional<ParsedEntry> parse(String relative, String text) {
        ContentFile file = new ContentFile(Path.of("content", relative), "content/" + relative, relative);
        return EntryParser.parse(file, text, EntryKind.POST, ZONE, diagnostics);
    }

    private List<String> messages() {
        return diagnostics.sorted().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void pelicanContinuationLinesJoinAndTheBodyKeepsItsLines() {
        EntryMeta meta = parse("python/a.md", """
                Title: Long
                    title
                Date: 2014/6/8 9:05
                Tags: a; b, c
                Summary: first
                    second

                Body.
                """).orElseThrow().meta();
        assertThat(meta.title()).isEqualTo("Long title");
        assertThat(meta.date().toString()).isEqualTo("2014-06-08T09:05Z[UTC]");
        assertThat(meta.tags()).containsExactly("a", "b, c");
        assertThat(meta.summary()).isEqualTo("first\nsecond");
        assertThat(meta.category()).isEqualTo("python");
        assertThat(parse("python/a.md", "Title: T\nDate: 2014-01-01\n\nBody").orElseThrow().bodyLineOffset()).isEqualTo(2);
    }

    @Test
    void pelicanFencedHeaderWithCapitalisedKeysIsNotReadAsYaml() {
        EntryMeta meta = parse("x.md", "---\nTitle: gevent: gunicorn vs uWSGI\nDate: 2012-10-14\n---\nBody\n")
                .orElseThrow().meta();
        assertThat(meta.title()).isEqualTo("gevent: gunicorn vs uWSGI");
        assertThat(meta.category()).isNull();
    }

    @Test
    void pelicanTakesTheDateFromTheFileNameWhenTheHeaderHasNone() {
        // Pelican's default FILENAME_METADATA is '(?P<date>\\d{4}-\\d{2}-\\d{2}).*'.
        EntryMeta meta = parse("notes/2019-07-01-my-file.md", "Title: T\n\nBody\n").orElseThrow().meta();
        assertThat(meta.date().toLocalDate().toString()).isEqualTo("2019-07-01");
        EntryMeta written = parse("notes/2019-07-01-my-file.md", "Title: T\nDate: 2019-08-02\n\nBody\n")
                .orElseThrow().meta();
        assertThat(written.date().toLocalDate().toString()).isEqualTo("2019-08-02");
        assertThat(parse("notes/my-file.md", "Title: T\n\nBody\n")).isEmpty();
        assertThat(messages()).containsExactly("content/notes/my-file.md:1:1: error: missing required 'date'");
    }

    @Test
    void pelicanErrorsPointAtTheirLine() {
        assertThat(parse("a/b.md", "Title: T\nDate: 06/07/2014\nStatus: maybe\n\nBody")).isEmpty();
        assertThat(messages()).containsExactly(
                "content/a/b.md:2:7: error: ambiguous date '06/07/2014': the day and the month could be either way"
                        + " round; write it as YYYY-MM-DD, for example 2014-06-28",
                "content/a/b.md:3:9: error: 'status' must be draft, hidden or published, found 'maybe'");
    }

    @Test
    void tomlKeepsItsOffsetAndReportsWrongTypesAtTheFileLine() {
        EntryMeta meta = parse("posts/t.md", "+++\ntitle = \"T\"\ndate = 2021-03-01T23:45:00-08:00\n+++\nBody\n")
                .orElseThrow().meta();
        assertThat(meta.date().getOffset().toString()).isEqualTo("-08:00");
        assertThat(parse("posts/t.md", "+++\ntitle = \"T\"\ndate = 2021-03-01\ndraft = \"no\"\n+++\n")).isEmpty();
        assertThat(messages()).containsExactly("content/posts/t.md:4:9: error: 'draft' must be true or false, found a string");
    }

    @Test
    void tomlAndJsonSyntaxErrorsHaveFileLines() {
        parse("posts/t.md", "+++\ntitle = \"T\"\ndate =\n+++\n");
        parse("posts/j.md", "{\n  \"title\": \"T\",\n  \"date\": \n}\nBody\n");
        parse("posts/u.md", "+++\ntitle = \"T\"\n");
        assertThat(messages()).containsExactly(
                "content/posts/j.md:4:1: error: invalid JSON in front matter: Unexpected character ('}' (code 125)):"
                        + " expected a value",
                "content/posts/t.md:3:7: error: invalid TOML in front matter: Newline not permitted here",
                "content/posts/u.md:1: error: front matter is not terminated: no closing '+++' line after the opening one");
    }

    @Test
    void jekyllFileNameGivesDateAndSlugButFrontMatterWins() {
        EntryMeta fromName = parse("_posts/2015-02-01-from-name.md", "---\ntitle: T\n---\n").orElseThrow().meta();
        assertThat(fromName.date().toLocalDate().toString()).isEqualTo("2015-02-01");
        assertThat(fromName.slug()).isEqualTo("from-name");
        EntryMeta written = parse("_posts/2015-02-01-from-name.md", "---\ntitle: T\ndate: 2015-02-03\nslug: mine\n---\n")
                .orElseThrow().meta();
        assertThat(written.date().toLocalDate().toString()).isEqualTo("2015-02-03");
        assertThat(written.slug()).isEqualTo("mine");
    }

    @Test
    void jekyllUnquotedTimeWithSecondsAndNoOffsetIsUtcAsJekyllsYamlReadsIt() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        ContentFile file = new ContentFile(Path.of("content", "_posts/a.md"), "content/_posts/a.md", "_posts/a.md");
        EntryMeta plain = EntryParser.parse(file, "---\ntitle: T\ndate: 2017-06-30 23:30:00\n---\n", EntryKind.POST,
                berlin, diagnostics).orElseThrow().meta();
        assertThat(plain.date().toInstant().toString()).isEqualTo("2017-06-30T23:30:00Z");
        EntryMeta quoted = EntryParser.parse(file, "---\ntitle: T\ndate: '2017-06-30 23:30:00'\n---\n", EntryKind.POST,
                berlin, diagnostics).orElseThrow().meta();
        assertThat(quoted.date().toInstant().toString()).isEqualTo("2017-06-30T21:30:00Z");
        EntryMeta noSeconds = EntryParser.parse(file, "---\ntitle: T\ndate: 2017-06-30 23:30\n---\n", EntryKind.POST,
                berlin, diagnostics).orElseThrow().meta();
        assertThat(noSeconds.date().toInstant().toString()).isEqualTo("2017-06-30T21:30:00Z");
        ContentFile own = new ContentFile(Path.of("content", "posts/a.md"), "content/posts/a.md", "posts/a.md");
        EntryMeta leafpress = EntryParser.parse(own, "---\ntitle: T\ndate: 2017-06-30 23:30:00\n---\n", EntryKind.POST,
                berlin, diagnostics).orElseThrow().meta();
        assertThat(leafpress.date().toInstant().toString()).isEqualTo("2017-06-30T21:30:00Z");
        ContentFile hugo = new ContentFile(Path.of("content", "blog/a.md"), "content/blog/a.md", "blog/a.md");
        EntryMeta withLayout = EntryParser.parse(hugo, "---\ntitle: T\nlayout: post\ndate: 2017-06-30 23:30:00\n---\n",
                EntryKind.POST, berlin, diagnostics).orElseThrow().meta();
        assertThat(withLayout.date().toInstant().toString()).isEqualTo("2017-06-30T21:30:00Z");
    }

    @Test
    void aJekyllPostWithoutFrontMatterIsPublishedAsJekyllDoesWithItsFileNameGivingTitleAndDate() {
        ParsedEntry entry = parse("_posts/2015-02-01-no-header.md", "Just text.\n\nMore {% include x.html %}.\n")
                .orElseThrow();
        assertThat(entry.meta().title()).isEqualTo("No Header");
        assertThat(entry.meta().date().toLocalDate().toString()).isEqualTo("2015-02-01");
        assertThat(entry.body()).startsWith("Just text.");
        assertThat(messages()).containsExactly("content/_posts/2015-02-01-no-header.md:3: warning: unsupported Liquid tag"
                + " '{% include x.html %}' (left as written)");
        assertThat(parse("posts/no-header.md", "Just text.\n")).isEmpty();
    }

    @Test
    void jekyllCategoriesAndTagsMaySpaceSeparateAndPublishedFalseIsADraft() {
        EntryMeta meta = parse("_posts/2015-02-01-x.md",
                "---\ntitle: T\ncategories: code ruby\ntags: a b\npublished: false\nlayout: post\n---\n")
                .orElseThrow().meta();
        assertThat(meta.category()).isEqualTo("code");
        assertThat(meta.tags()).containsExactly("a", "b", "ruby");
        assertThat(meta.draft()).isTrue();
        assertThat(meta.extra()).isEmpty();
        assertThat(messages()).isEmpty();
    }

    @Test
    void leafpressTagsKeepSpacesAndHugoKeysAreUnderstood() {
        EntryMeta meta = parse("posts/x.md", "---\ntitle: T\ndate: 2020-01-01\ntags: machine learning\n"
                + "categories: [Go]\nurl: /old/\naliases: [/older.html]\n---\n").orElseThrow().meta();
        assertThat(meta.tags()).containsExactly("machine learning");
        assertThat(meta.category()).isEqualTo("Go");
        assertThat(meta.aliases()).containsExactly("older.html", "old/");
    }

    @Test
    void hugoPostWithoutDateIsDatedByItsPublishDate() {
        EntryMeta toml = parse("posts/p.md", "+++\ntitle = \"P\"\npublishDate = 2021-03-04T10:00:00Z\n+++\nBody\n")
                .orElseThrow().meta();
        EntryMeta yaml = parse("posts/q.md", "---\ntitle: Q\npubdate: 2019-05-06\n---\nBody\n").orElseThrow().meta();
        assertThat(toml.date().toString()).isEqualTo("2021-03-04T10:00Z");
        assertThat(yaml.date().toLocalDate().toString()).isEqualTo("2019-05-06");
        assertThat(messages()).isEmpty();
    }

    @Test
    void aPublishDateBesideADateStaysAnUnknownKey() {
        EntryMeta meta = parse("posts/p.md", "+++\ntitle = \"P\"\ndate = 2020-01-01\npublishDate = 2021-03-04\n+++\n")
                .orElseThrow().meta();
        assertThat(meta.date().toLocalDate().toString()).isEqualTo("2020-01-01");
        assertThat(messages()).containsExactly("content/posts/p.md:4:1: warning: unknown front matter key"
                + " 'publishDate' (kept for templates as post.extra.publishDate)");
    }
}
