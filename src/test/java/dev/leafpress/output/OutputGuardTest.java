package dev.leafpress.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leafpress.diag.BuildFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutputGuardTest {

    @TempDir
    Path tmp;

    private Path site;
    private String realHome;

    @BeforeEach
    void makeSite() throws IOException {
        site = tmp.resolve("site");
        Files.createDirectories(site.resolve("content/posts"));
        Files.writeString(site.resolve("site.yaml"), "title: Test\n");
        Files.writeString(site.resolve("content/posts/a.md"), "---\ntitle: A\n---\n");
        realHome = System.getProperty("user.home");
    }

    @AfterEach
    void restoreHome() {
        System.setProperty("user.home", realHome);
    }

    private void assertRefused(Path output, boolean force, String why) {
        assertThatThrownBy(() -> OutputGuard.check(site, output, force))
                .isInstanceOf(BuildFailure.class)
                .hasMessageContaining("refusing to use this output folder")
                .hasMessageContaining(why);
    }

    private void assertAccepted(Path output, boolean force) {
        assertThatCode(() -> OutputGuard.check(site, output, force)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "force={0}")
    @ValueSource(booleans = {false, true})
    void refusesTheSiteRoot(boolean force) {
        assertRefused(site, force, "is the site folder itself");
        assertRefused(site.resolve("content/.."), force, "is the site folder itself");
    }

    @ParameterizedTest(name = "force={0}")
    @ValueSource(booleans = {false, true})
    void refusesAFolderContainingTheSiteRoot(boolean force) {
        assertRefused(tmp, force, "contains the site folder");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"content", "content/posts", "content/new", "themes/default", "templates"})
    void refusesTheSitesSources(String folder) {
        assertRefused(site.resolve(folder), true, "inside the site's sources");
    }

    @Test
    void refusesTheHomeFolder() throws IOException {
        Path home = Files.createDirectories(tmp.resolve("home/me"));
        System.setProperty("user.home", home.toString());

        assertRefused(home, true, "is your home folder");
    }

    @Test
    void refusesAFolderContainingTheHomeFolder() throws IOException {
        Path home = Files.createDirectories(tmp.resolve("home/me"));
        System.setProperty("user.home", home.toString());

        assertRefused(tmp.resolve("home"), true, "contains your home folder");
    }

    @Test
    void refusesTheFileSystemRoot() {
        assertRefused(Path.of("/"), true, "is the root of the file system");
    }

    @Test
    void refusesASymbolicLinkToTheSiteRoot() throws IOException {
        Path link = Files.createSymbolicLink(tmp.resolve("link"), site);

        assertRefused(link, true, "is the site folder itself");
    }

    @Test
    void refusesAForeignNonEmptyFolderUnlessForced() throws IOException {
        Path documents = Files.createDirectories(tmp.resolve("documents"));
        Files.writeString(documents.resolve("thesis.txt"), "years of work");

        assertRefused(documents, false, "Leafpress did not write");
        assertAccepted(documents, true);
    }

    @Test
    void refusesAnExistingFileEvenWhenForced() throws IOException {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "not a folder");

        assertRefused(file, false, "is a file");
        assertRefused(file, true, "is a file");
        assertRefused(file.resolve("out"), true, "is a file, not a folder");
    }

    @Test
    void refusesALinkToNothingAndWritesIntoTheFolderALinkNames() throws IOException {
        Path dangling = Files.createSymbolicLink(tmp.resolve("dangling"), tmp.resolve("nowhere"));
        assertRefused(dangling, true, "symbolic link to something that does not exist");
        Path target = Files.createDirectories(tmp.resolve("www/blog"));
        Path link = Files.createSymbolicLink(tmp.resolve("public"), target);
        assertThat(OutputGuard.writtenFolder(link)).isEqualTo(target.toRealPath());
        assertThat(OutputGuard.writtenFolder(target)).isEqualTo(target);
    }

    @Test
    void refusesTheSourcesAndCacheEvenWhenTheyAreLinksToFoldersElsewhere() throws IOException {
        Path realContent = Files.createDirectories(tmp.resolve("elsewhere/content"));
        Path realTheme = Files.createDirectories(tmp.resolve("elsewhere/mytheme/templates"));
        Path linked = Files.createDirectories(tmp.resolve("linked"));
        Files.createSymbolicLink(linked.resolve("content"), realContent);
        Files.createDirectories(linked.resolve("themes"));
        Files.createSymbolicLink(linked.resolve("themes/mine"), realTheme.getParent());
        assertThatThrownBy(() -> OutputGuard.check(linked, realContent.resolve("out"), true))
                .hasMessageContaining("is inside the site's sources or cache");
        assertThatThrownBy(() -> OutputGuard.check(linked, realTheme.getParent(), true))
                .hasMessageContaining("is inside the site's sources or cache");
        assertThatThrownBy(() -> OutputGuard.check(linked, tmp.resolve("elsewhere"), true))
                .hasMessageContaining("contains the site's sources or cache");
        assertThatThrownBy(() -> OutputGuard.check(linked, linked.resolve(".leafpress"), true))
                .hasMessageContaining("is inside the site's sources or cache");
    }

    @Test
    void acceptsAnEmptyFolder() throws IOException {
        assertAccepted(Files.createDirectories(tmp.resolve("empty")), false);
    }

    @Test
    void acceptsAMissingFolder() {
        assertAccepted(tmp.resolve("not/yet/there"), false);
        assertAccepted(site.resolve("_site"), false);
    }

    @Test
    void acceptsAFolderMarkedAsLeafpressOutput() throws IOException {
        Path previous = Files.createDirectories(tmp.resolve("public/posts/a"));
        Files.writeString(tmp.resolve("public/posts/a/index.html"), "<p>old</p>");
        Files.writeString(tmp.resolve("public").resolve(OutputGuard.MARKER), "");

        assertAccepted(tmp.resolve("public"), false);
    }
}
