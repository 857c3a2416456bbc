package dev.leafpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** build.bin read back in its two parts: the output's stamps alone, then everything. */
class CacheFileTest {

    @TempDir
    Path site;

    private final CacheFile.Details details = new CacheFile.Details(
            Map.of("posts/a.md", new FileStamps.Stamp(10, 20), "pages/about.md", new FileStamps.Stamp(11, 21)),
            Map.of("index.html", new FileStamps.Stamp(300, 400)),
            Map.of("", 500L, "posts", 501L),
            Map.of("index.html", new PageRecord(List.of("title", "posts"), "f1")),
            Map.of("feed.xml", "d1"));

    @Test
    void theOutputStampsAloneAndThenEveryDetailReadBackAsWritten() throws Exception {
        new CacheFile("key-1", true, new BuildResult(1, 1, new HeldBack(2, 3), 4, 0, List.of()), details).write(site);
        CacheFile read = CacheFile.read(site).orElseThrow();
        assertThat(read.key()).isEqualTo("key-1");
        assertThat(read.reusable()).isTrue();
        assertThat(read.summary().heldBack()).isEqualTo(new HeldBack(2, 3));
        assertThat(read.sameContent(details.content())).isTrue();
        assertThat(read.outputStamps().orElseThrow())
                .isEqualTo(new CacheFile.OutputStamps(details.output(), details.outputFolders()));
        assertThat(read.details()).contains(details);
    }

    @Test
    void detailsReadWithoutAskingForTheOutputStampsFirst() throws Exception {
        new CacheFile("key-2", false, new BuildResult(1, 0, HeldBack.NONE, 1, 0, List.of()), details).write(site);
        assertThat(CacheFile.read(site).orElseThrow().details()).contains(details);
    }

    @Test
    void aFileCutShortGivesNoCache() throws Exception {
        new CacheFile("key-3", true, new BuildResult(1, 0, HeldBack.NONE, 1, 0, List.of()), details).write(site);
        Path file = CacheFile.path(site);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 9));
        assertThat(CacheFile.read(site)).isEmpty();
    }
}
