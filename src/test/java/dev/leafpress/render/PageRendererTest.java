package dev.leafpress.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.leafpress.config.SiteConfig;
import dev.leafpress.diag.BuildFailure;
import dev.leafpress.diag.Diagnostic;
import dev.leafpress.diag.SourcePos;
import dev.leafpress.site.Route;
import dev.leafpress.site.RoutePlanner;
import dev.leafpress.site.Site;
import dev.leafpress.site.SiteView;
import dev.leafpress.site.TestEntries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageRendererTest {

    private static final dev.leafpress.site.PageMeta META = new dev.leafpress.site.PageMeta("T", "", "/x/", "website",
            "", "", "", java.util.List.of(), java.util.List.of(), null, true);

    private static final SiteConfig CONFIG = TestEntries.config("""
            title: Tom & Jerry's <Notes>
            base_url: https://example.org/blog/
            """);

    @TempDir
    Path siteRoot;

    private Site site;

    @BeforeEach
    void assemble() {
        site = TestEntries.site(CONFIG, List.of(
                TestEntries.post("posts/xss.md").title("Why <script>alert(1)</script> is bad").slug("xss")
                        .date("2020-05-01").tags("security")
                        .html("<p>Body with <em>emphasis</em> and <code>&lt;tag&gt;</code>.</p>"),
                TestEntries.post("posts/older.md").title("Older").date("2019-01-01")),
                List.of(TestEntries.page("pages/about.md").title("About")));
    }

    private Route route(String path) {
        return RoutePlanner.plan(site).stream().filter(r -> r.path().equals(path)).findFirst().orElseThrow();
    }

    private PageRenderer renderer() {
        return new PageRenderer(new TemplateEngine(Theme.locate(siteRoot, "default"), CONFIG), SiteView.of(site));
    }

    private void writeTemplate(String name, String text) throws IOException {
        Path file = siteRoot.resolve("templates").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static Document html(RenderedPage page) {
        return Jsoup.parse(new String(page.bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void rendersThePostToItsIndexFile() {
        RenderedPage page = renderer().render(route("posts/xss/"));

        assertThat(page.file()).isEqualTo("posts/xss/index.html");
        assertThat(html(page).select("link[rel=stylesheet]").eachAttr("href"))
                .contains("/blog/theme/style.css", "/blog/theme/prism.css");
    }

    @Test
    void titleMarkupIsEscapedWhilePostHtmlIsKept() {
        RenderedPage page = renderer().render(route("posts/xss/"));
        String text = new String(page.bytes(), StandardCharsets.UTF_8);
        Document doc = html(page);

        assertThat(doc.select("h1").text()).isEqualTo("Why <script>alert(1)</script> is bad");
        assertThat(doc.select("script")).allSatisfy(s -> assertThat(s.data()).doesNotContain("alert"));
        assertThat(text).contains("Why &lt;script&gt;alert(1)&lt;/script&gt; is bad");
        assertThat(doc.select(".post-content em").text()).isEqualTo("emphasis");
        assertThat(doc.select(".post-content code").text()).isEqualTo("<tag>");
        assertThat(doc.title()).isEqualTo("Why <script>alert(1)</script> is bad — Tom & Jerry's <Notes>");
    }

    @Test
    void postPageLinksToTheOlderPostAndItsTerms() {
        Document doc = html(renderer().render(route("posts/xss/")));

        assertThat(doc.select(".post-nav-older a").attr("href")).isEqualTo("/blog/posts/older/");
        assertThat(doc.select(".post-nav-newer")).isEmpty();
        assertThat(doc.select(".post-meta a").eachAttr("href"))
                .containsExactly("/blog/category/misc/", "/blog/tag/security/");
    }

    @Test
    void siteTemplateOverrideIsUsed() throws IOException {
        writeTemplate("page.peb", """
                <h1>Custom {{ page.title }} on {{ site.title }}</h1>
                """);

        Document doc = html(renderer().render(route("about/")));

        assertThat(doc.select("h1").text()).isEqualTo("Custom About on Tom & Jerry's <Notes>");
    }

    @Test
    void unknownAttributeFailsAtTheTemplateFileAndLine() throws IOException {
        writeTemplate("post.peb", """
                <h1>{{ post.title }}</h1>
                <p>{{ post.date }}</p>
                <p>{{ post.titel }}</p>
                """);

        BuildFailure failure = catchThrowableOfType(BuildFailure.class, () -> renderer().render(route("posts/xss/")));

        assertThat(failure.diagnostics()).hasSize(1);
        Diagnostic diagnostic = failure.diagnostics().get(0);
        assertThat(diagnostic.isError()).isTrue();
        assertThat(diagnostic.pos()).isEqualTo(SourcePos.of("templates/post.peb", 3));
        assertThat(diagnostic.message()).startsWith("unknown attribute 'titel' of Post");
        assertThat(diagnostic.toString()).startsWith("templates/post.peb:3: error: unknown attribute 'titel'");
    }

    @Test
    void unknownVariableFailsNamingTheVariable() throws IOException {
        writeTemplate("page.peb", """
                {# a comment line #}
                {{ pgae.title }}
                """);

        BuildFailure failure = catchThrowableOfType(BuildFailure.class, () -> renderer().render(route("about/")));

        assertThat(failure.diagnostics()).extracting(Diagnostic::toString)
                .containsExactly("templates/page.peb:2: error: unknown variable 'pgae'");
    }

    @Test
    void aDocumentedVariableThatIsNullHereIsNotCalledUnknown() throws IOException {
        writeTemplate("post.peb", """
                <h1>{{ post.title }}</h1>
                <a href="{{ newer.url }}">{{ newer.title }}</a>
                """);

        BuildFailure failure = catchThrowableOfType(BuildFailure.class, () -> renderer().render(route("posts/xss/")));

        assertThat(failure.diagnostics()).extracting(Diagnostic::toString)
                .containsExactly("templates/post.peb:2: error: 'newer' is null on this page;"
                        + " test it first with {% if newer is not null %}");
    }

    @Test
    void aByteOrderMarkInATemplateIsNotCopiedIntoThePage() throws IOException {
        writeTemplate("_post_meta.peb", "\uFEFF<p class=\"post-meta\">{{ post.title }}</p>\n");

        String html = new String(renderer().render(route("posts/xss/")).bytes(), StandardCharsets.UTF_8);

        assertThat(html).contains("<p class=\"post-meta\">").doesNotContain("\uFEFF");
    }

    @Test
    void aBadPatternInTheDateFilterIsATemplateErrorAtItsLine() throws IOException {
        writeTemplate("post.peb", """
                <h1>{{ post.title }}</h1>
                <p>{{ post.date | date("%b %d, %Y") }}</p>
                """);

        BuildFailure failure = catchThrowableOfType(BuildFailure.class, () -> renderer().render(route("posts/xss/")));

        assertThat(failure).isNotNull();
        assertThat(failure.diagnostics()).extracting(Diagnostic::toString)
                .containsExactly("templates/post.peb:2: error: invalid pattern '%b %d, %Y' in the date filter:"
                        + " Unknown pattern letter: b (write it with Java's DateTimeFormatter letters, as date_format"
                        + " in site.yaml, for example \"d MMM yyyy\")");
    }

    @Test
    void aFilterThatFailsInTheSitesOwnTemplateIsATemplateErrorNotAnInternalOne() throws IOException {
        writeTemplate("post.peb", """
                <h1>{{ post.title }}</h1>
                <p>{{ post.tags | join(1) }}</p>
                """);

        BuildFailure failure = catchThrowableOfType(BuildFailure.class, () -> renderer().render(route("posts/xss/")));

        assertThat(failure).isNotNull();
        assertThat(failure.diagnostics()).extracting(Diagnostic::toString).singleElement().asString()
                .startsWith("templates/post.peb: error: rendering /posts/xss/ failed: ClassCastException: ")
                .endsWith("(a filter, function or operator here or in a template this one includes got a value"
                        + " it cannot use)");
    }

    @Test
    void errorInAnIncludedTemplateNamesThatTemplate() throws IOException {
        writeTemplate("page.peb", """
                <h1>{{ page.title }}</h1>
                {% include "_extra.peb" %}
                """);
        writeTemplate("_extra.peb", """
                <p>fine</p>
                <p>{{ page.nosuch }}</p>
                """);

        BuildFailure failure = catchThrowableOfType(BuildFailure.class, () -> renderer().render(route("about/")));

        assertThat(failure.diagnostics().get(0).pos()).isEqualTo(SourcePos.of("templates/_extra.peb", 2));
    }

    @Test
    void errorInTheBuiltInThemeNamesTheBuiltInTemplate() throws IOException {
        writeTemplate("post.peb", """
                {% extends "base.peb" %}
                {% block content %}{% include "_post_meta.peb" %}{% endblock %}
                """);
        Route withoutPost = new Route("posts/x/", "post", java.util.Map.of("post", "not a post"), "content/posts/x.md", META);

        BuildFailure failure = catchThrowableOfType(BuildFailure.class, () -> renderer().render(withoutPost));

        assertThat(failure.diagnostics().get(0).pos().file()).isEqualTo("(built-in theme) _post_meta.peb");
        assertThat(failure.diagnostics().get(0).pos().line()).isPositive();
    }

    @Test
    void missingTemplateIsReported() {
        Route route = new Route("x/", "nosuch", java.util.Map.of(), "the test", META);

        BuildFailure failure = catchThrowableOfType(BuildFailure.class, () -> renderer().render(route));

        assertThat(failure.diagnostics().get(0).message()).startsWith("missing template");
        assertThat(failure.diagnostics().get(0).pos().file()).contains("nosuch.peb");
    }
}
