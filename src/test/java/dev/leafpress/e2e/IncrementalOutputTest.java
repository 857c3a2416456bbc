package dev.leafpress.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leafpress.build.BuildPipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild leaves exactly the current site: a deleted post's files are gone, and files whose
 * bytes did not change keep their modification time. The first build's times are set far in the
 * past, so "kept" cannot be confused with "written again within the same second".
 */
class IncrementalOutputTest {

    static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));

    @Test
    void rebuildKeepsTimesOfUnchangedFilesAndRemovesDeletedPosts(@TempDir Path dir) throws IOException {
        TempSite site = new TempSite(dir, "title: T\nbase_url: https://t.example/\n")
                .post("keep", "title: Keep\ndate: 2020-01-01\ntags: [old]", "Unchanged.")
                .post("edit", "title: Edit\ndate: 2021-01-01", "Before.")
                .post("gone", "title: Gone\ndate: 2022-01-01\ntags: [lonely]", "Deleted soon.")
                .file("content/posts/pic.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        BuildPipeline.run(site.options());
        setAllTimes(site.output(), LONG_AGO);

        Files.delete(site.root.resolve("content/posts/gone.md"));
        site.post("edit", "title: Edit\ndate: 2021-01-01", "After.");
        BuildPipeline.run(site.options());

        Map<String, FileTime> times = times(site.output());
        assertThat(times).doesNotContainKeys("posts/gone/index.html", "tag/lonely/index.html", "tag/lonely/feed.xml");
        assertThat(times).containsEntry("posts/keep/index.html", LONG_AGO).containsEntry("pic.svg", LONG_AGO)
                .containsEntry("theme/style.css", LONG_AGO).containsEntry("tag/old/feed.xml", LONG_AGO)
                .containsEntry(".leafpress-output", LONG_AGO);
        for (String changed : List.of("posts/edit/index.html", "feed.xml", "sitemap.xml", "index.html")) {
            assertThat(times.get(changed)).as(changed).isNotEqualTo(LONG_AGO);
        }
        assertThat(Files.readString(site.output().resolve("posts/edit/index.html"))).contains("After.");
    }

    private static void setAllTimes(Path root, FileTime time) throws IOException {
        for (Path file : times(root).keySet().stream().map(root::resolve).toList()) {
            Files.setLastModifiedTime(file, time);
        }
    }

    private static Map<String, FileTime> times(Path root) throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                times.put(root.relativize(file).toString().replace('\\', '/'), Files.getLastModifiedTime(file));
            }
        }
        return times;
    }
}
