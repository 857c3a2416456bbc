package dev.leafpress.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leafpress.build.BuildOptions;
import dev.leafpress.build.SiteBuilder;
import dev.leafpress.content.EntryKind;
import dev.leafpress.diag.BuildFailure;
import dev.leafpress.diag.Diagnostics;
import dev.leafpress.site.Post;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code leafpress new}: the file it writes builds, and it never replaces one. */
class EntryScaffoldTest {

    /** 23:30 UTC on 31 Dec 2023 is already 1 January 2024 in Tokyo, the site's timezone. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2023-12-31T23:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path root;

    @BeforeEach
    void site() throws Exception {
        Files.writeString(root.resolve("site.yaml"), "title: T\ntimezone: Asia/Tokyo\n");
    }

    @Test
    void writesADatedPostWithItsFrontMatterThatBuilds() throws Exception {
        Path file = EntryScaffold.create(root, new NewEntry(EntryKind.POST, "Redis: \"evict\" keys \\ fast",
                "Data Stores", List.of("redis", " ops ", ""), false), CLOCK);
        assertThat(file).isEqualTo(root.resolve("content/posts/2024-01-01-redis-evict-keys-fast.md"));
        assertThat(Files.readString(file)).startsWith("---\ntitle: \"Redis: \\\"evict\\\" keys \\\\ fast\"\n"
                + "date: 2024-01-01 08:30\ncategory: \"Data Stores\"\ntags: [\"redis\", \"ops\"]\n---\n");
        Post post = SiteBuilder.prepare(BuildOptions.of(root), new Diagnostics()).site().posts().get(0);
        assertThat(post.title()).isEqualTo("Redis: \"evict\" keys \\ fast");
        assertThat(post.category().name()).isEqualTo("Data Stores");
        assertThat(post.tags()).extracting(t -> t.name()).containsExactly("redis", "ops");
    }

    @Test
    void draftsAndPages() throws Exception {
        Path page = EntryScaffold.create(root, new NewEntry(EntryKind.PAGE, "About me", null, List.of(), true), CLOCK);
        assertThat(page).isEqualTo(root.resolve("content/pages/about-me.md"));
        assertThat(Files.readString(page)).startsWith("---\ntitle: \"About me\"\ndraft: true\n---\n");
        assertThat(SiteBuilder.prepare(BuildOptions.of(root).withDrafts(true), new Diagnostics()).site().pages())
                .singleElement().extracting(p -> p.title()).isEqualTo("About me");
    }

    @Test
    void neverOverwritesAFile() throws Exception {
        NewEntry entry = new NewEntry(EntryKind.PAGE, "About", null, List.of(), false);
        Path page = EntryScaffold.create(root, entry, CLOCK);
        Files.writeString(page, "mine");
        assertThatThrownBy(() -> EntryScaffold.create(root, entry, CLOCK)).isInstanceOf(BuildFailure.class)
                .hasMessage("content/pages/about.md: error: already exists; not overwriting it "
                        + "(edit that file, or choose another title)");
        assertThat(page).hasContent("mine");
    }

    @Test
    void refusesControlCharactersThatFrontMatterCannotHoldAndWritesNothing() throws Exception {
        assertThatThrownBy(() -> EntryScaffold.create(root, new NewEntry(EntryKind.POST, "Bell\u0007 x", null,
                List.of(), false), CLOCK)).hasMessage("title: error: the title has a control character (U+0007),"
                + " which front matter cannot hold; remove it");
        assertThatThrownBy(() -> EntryScaffold.create(root, new NewEntry(EntryKind.POST, "Fine", null,
                List.of("a\u0085b"), false), CLOCK)).hasMessageContaining("a tag has a control character (U+0085)");
        assertThat(root.resolve("content/posts")).doesNotExist();
        Path tabbed = EntryScaffold.create(root, new NewEntry(EntryKind.POST, "Tab\there", null, List.of(), false), CLOCK);
        assertThat(tabbed).exists();
    }

    @Test
    void refusesTitlesWithoutLettersAndFoldersWithoutSiteYaml() throws Exception {
        assertThatThrownBy(() -> EntryScaffold.create(root, new NewEntry(EntryKind.POST, "!!!", null, List.of(), false),
                CLOCK)).hasMessageContaining("cannot make a file name from the title '!!!'");
        Files.delete(root.resolve("site.yaml"));
        assertThatThrownBy(() -> EntryScaffold.create(root, new NewEntry(EntryKind.POST, "A", null, List.of(), false),
                CLOCK)).hasMessageContaining("no site.yaml");
    }
}
