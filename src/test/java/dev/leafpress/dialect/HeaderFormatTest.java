package dev.leafpress.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderFormatTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "---\\ntitle: x | YAML",
        "---\\nTitle: x | PELICAN",
        "---\\nNote: x | YAML",
        "+++\\ntitle = 'x' | TOML",
        "{\\n  \"title\": \"x\" | JSON",
        "{\"title\": \"x\"} | JSON",
        "{% raw %} | NONE",
        "Title: Hello | PELICAN",
        "date: 2014-01-01 | PELICAN",
        "Note: not a header | NONE",
        "Just text | NONE"})
    void detectsTheFormatFromTheFirstLines(String text, HeaderFormat expected) {
        assertThat(HeaderFormat.detect(text.replace("\\n", "\n"))).isEqualTo(expected);
    }
}
