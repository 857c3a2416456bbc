package dev.leafpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leafpress.config.Permalink;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Permalink} lives in config; its tests sit with {@link PermalinksTest}, which uses it. */
class PermalinkTest {

    @Test
    void defaultPatternExpandsToPostsSlug() {
        assertThat(Permalink.DEFAULT.expand("2014", "06", "28", "redis", "misc")).isEqualTo("posts/redis/");
    }

    @Test
    void expandFillsEveryToken() {
        Permalink permalink = parse("/{category}/{year}/{month}/{day}/{slug}/").orElseThrow();

        assertThat(permalink.expand("2014", "06", "28", "redis", "databases"))
                .isEqualTo("databases/2014/06/28/redis/");
    }

    @Test
    void parseAddsAMissingLeadingSlashAndStripsSpaces() {
        assertThat(parse("  {year}/{slug}.html ")).contains(new Permalink("/{year}/{slug}.html"));
    }

    @ParameterizedTest(name = "''{0}'' is refused: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        /posts/{title}/         | unknown placeholder '{title}'
        /{year}/{month}/        | must contain {slug}
        /posts/{slug}           | must end with '/' or '.html'
        /posts/../{slug}/       | must not contain '..'
        /posts//{slug}/         | must not contain '..', '\\' or '//'
        """)
    void parseRefusesUnusablePatternsWithAReason(String raw, String reason) {
        StringBuilder problem = new StringBuilder();

        assertThat(Permalink.parse(raw, problem)).isEmpty();
        assertThat(problem.toString()).contains(reason);
    }

    private static Optional<Permalink> parse(String raw) {
        StringBuilder problem = new StringBuilder();
        Optional<Permalink> parsed = Permalink.parse(raw, problem);
        assertThat(problem.toString()).isEmpty();
        return parsed;
    }
}
