package dev.leafpress.diag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiagnosticTest {

    @Test
    void printsPathLineColumnSeverityAndMessage() {
        Diagnostic d = Diagnostic.error(new SourcePos("content/posts/a.md", 3, 7), "'title' is missing");
        assertThat(d).hasToString("content/posts/a.md:3:7: error: 'title' is missing");
    }

    @Test
    void leavesOutUnknownLineAndColumn() {
        assertThat(Diagnostic.warning(SourcePos.of("site.yaml"), "w")).hasToString("site.yaml: warning: w");
        assertThat(Diagnostic.warning(SourcePos.of("site.yaml", 2), "w")).hasToString("site.yaml:2: warning: w");
    }

    @Test
    void staysOneLineWhateverTheFileIsNamed() {
        Diagnostic d = Diagnostic.error(new SourcePos("content/posts/a\nb\u0007.md", 1, 1), "tab\there\r");
        assertThat(d).hasToString("content/posts/a\\nb\\u0007.md:1:1: error: tab\\there\\r");
        assertThat(d.toString()).doesNotContain("\n");
    }

    @Test
    void keepsNonAsciiLettersAsTheyAre() {
        Diagnostic d = Diagnostic.warning(SourcePos.of("content/posts/café-日本.md", 4), "über");
        assertThat(d).hasToString("content/posts/café-日本.md:4: warning: über");
    }
}
