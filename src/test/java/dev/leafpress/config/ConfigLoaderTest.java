package dev.leafpress.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leafpress.diag.Diagnostic;
import dev.leafpress.diag.Diagnostics;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigLoaderTest {

    private final Diagnostics diagnostics = new Diagnostics();

    private SiteConfig parse(String yaml) {
        return ConfigLoader.parse(yaml, diagnostics);
    }

    private List<String> messages() {
        return diagnostics.sorted().stream().map(Diagnostic::toString).toList();
    }

    private String onlyMessage() {
        assertThat(messages()).hasSize(1);
        return messages().get(0);
    }

    @Test
    void emptyFileMeansAllDefaults() {
        SiteConfig config = parse("");

        assertThat(messages()).isEmpty();
        assertThat(config).isEqualTo(SiteConfig.defaults());
        assertThat(config.title()).isEqualTo("My blog");
        assertThat(config.description()).isEmpty();
        assertThat(config.author()).isEmpty();
        assertThat(config.baseUrl()).isEmpty();
        assertThat(config.basePath()).isEqualTo("/");
        assertThat(config.language()).isEqualTo("en");
        assertThat(config.timezone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(config.theme()).isEqualTo("default");
        assertThat(config.github()).isNull();
        assertThat(config.perPage()).isEqualTo(10);
        assertThat(config.excerptWords()).isEqualTo(60);
        assertThat(config.defaultCategory()).isEqualTo("Misc");
        assertThat(config.permalink()).isEqualTo(new Permalink("/posts/{slug}/"));
        assertThat(config.dateFormat()).isEqualTo("EEE d MMMM yyyy");
        assertThat(config.extra()).isEmpty();
    }

    @Test
    void readsEveryKey() {
        SiteConfig config = parse("""
                title: Rockets and Redis
                description: Notes on systems
                author: Ada
                base_url: https://example.org/blog/
                language: de
                timezone: Europe/Berlin
                theme: plain
                github: https://github.com/ada/blog
                per_page: 5
                excerpt_words: 30
                default_category: General
                permalink: /{year}/{month}/{day}/{slug}.html
                date_format: yyyy-MM-dd
                extra:
                  twitter: ada
                """);

        assertThat(messages()).isEmpty();
        assertThat(config).isEqualTo(new SiteConfig("Rockets and Redis", "Notes on systems", "Ada",
                "https://example.org/blog/", "de", ZoneId.of("Europe/Berlin"), "plain",
                "https://github.com/ada/blog", 5, 30, "General",
                new Permalink("/{year}/{month}/{day}/{slug}.html"), "yyyy-MM-dd", FeedConfig.DEFAULT,
                Map.of("twitter", "ada")));
        assertThat(config.basePath()).isEqualTo("/blog/");
        assertThat(config.locale().getLanguage()).isEqualTo("de");
    }

    @Test
    void rejectsUnknownConfigKeyAtItsLine() {
        SiteConfig config = parse("""
                title: Blog
                per_page: 5
                per_pgae: 7
                """);

        assertThat(onlyMessage())
                .startsWith("site.yaml:3:1: error: unknown key 'per_pgae' in site.yaml")
                .contains("known keys: author, base_url,")
                .contains("per_page");
        assertThat(config.perPage()).isEqualTo(5);
    }

    @Test
    void rejectsWrongTypeAtTheValue() {
        SiteConfig config = parse("""
                title: Blog
                per_page: ten
                """);

        assertThat(onlyMessage()).isEqualTo("site.yaml:2:11: error: 'per_page' must be a whole number from 1 to 1000000, found a string");
        assertThat(config.perPage()).isEqualTo(10);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            per_page: [1]          | 'per_page' must be a whole number from 1 to 1000000, found a list
            title: {a: b}          | 'title' must be a string, found a mapping
            excerpt_words: true    | 'excerpt_words' must be a whole number from 1 to 1000000, found a boolean
            extra: [a, b]          | 'extra' must be a mapping, found a list
            """)
    void rejectsOtherWrongTypes(String yaml, String message) {
        parse(yaml + "\n");
        assertThat(onlyMessage()).startsWith("site.yaml:1:").endsWith(": error: " + message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            per_page: 0                                | site.yaml:1:11: error: 'per_page' must be a whole number from 1 to 1000000, found 0
            excerpt_words: -5                          | site.yaml:1:16: error: 'excerpt_words' must be a whole number from 1 to 1000000, found -5
            per_page: 2.5                              | site.yaml:1:11: error: 'per_page' must be a whole number from 1 to 1000000, found 2.5
            per_page: 99999999999999999999999          | site.yaml:1:11: error: 'per_page' must be a whole number from 1 to 1000000, found 99999999999999999999999
            per_page: 1000001                          | site.yaml:1:11: error: 'per_page' must be a whole number from 1 to 1000000, found 1000001
            excerpt_words: 1e3                         | site.yaml:1:16: error: 'excerpt_words' must be a whole number from 1 to 1000000, found 1e3
            'feed: {size: 0.5}'                        | site.yaml:1:14: error: 'feed.size' must be a whole number from 1 to 1000000, found 0.5
            'feed: {size: 4294967297}'                 | site.yaml:1:14: error: 'feed.size' must be a whole number from 1 to 1000000, found 4294967297
            """)
    void rejectsCountsOutsideTheirRange(String yaml, String expected) {
        SiteConfig config = parse(yaml + "\n");
        assertThat(onlyMessage()).isEqualTo(expected);
        assertThat(config.perPage()).isEqualTo(10);
        assertThat(config.excerptWords()).isEqualTo(60);
        assertThat(config.feed()).isEqualTo(FeedConfig.DEFAULT);
    }

    @Test
    void acceptsCountsAtTheEndsOfTheirRange() {
        SiteConfig config = parse("per_page: 1\nexcerpt_words: 1000000\nfeed: {size: +7}\n");
        assertThat(messages()).isEmpty();
        assertThat(config.perPage()).isEqualTo(1);
        assertThat(config.excerptWords()).isEqualTo(1_000_000);
        assertThat(config.feed().size()).isEqualTo(7);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            example.org                | must be an absolute http:// or https:// URL
            /blog/                     | must be an absolute http:// or https:// URL
            ftp://example.org/         | must be an absolute http:// or https:// URL
            https://example.org/?q=1   | must not have a query or fragment
            https://example.org/#top   | must not have a query or fragment
            http://exa mple.org/       | is not a valid URL
            https://example.org//x/    | has an empty, '.' or '..' segment
            https://example.org/a/../b | has an empty, '.' or '..' segment
            https://example.org/./b/   | has an empty, '.' or '..' segment
            """)
    void rejectsInvalidBaseUrl(String url, String problem) {
        SiteConfig config = parse("title: Blog\nbase_url: " + url + "\n");
        assertThat(onlyMessage()).startsWith("site.yaml:2:11: error: base URL '" + url + "' ").contains(problem);
        assertThat(config.baseUrl()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            https://example.org        | https://example.org/       | /
            https://example.org/       | https://example.org/       | /
            https://example.org/blog   | https://example.org/blog/  | /blog/
            HTTP://example.org/a/b/    | HTTP://example.org/a/b/    | /a/b/
            """)
    void normalisesBaseUrlWithTrailingSlash(String url, String normalised, String basePath) {
        SiteConfig config = parse("base_url: " + url + "\n");
        assertThat(messages()).isEmpty();
        assertThat(config.baseUrl()).isEqualTo(normalised);
        assertThat(config.basePath()).isEqualTo(basePath);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en     | en
            en-GB  | en-GB
            en_US  | en-US
            pt-br  | pt-br
            fil    | fil
            """)
    void acceptsLanguageTags(String written, String used) {
        SiteConfig config = parse("title: Blog\nlanguage: " + written + "\n");
        assertThat(messages()).isEmpty();
        assertThat(config.language()).isEqualTo(used);
    }

    @ParameterizedTest
    @ValueSource(strings = {"english", "xx", "en--US", "e"})
    void rejectsWhatIsNoLanguageTag(String written) {
        SiteConfig config = parse("title: Blog\nlanguage: " + written + "\n");
        assertThat(onlyMessage()).isEqualTo("site.yaml:2:11: error: language '" + written
                + "' is not a language tag (use a code like en, en-GB, de or pt-BR)");
        assertThat(config.language()).isEqualTo(SiteConfig.defaults().language());
    }

    @Test
    void rejectsUnknownTimezone() {
        SiteConfig config = parse("""
                title: Blog
                timezone: Mars/Olympus
                """);
        assertThat(onlyMessage()).isEqualTo("site.yaml:2:11: error: unknown timezone 'Mars/Olympus'"
                + " (use a name like Europe/Berlin or UTC)");
        assertThat(config.timezone()).isEqualTo(ZoneId.of("UTC"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /posts/{slug}/                       | /posts/{slug}/
            "{year}/{slug}/"                     | /{year}/{slug}/
            /{category}/{slug}.html              | /{category}/{slug}.html
            /{year}/{month}/{day}/{slug}/        | /{year}/{month}/{day}/{slug}/
            /blog_2.0/~me/{slug}-x/              | /blog_2.0/~me/{slug}-x/
            /日記/{slug}/                         | /日記/{slug}/
            """)
    void acceptsValidPermalink(String written, String pattern) {
        SiteConfig config = parse("permalink: " + written + "\n");
        assertThat(messages()).isEmpty();
        assertThat(config.permalink().pattern()).isEqualTo(pattern);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /posts/{title}/        | unknown placeholder '{title}' in permalink (known: {year} {month} {day} {slug} {category})
            /posts/{year}/         | permalink '/posts/{year}/' must contain {slug}
            /posts/{slug           | permalink '/posts/{slug' must contain {slug}
            /posts/{slug}          | permalink '/posts/{slug}' must end with '/' or '.html'
            /a/../{slug}/          | permalink '/a/../{slug}/' must not contain '..', '\\' or '//'
            /a//{slug}/            | permalink '/a//{slug}/' must not contain '..', '\\' or '//'
            "/a b/{slug}/"         | permalink '/a b/{slug}/' has a space, which a URL path cannot hold as written; use letters, digits, '-', '.', '_', '~' and '/' around the {placeholders}
            "/{slug}?x/"           | permalink '/{slug}?x/' has '?', which a URL path cannot hold as written; use letters, digits, '-', '.', '_', '~' and '/' around the {placeholders}
            "/a#/{slug}/"          | permalink '/a#/{slug}/' has '#', which a URL path cannot hold as written; use letters, digits, '-', '.', '_', '~' and '/' around the {placeholders}
            /100%/{slug}/          | permalink '/100%/{slug}/' has '%', which a URL path cannot hold as written; use letters, digits, '-', '.', '_', '~' and '/' around the {placeholders}
            /{slug}}/              | permalink '/{slug}}/' has '}', which a URL path cannot hold as written; use letters, digits, '-', '.', '_', '~' and '/' around the {placeholders}
            """)
    void rejectsInvalidPermalink(String written, String message) {
        SiteConfig config = parse("title: Blog\npermalink: " + written + "\n");
        assertThat(onlyMessage()).isEqualTo("site.yaml:2:12: error: " + message);
        assertThat(config.permalink()).isEqualTo(Permalink.DEFAULT);
    }

    @Test
    void expandsPermalinkWithoutLeadingSlash() {
        Permalink permalink = new Permalink("/{year}/{month}/{day}/{category}/{slug}.html");
        assertThat(permalink.expand("2014", "06", "28", "hello", "dev")).isEqualTo("2014/06/28/dev/hello.html");
    }

    @Test
    void keepsExtraAsPlainValues() {
        SiteConfig config = parse("""
                extra:
                  analytics: UA-123
                  comments: yes
                  max: 3
                  ratio: 0.5
                  links:
                    - name: Home
                      url: /
                  empty:
                """);

        assertThat(messages()).isEmpty();
        assertThat(config.extra()).containsOnlyKeys("analytics", "comments", "max", "ratio", "links", "empty");
        assertThat(config.extra()).containsEntry("analytics", "UA-123")
                .containsEntry("comments", true)
                .containsEntry("max", 3L)
                .containsEntry("ratio", new BigDecimal("0.5"))
                .containsEntry("links", List.of(Map.of("name", "Home", "url", "/")))
                .containsEntry("empty", "");
    }

    @Test
    void reportsAllErrorsOfTheFileTogether() {
        SiteConfig config = parse("""
                title: Blog
                colour: blue
                per_page: ten
                timezone: Nowhere/Town
                permalink: /{slug}
                """);

        assertThat(messages()).hasSize(4);
        assertThat(messages()).satisfiesExactly(
                m -> assertThat(m).startsWith("site.yaml:2:1: error: unknown key 'colour'"),
                m -> assertThat(m).startsWith("site.yaml:3:11: error: 'per_page' must be a whole number"),
                m -> assertThat(m).startsWith("site.yaml:4:11: error: unknown timezone 'Nowhere/Town'"),
                m -> assertThat(m).startsWith("site.yaml:5:12: error: permalink '/{slug}' must end with"));
        assertThat(config.title()).isEqualTo("Blog");
    }

    @Test
    void twoUnknownKeysGiveTwoDiagnostics() {
        parse("""
                titel: Blog
                autor: Ada
                """);
        assertThat(messages()).hasSize(2);
        assertThat(messages().get(0)).startsWith("site.yaml:1:1: error: unknown key 'titel'");
        assertThat(messages().get(1)).startsWith("site.yaml:2:1: error: unknown key 'autor'");
    }

    @Test
    void reportsInvalidYamlWithLineAndKeepsDefaults() {
        SiteConfig config = parse("""
                title: Blog
                per_page: 5
                	author: tab
                """);
        assertThat(onlyMessage()).startsWith("site.yaml:3:1: error: invalid YAML: ").contains("TAB");
        assertThat(config).isEqualTo(SiteConfig.defaults());
    }

    @Test
    void reportsDuplicateKey() {
        parse("""
                title: One
                title: Two
                """);
        assertThat(onlyMessage()).isEqualTo("site.yaml:2:1: error: invalid YAML: duplicate key 'title'");
    }

    @Test
    void rejectsAnchorsAndAliasesAtTheirLine() {
        SiteConfig config = parse("""
                title: &t Blog
                author: *t
                """);
        assertThat(onlyMessage()).startsWith("site.yaml:1:").endsWith(": error: invalid YAML: YAML anchors and"
                + " aliases (&t, *t) are not supported; write the value out");
        assertThat(config).isEqualTo(SiteConfig.defaults());
    }

    @Test
    void keepsAmpersandsAndStarsInsideValues() {
        SiteConfig config = parse("""
                title: "A & B"
                author: Rock & roll
                description: 5 * 3
                """);
        assertThat(messages()).isEmpty();
        assertThat(config.title()).isEqualTo("A & B");
        assertThat(config.author()).isEqualTo("Rock & roll");
        assertThat(config.description()).isEqualTo("5 * 3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"- a\n- b\n", "just text\n"})
    void rejectsFileThatIsNotAMapping(String yaml) {
        SiteConfig config = parse(yaml);
        assertThat(onlyMessage()).startsWith("site.yaml:1:1: error: site.yaml must be a mapping of keys to values, found ");
        assertThat(config).isEqualTo(SiteConfig.defaults());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../th2", "..", "/srv/theme", "themes/default", "a\\\\b", "C:theme", "' '"})
    void rejectsThemeThatIsAPath(String written) {
        SiteConfig config = parse("title: Blog\ntheme: " + written + "\n");
        assertThat(onlyMessage()).startsWith("site.yaml:2:8: error: 'theme' must be the name of a folder in themes/");
        assertThat(config.theme()).isEqualTo(SiteConfig.defaults().theme());
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "my-theme", "Solar.2"})
    void acceptsThemeFolderNames(String written) {
        assertThat(parse("theme: " + written + "\n").theme()).isEqualTo(written);
        assertThat(messages()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://", "https:///ada/blog", "'https://github.com/ada blog'"})
    void rejectsGithubUrlWithoutHostOrWithSpaces(String written) {
        SiteConfig config = parse("github: " + written + "\n");
        assertThat(onlyMessage())
                .isEqualTo("site.yaml:1:9: error: 'github' must be a URL like https://github.com/owner/repo");
        assertThat(config.github()).isNull();
    }

    @Test
    void rejectsSecondYamlDocument() {
        SiteConfig config = parse("""
                title: One
                ---
                title: Two
                """);
        assertThat(onlyMessage()).isEqualTo("site.yaml:3:1: error: invalid YAML: a second YAML document starts here"
                + " (after a '---' line); only one is read, so put everything in one");
        assertThat(config).isEqualTo(SiteConfig.defaults());
    }

    @Test
    void rejectsGithubThatIsNotAUrl() {
        SiteConfig config = parse("github: ada/blog\n");
        assertThat(onlyMessage())
                .isEqualTo("site.yaml:1:9: error: 'github' must be a URL like https://github.com/owner/repo");
        assertThat(config.github()).isNull();
    }

    @Test
    void rejectsInvalidDateFormat() {
        SiteConfig config = parse("date_format: yyyy-MM-dd {\n");
        assertThat(onlyMessage()).startsWith("site.yaml:1:14: error: invalid date_format 'yyyy-MM-dd {'");
        assertThat(config.dateFormat()).isEqualTo(SiteConfig.DEFAULT_DATE_FORMAT);
    }

    @Test
    void blankDefaultCategoryFallsBackToDefault() {
        SiteConfig config = parse("default_category: '  '\n");
        assertThat(messages()).isEmpty();
        assertThat(config.defaultCategory()).isEqualTo("Misc");
    }

    @Test
    void rejectsDefaultCategoryWithoutLetters() {
        SiteConfig config = parse("default_category: '!!!'\n");
        assertThat(onlyMessage()).isEqualTo("site.yaml:1:19: error: 'default_category' needs letters or digits"
                + " to make a URL from, found '!!!'");
        assertThat(config.defaultCategory()).isEqualTo("Misc");
    }

    @Test
    void keyWithoutValueKeepsDefault() {
        SiteConfig config = parse("""
                title:
                per_page:
                extra:
                """);
        assertThat(messages()).isEmpty();
        assertThat(config).isEqualTo(SiteConfig.defaults());
    }
}
