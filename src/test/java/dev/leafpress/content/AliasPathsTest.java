package dev.leafpress.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AliasPathsTest {

    @ParameterizedTest
    @CsvSource({"/old/, old/", "/old, old/", "2014/06/x.html, 2014/06/x.html", "/caf%C3%A9/?q=1#top, café/",
            "'', ", "/a/../b/, ", "https://x.org/a/, ", "//x.org/a/, ", "/a//b/, "})
    void normalisesOrRefuses(String raw, String expected) {
        StringBuilder problem = new StringBuilder();
        assertThat(AliasPaths.normalise(raw, problem).orElse(null)).isEqualTo(expected);
        assertThat(problem.isEmpty()).isEqualTo(expected != null);
    }
}
