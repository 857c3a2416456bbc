package dev.leafpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parallel walk behind "nothing changed": every file, by its relative path, or nothing at all. */
class FileStampsTest {

    @TempDir
    Path dir;

    @Test
    void everyFileOfEveryFolderByItsRelativePath() throws Exception {
        for (int i = 0; i < 300; i++) {
            write("posts/p" + i + "/index.html", "post " + i);
        }
        write("index.html", "home");
        write("tag/a/page/2/index.html", "tag");
        Map<String, FileStamps.Stamp> stamps = FileStamps.of(dir).orElseThrow();
        assertThat(stamps).hasSize(302).containsKeys("index.html", "posts/p299/index.html",
                "tag/a/page/2/index.html");
        assertThat(stamps.get("index.html").size()).isEqualTo(4);
    }

    @Test
    void aChangedTimeOrSizeShows() throws Exception {
        Path file = write("a/b.txt", "one");
        Map<String, FileStamps.Stamp> before = FileStamps.of(dir).orElseThrow();
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 2000));
        assertThat(FileStamps.of(dir).orElseThrow()).isNotEqualTo(before);
        Files.writeString(file, "three");
        assertThat(FileStamps.of(dir).orElseThrow().get("a/b.txt").size()).isEqualTo(5);
    }

    @Test
    void aLinkAnywhereOrAMissingFolderGivesNoStamps() throws Exception {
        write("deep/down/file.txt", "x");
        Files.createSymbolicLink(dir.resolve("deep/down/link.txt"), dir.resolve("deep/down/file.txt"));
        assertThat(FileStamps.of(dir)).isEmpty();
        assertThat(FileStamps.of(dir.resolve("missing"))).isEmpty();
    }

    @Test
    void theDigestIgnoresOrderAndShowsAnyChangedNameSizeOrTime() {
        Map<String, FileStamps.Stamp> stamps = new java.util.HashMap<>();
        for (int i = 0; i < 1000; i++) {
            stamps.put("posts/p" + i + "/index.html", new FileStamps.Stamp(100 + i, 1_000_000_000L * i));
        }
        String digest = FileStamps.digest(stamps);
        assertThat(FileStamps.digest(new java.util.TreeMap<>(stamps))).isEqualTo(digest);
        assertThat(FileStamps.digest(with(stamps, "posts/p7/index.html", new FileStamps.Stamp(107, 7_000_000_001L))))
                .isNotEqualTo(digest);
        assertThat(FileStamps.digest(with(stamps, "posts/p7/index.html", new FileStamps.Stamp(108, 7_000_000_000L))))
                .isNotEqualTo(digest);
        Map<String, FileStamps.Stamp> renamed = new java.util.HashMap<>(stamps);
        renamed.put("posts/p7/index.htm", renamed.remove("posts/p7/index.html"));
        assertThat(FileStamps.digest(renamed)).isNotEqualTo(digest);
        Map<String, FileStamps.Stamp> fewer = new java.util.HashMap<>(stamps);
        fewer.remove("posts/p7/index.html");
        assertThat(FileStamps.digest(fewer)).isNotEqualTo(digest);
        // Two files swapping their stamps is a change too.
        Map<String, FileStamps.Stamp> swapped = with(stamps, "posts/p1/index.html", stamps.get("posts/p2/index.html"));
        swapped.put("posts/p2/index.html", stamps.get("posts/p1/index.html"));
        assertThat(FileStamps.digest(swapped)).isNotEqualTo(digest);
    }

    @Test
    void stampsAreEqualByTheirSizeAndTimeOnly() {
        FileStamps.Stamp stamp = new FileStamps.Stamp(120, 1_700_000_000_123_456_789L);
        FileStamps.Stamp same = new FileStamps.Stamp(120, 1_700_000_000_123_456_789L);
        assertThat(stamp).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo("120");
        assertThat(stamp).isNotEqualTo(new FileStamps.Stamp(121, 1_700_000_000_123_456_789L))
                .isNotEqualTo(new FileStamps.Stamp(120, 1_700_000_000_123_456_788L));
        assertThat(new FileStamps.Stamp(1, 2).hashCode()).isNotEqualTo(new FileStamps.Stamp(2, 1).hashCode());
    }

    private static Map<String, FileStamps.Stamp> with(Map<String, FileStamps.Stamp> stamps, String path,
                                                      FileStamps.Stamp stamp) {
        Map<String, FileStamps.Stamp> changed = new java.util.HashMap<>(stamps);
        changed.put(path, stamp);
        return changed;
    }

    private Path write(String relative, String text) throws Exception {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
