package dev.leafpress.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leafpress.config.SiteConfig;
import dev.leafpress.diag.BuildFailure;
import dev.leafpress.site.TestEntries;
import io.pebbletemplates.pebble.error.PebbleException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateEngineTest {

    private static final SiteConfig CONFIG = TestEntries.config("""
            base_url: https://example.org/blog/
            """);

    @TempDir
    Path site;

    private void write(String file, String text) throws IOException {
        Path path = site.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    private String render(TemplateEngine engine, String template, Map<String, Object> vars) throws IOException {
        StringWriter out = new StringWriter();
        engine.template(template).evaluate(out, vars);
        return out.toString();
    }

    @Test
    void withoutAThemesFolderTheDefaultThemeComesFromTheClasspath() {
        Theme theme = Theme.locate(site, "default");

        assertThat(theme.dir()).isEmpty();
        assertThat(theme.overrideDir()).isEmpty();
        assertThat(theme.displayPath("post.peb")).isEqualTo("(built-in theme) post.peb");
    }

    @Test
    void aMissingNamedThemeIsABuildFailure() {
        assertThatThrownBy(() -> Theme.locate(site, "fancy"))
                .isInstanceOf(BuildFailure.class)
                .hasMessageContaining("theme 'fancy' not found");
    }

    @Test
    void siteTemplateOverridesTheBuiltInTheme() throws IOException {
        write("templates/page.peb", """
                OVERRIDE {{ page }}
                """);
        TemplateEngine engine = new TemplateEngine(Theme.locate(site, "default"), CONFIG);

        assertThat(render(engine, "page", Map.of("page", "About")).strip()).isEqualTo("OVERRIDE About");
    }

    @Test
    void templatesNotOverriddenStillComeFromTheTheme() throws IOException {
        write("templates/page.peb", "OVERRIDE");
        TemplateEngine engine = new TemplateEngine(Theme.locate(site, "default"), CONFIG);

        String pagination = render(engine, "_pagination", Map.of("pagination",
                new dev.leafpress.site.Pagination(1, 2, "/blog/", null, "/blog/page/2/")));

        assertThat(pagination).contains("href=\"/blog/page/2/\"").contains("Page 1 of 2");
    }

    @Test
    void siteTemplateOverridesAThemeFolder() throws IOException {
        write("themes/plain/templates/page.peb", "THEME");
        write("themes/plain/templates/index.peb", "THEME INDEX");
        write("templates/page.peb", "SITE");
        TemplateEngine engine = new TemplateEngine(Theme.locate(site, "plain"), CONFIG);

        assertThat(render(engine, "page", Map.of())).isEqualTo("SITE");
        assertThat(render(engine, "index", Map.of())).isEqualTo("THEME INDEX");
        assertThat(engine.theme().displayPath("page.peb")).isEqualTo("templates/page.peb");
        assertThat(engine.theme().displayPath("index.peb")).isEqualTo("themes/plain/templates/index.peb");
    }

    @Test
    void urlFunctionPrefixesTheBasePath() throws IOException {
        write("templates/page.peb", """
                {{ url('theme/style.css') }}|{{ url('/archives/') }}|{{ url('') }}""");
        TemplateEngine engine = new TemplateEngine(Theme.locate(site, "default"), CONFIG);

        assertThat(render(engine, "page", Map.of())).isEqualTo("/blog/theme/style.css|/blog/archives/|/blog/");
    }

    @Test
    void urlFunctionWithoutBaseUrlGivesRootPaths() throws IOException {
        write("templates/page.peb", "{{ url('tags/') }}");
        TemplateEngine engine = new TemplateEngine(Theme.locate(site, "default"), SiteConfig.defaults());

        assertThat(render(engine, "page", Map.of())).isEqualTo("/tags/");
    }

    @Test
    void unknownVariablesAreErrorsNotEmptyText() throws IOException {
        write("templates/page.peb", "Hello {{ titel }}");
        TemplateEngine engine = new TemplateEngine(Theme.locate(site, "default"), CONFIG);

        assertThatThrownBy(() -> render(engine, "page", Map.of("title", "x")))
                .isInstanceOf(PebbleException.class)
                .hasMessageContaining("titel");
    }

    @Test
    void autoEscapingIsOn() throws IOException {
        write("templates/page.peb", "{{ title }}|{{ title | raw }}");
        TemplateEngine engine = new TemplateEngine(Theme.locate(site, "default"), CONFIG);

        assertThat(render(engine, "page", Map.of("title", "<b>&</b>")))
                .isEqualTo("&lt;b&gt;&amp;&lt;/b&gt;|<b>&</b>");
    }
}
