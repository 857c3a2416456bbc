package dev.leafpress.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Leafpress's own path check, behind Jetty's: it must hold even for paths Jetty lets through. */
class RequestPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/../a", "/%2e%2e/a", "/%2E%2e/a", "/..%2fa", "/a/..", "/./a", "/.%2e/a", "/a\\b",
            "/%5c..%5ca", "/%00", "/a%0ab", "/%zz", "/%e9", "/%c3", "relative", "", "/caf\u00e9"})
    void refuses(String raw) {
        assertThat(RequestPath.decode(raw)).isEmpty();
    }

    @Test
    void decodesOrdinaryPaths() {
        assertThat(RequestPath.decode("/posts/hello/")).hasValue("/posts/hello/");
        assertThat(RequestPath.decode("/tag/%C3%BCberblick/")).hasValue("/tag/\u00fcberblick/");
        assertThat(RequestPath.decode("/a%20b/..c/")).hasValue("/a b/..c/");
    }
}
