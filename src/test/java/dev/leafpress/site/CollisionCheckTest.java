package dev.leafpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leafpress.diag.Diagnostic;
import dev.leafpress.diag.Diagnostics;
import java.util.List;
import org.junit.jupiter.api.Test;

class CollisionCheckTest {

    private final Diagnostics diagnostics = new Diagnostics();
    private final CollisionCheck check = new CollisionCheck(diagnostics);

    @Test
    void twoOriginsClaimingOneFileGiveOneErrorNamingBoth() {
        check.claim("posts/hello/index.html", "content/posts/b.md");
        check.claim("posts/hello/index.html", "content/posts/a.md");

        List<Diagnostic> errors = diagnostics.sorted();
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).isError()).isTrue();
        assertThat(errors.get(0).message())
                .contains("'posts/hello/index.html'")
                .contains("content/posts/a.md and content/posts/b.md");
        assertThat(errors.get(0).pos().file()).isEqualTo("content/posts/a.md");
    }

    @Test
    void errorIsAtTheSourceFileWhenAGeneratedPageIsInvolved() {
        check.claim("tags/index.html", "the tag list");
        check.claim("tags/index.html", "content/pages/tags.md");

        Diagnostic error = diagnostics.sorted().get(0);
        assertThat(error.pos().file()).isEqualTo("content/pages/tags.md");
        assertThat(error.message()).contains("the tag list").contains("content/pages/tags.md");
    }

    @Test
    void aFileWhereAnotherNeedsAFolderIsAClashWhicheverComesFirst() {
        check.claim("about/index.html", "content/pages/about.md");
        check.claim("about", "content/about");
        check.claim("feed.xml", "the feeds and sitemap");
        check.claim("feed.xml/index.html", "content/posts/a.md (alias '/feed.xml/')");

        assertThat(diagnostics.sorted()).extracting(Diagnostic::toString).containsExactly(
                "content/about: error: 'about' would be a file written by content/about and a folder holding what"
                        + " content/pages/about.md ('about/index.html') writes (rename one of them)",
                "content/posts/a.md (alias '/feed.xml/'): error: 'feed.xml' would be a file written by the feeds and"
                        + " sitemap and a folder holding what content/posts/a.md (alias '/feed.xml/')"
                        + " ('feed.xml/index.html') writes (rename one of them)");
    }

    @Test
    void pathsDifferingOnlyByCaseCollide() {
        check.claim("posts/Hello/index.html", "content/posts/a.md");
        check.claim("posts/hello/INDEX.html", "content/posts/b.md");

        assertThat(diagnostics.sorted()).hasSize(1);
    }

    @Test
    void differentFilesDoNotCollide() {
        check.claim("posts/hello/index.html", "content/posts/a.md");
        check.claim("posts/hello-2/index.html", "content/posts/b.md");
        check.claim("posts/hello/photo.png", "content/posts/hello/photo.png");

        assertThat(diagnostics.sorted()).isEmpty();
    }
}
