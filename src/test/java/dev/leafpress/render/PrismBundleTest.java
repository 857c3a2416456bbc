package dev.leafpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrismBundleTest {

    private final PrismBundle prism = new PrismBundle();

    @Test
    void baselineLanguagesAreAlwaysIncluded() {
        assertThat(prism.loadOrder(List.of()))
                .contains("python", "bash", "java", "yaml", "json", "javascript", "sql", "markup", "css", "clike");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"py, python", "sh, bash", "yml, yaml", "js, javascript", "html, markup", "RUST, rust",
        "rb, ruby", "ts, typescript"})
    void aliasesResolveToTheirLanguage(String requested, String id) {
        List<String> order = prism.loadOrder(List.of(requested));

        assertThat(order).contains(id).doesNotContain(requested);
    }

    @Test
    void requestedLanguagesComeAfterWhatTheyDependOn() {
        List<String> order = prism.loadOrder(List.of("cpp", "php"));

        assertThat(order).containsSubsequence("clike", "c", "cpp");
        assertThat(order).containsSubsequence("markup", "markup-templating", "php");
        assertThat(order).containsSubsequence("markup", "css");
        assertThat(order).containsSubsequence("clike", "javascript");
        assertThat(order).containsSubsequence("clike", "java");
    }

    @Test
    void everyLanguageAppearsOnce() {
        List<String> order = prism.loadOrder(List.of("cpp", "c", "py", "python", "typescript"));

        assertThat(order).doesNotHaveDuplicates();
    }

    @Test
    void unknownLanguagesAreIgnored() {
        assertThat(prism.loadOrder(List.of("nosuchlang", "text"))).isEqualTo(prism.loadOrder(List.of()));
    }

    @Test
    void orderDoesNotDependOnTheOrderOfTheRequest() {
        assertThat(prism.loadOrder(List.of("rust", "go", "cpp")))
                .isEqualTo(prism.loadOrder(Set.of("cpp", "rust", "go")));
    }

    @Test
    void scriptHasTheCoreOnceThenEachLanguageAfterItsDependencies() {
        String js = new String(prism.script(List.of("cpp")), StandardCharsets.UTF_8);

        int core = js.indexOf("var _self=");
        int clike = js.indexOf("Prism.languages.clike=");
        int c = js.indexOf("Prism.languages.c=");
        int cpp = js.indexOf("languages.cpp=");
        assertThat(js).startsWith("/* Prism 1.30.0");
        assertThat(countOf(js, "var _self=")).isEqualTo(1);
        assertThat(core).isPositive();
        assertThat(clike).isGreaterThan(core);
        assertThat(c).isGreaterThan(clike);
        assertThat(cpp).isGreaterThan(c);
    }

    @Test
    void scriptLeavesOutLanguagesNobodyAskedFor() {
        String js = new String(prism.script(List.of()), StandardCharsets.UTF_8);

        assertThat(js).contains("Prism.languages.python=").doesNotContain("languages.cpp=");
    }

    @Test
    void stylesheetHasALightThemeAndADarkVariant() {
        String css = new String(prism.stylesheet(), StandardCharsets.UTF_8);

        int dark = css.indexOf("@media (prefers-color-scheme: dark)");
        assertThat(dark).isPositive();
        assertThat(css.substring(0, dark)).contains("pre[class*=\"language-\"]");
        assertThat(css.substring(dark)).contains("#2d2d2d");
    }

    private static int countOf(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
