package dev.leafpress.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leafpress.build.BuildOptions;
import dev.leafpress.build.SiteBuild;
import dev.leafpress.build.SiteBuilder;
import dev.leafpress.check.CheckReport;
import dev.leafpress.check.SiteCheck;
import dev.leafpress.diag.Diagnostic;
import dev.leafpress.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code leafpress check} on a site with broken links, and on the example blog, which has none. */
class SiteCheckTest {

    static final Path BROKEN = Path.of("src/test/resources/sites/check/broken-links");

    private static CheckReport check(Path site, Diagnostics diagnostics) {
        SiteBuild build = SiteBuilder.prepare(BuildOptions.of(site), diagnostics);
        return SiteCheck.run(build, diagnostics);
    }

    @Test
    void reportsEachBrokenLinkAtTheLineTheAuthorWroteIt() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        CheckReport report = check(BROKEN, diagnostics);
        assertThat(diagnostics.sorted().stream().map(Diagnostic::toString))
                .containsExactlyElementsOf(Files.readAllLines(BROKEN.resolve("expected.txt")));
        assertThat(report.broken()).isEqualTo(10);
        assertThat(report.externalByHost()).containsOnlyKeys("example.com");
        assertThat(BROKEN.resolve("output")).doesNotExist();
    }

    @Test
    void aBrokenLinkInTheSitesOwnPartialIsReportedOnceAtItsLine(@TempDir Path site) throws IOException {
        Files.writeString(site.resolve("site.yaml"), "title: T\nbase_url: https://ex.org/blog/\n");
        Files.createDirectories(site.resolve("content/posts"));
        Files.createDirectories(site.resolve("templates"));
        Files.writeString(site.resolve("content/posts/a.md"), "---\ntitle: A\ndate: 2020-01-01\n---\nA.\n");
        Files.writeString(site.resolve("content/posts/b.md"), "---\ntitle: B\ndate: 2020-01-02\n---\nB.\n");
        Files.writeString(site.resolve("templates/_post_meta.peb"),
                "<p class=\"post-meta\">{{ post.dateText }}\n  <a href=\"{{ url('gone/') }}\">gone</a></p>\n");
        Diagnostics diagnostics = new Diagnostics();
        CheckReport report = check(site, diagnostics);
        assertThat(diagnostics.sorted().stream().map(Diagnostic::toString)).containsExactly(
                "templates/_post_meta.peb:2:20: error: link to /blog/gone/ leads nowhere: no page or file /gone/");
        assertThat(report.broken()).isEqualTo(1);
    }

    @Test
    void theExampleBlogHasNoBrokenLinks() {
        Diagnostics diagnostics = new Diagnostics();
        CheckReport report = check(Path.of(""), diagnostics);
        assertThat(diagnostics.hasErrors()).as(diagnostics.sorted().toString()).isFalse();
        assertThat(report.internalLinks()).isGreaterThan(100);
    }
}
