package dev.leafpress.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.leafpress.build.BuildOptions;
import dev.leafpress.build.BuildPipeline;
import dev.leafpress.build.BuildResult;
import dev.leafpress.diag.BuildFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code leafpress init}: a new blog that builds at once, and never over someone's files. */
class SiteScaffoldTest {

    static final LocalDate TODAY = LocalDate.of(2024, 6, 1);
    static final Clock SAME_DAY = Clock.fixed(Instant.parse("2024-06-01T08:00:00Z"), ZoneOffset.UTC);

    @Test
    void newBlogBuildsWithNoOtherInput(@TempDir Path tmp) throws IOException {
        Path blog = tmp.resolve("new/blog");
        SiteScaffold.create(blog, TODAY);
        BuildResult result = BuildPipeline.run(BuildOptions.of(blog).withClock(SAME_DAY));
        assertThat(result.posts()).isEqualTo(1);
        assertThat(result.pages()).isEqualTo(1);
        Path out = blog.resolve("output");
        assertThat(out.resolve("posts/hello-world/index.html")).content().contains("Hello, world");
        assertThat(out.resolve("about/index.html")).exists();
        assertThat(out.resolve("feed.xml")).exists();
        assertThat(out.resolve("404.html")).exists();
        assertThat(out.resolve("theme/style.css")).exists();
        assertThat(blog.resolve("content/posts/2024-06-01-hello-world.md")).content().contains("date: 2024-06-01");
        assertThat(Files.readAllLines(blog.resolve(".gitignore"))).contains("output/");
        assertThat(blog.resolve("themes")).doesNotExist();
    }

    @Test
    void everythingABuildLeavesBesideTheSourcesIsGitIgnored(@TempDir Path tmp) throws IOException {
        SiteScaffold.create(tmp, TODAY);
        BuildPipeline.runCached(BuildOptions.of(tmp).withClock(SAME_DAY));
        List<String> patterns = Files.readAllLines(tmp.resolve(".gitignore")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertThat(patterns).contains(".leafpress-staging-*", ".leafpress-old-*", ".leafpress-patch-*");
        try (var names = Files.list(tmp)) {
            List<String> made = names.map(p -> p.getFileName().toString())
                    .filter(n -> !List.of("site.yaml", "content", ".gitignore").contains(n)).toList();
            assertThat(made).contains("output", ".leafpress").allSatisfy(name -> assertThat(patterns)
                    .anyMatch(p -> p.equals(name + "/") || p.endsWith("*") && name.startsWith(p.replace("*", ""))));
        }
    }

    @Test
    void anEmptyFolderIsFine(@TempDir Path tmp) {
        SiteScaffold.create(tmp, TODAY);
        assertThat(tmp.resolve("site.yaml")).exists();
    }

    @Test
    void aFreshGitRepositoryWithNoFilesYetIsFine(@TempDir Path tmp) throws IOException {
        Files.createDirectories(tmp.resolve(".git/objects"));
        Files.writeString(tmp.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        SiteScaffold.create(tmp, TODAY);
        assertThat(tmp.resolve("site.yaml")).exists();
        assertThat(tmp.resolve(".gitignore")).exists();
        assertThat(tmp.resolve(".git/HEAD")).hasContent("ref: refs/heads/main");
    }

    @Test
    void aGitRepositoryThatHasFilesIsRefused(@TempDir Path tmp) throws IOException {
        Files.createDirectories(tmp.resolve(".git"));
        Files.writeString(tmp.resolve("README.md"), "mine");
        assertThat(catchThrowableOfType(BuildFailure.class, () -> SiteScaffold.create(tmp, TODAY))).isNotNull();
        assertThat(tmp.resolve("site.yaml")).doesNotExist();
    }

    @Test
    void refusesAFolderThatIsNotEmpty(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("notes.txt"), "mine");
        BuildFailure failure = catchThrowableOfType(BuildFailure.class, () -> SiteScaffold.create(tmp, TODAY));
        assertThat(failure.diagnostics()).singleElement().asString()
                .isEqualTo(tmp + ": error: refusing to create a site here: the folder is not empty"
                        + " (choose a new or empty folder)");
        try (var files = Files.list(tmp)) {
            assertThat(files).containsExactly(tmp.resolve("notes.txt"));
        }
    }
}
