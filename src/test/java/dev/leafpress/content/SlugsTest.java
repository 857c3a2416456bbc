package dev.leafpress.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Überblick                    | uberblick
            'Hello, World!'              | hello-world
            gevent: gunicorn vs uWSGI    | gevent-gunicorn-vs-uwsgi
            Straße                       | strasse
            Crème brûlée à la française  | creme-brulee-a-la-francaise
            Ærø and Łódź                 | aero-and-lodz
            ...Leading and trailing!?    | leading-and-trailing
            '  spaced   out  '           | spaced-out
            C++ & C#                     | c-plus-plus-c-sharp
            'F#, C and C++'              | f-sharp-c-and-c-plus-plus
            '#hashtag and 1+1'           | hashtag-and-1-1
            Notepad++                    | notepad-plus-plus
            Redis 2.8 in 10 minutes      | redis-2-8-in-10-minutes
            already-a-slug               | already-a-slug
            snake_case_title             | snake-case-title
            Leafpress™ 2.0               | leafpresstm-2-0
            ＦＵＬＬ width               | full-width
            """)
    void foldsLatinText(String title, String slug) {
        assertThat(Slugs.slugify(title)).isEqualTo(slug);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            'Привет, Мир!'          | привет-мир
            Мой май                 | мой-май
            Ёлка                    | ёлка
            日本語のブログ           | 日本語のブログ
            ブログ 記事             | ブログ-記事
            हिन्दी लेख                 | हिन्दी-लेख
            Ελληνικά                | ελληνικα
            """)
    void keepsLettersOfOtherScriptsLowercased(String title, String slug) {
        assertThat(Slugs.slugify(title)).isEqualTo(slug);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Αθήνα", "ΑΘΗΝΑ", "αθηνα", "Αθηνά"})
    void greekNamesThatDifferOnlyByAccentsOrCaseShareASlug(String name) {
        assertThat(Slugs.slugify(name)).isEqualTo("αθηνα");
    }

    @ParameterizedTest
    @ValueSource(strings = {"!!!", "", "   ", "—", "?!.,"})
    void isEmptyWithoutLettersOrDigits(String title) {
        assertThat(Slugs.slugify(title)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Überblick", "Hello, World!", "Привет мир", "हिन्दी लेख", "日本語"})
    void isStableWhenAppliedTwice(String title) {
        String once = Slugs.slugify(title);
        assertThat(Slugs.slugify(once)).isEqualTo(once);
    }

    @Test
    void aVeryLongTitleMakesASlugAFileSystemAccepts() {
        String words = Slugs.slugify("word ".repeat(60));
        assertThat(words.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(Slugs.MAX_BYTES);
        assertThat(words).startsWith("word-word-").endsWith("word");
        String japanese = Slugs.slugify("日本語のとても長いタイトル".repeat(10));
        assertThat(japanese.getBytes(StandardCharsets.UTF_8).length).isBetween(Slugs.MAX_BYTES - 3, Slugs.MAX_BYTES);
        assertThat(Slugs.slugify(japanese)).isEqualTo(japanese);
        assertThat(Slugs.slugify("x".repeat(5000))).hasSize(Slugs.MAX_BYTES);
    }

    @Test
    void aTitleOfSurrogatePairsIsNotCutInsideAPair() {
        String slug = Slugs.slugify("𝒜𝒷𝒸".repeat(50) + " 😀".repeat(40));
        assertThat(slug.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(Slugs.MAX_BYTES);
        assertThat(slug.codePoints().noneMatch(cp -> Character.isSurrogate((char) cp))).isTrue();
    }
}
