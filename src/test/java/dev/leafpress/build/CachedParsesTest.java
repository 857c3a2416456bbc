package dev.leafpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leafpress.content.EntryKind;
import dev.leafpress.content.EntryMeta;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The front matter kept between builds reads back equal, or not at all. */
class CachedParsesTest {

    @TempDir
    Path site;

    private static final ZonedDateTime BERLIN_SUMMER = ZonedDateTime.of(LocalDateTime.of(2014, 6, 28, 21, 5, 7, 123),
            ZoneId.of("Europe/Berlin"));
    /** The second of the two 02:30s of the night the clocks go back: only the offset tells it apart. */
    private static final ZonedDateTime BERLIN_AUTUMN_LATER = ZonedDateTime.of(LocalDateTime.of(2021, 10, 31, 2, 30),
            ZoneId.of("Europe/Berlin")).withLaterOffsetAtOverlap();

    private static EntryMeta meta(ZonedDateTime date, ZonedDateTime updated, String summary) {
        return new EntryMeta("Title — with ünïcode 🌿", date, updated, summary == null ? null : "Cat", List.of("a b", "ß"),
                summary == null ? null : "Ann", "title-with-unicode", summary, summary == null ? 0 : 4, summary == null,
                -7, Map.of(), List.of("2014/06/old.html", "old/"));
    }

    @Test
    void everyFieldReadsBackEqual() throws Exception {
        Map<String, CachedParses.Parse> parses = Map.of(
                "posts/a.md", new CachedParses.Parse(EntryKind.POST, meta(BERLIN_SUMMER, BERLIN_AUTUMN_LATER, "Short."), 5),
                "posts/b.md", new CachedParses.Parse(EntryKind.POST,
                        meta(ZonedDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 30)), null, null), 3),
                "pages/about.md", new CachedParses.Parse(EntryKind.PAGE, meta(null, null, null), 0),
                "posts/z.md", new CachedParses.Parse(EntryKind.POST,
                        meta(ZonedDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), null, "x"), 2));
        CachedParses.write(site, "key", parses);
        Map<String, CachedParses.Parse> read = CachedParses.read(site, "key");
        assertThat(read).isEqualTo(parses);
        assertThat(read.get("posts/a.md").meta().updated().getOffset()).isEqualTo(BERLIN_AUTUMN_LATER.getOffset());
    }

    @Test
    void anotherKeyOrAFlippedByteReadsAsNothing() throws Exception {
        CachedParses.write(site, "key", Map.of("posts/a.md",
                new CachedParses.Parse(EntryKind.POST, meta(BERLIN_SUMMER, null, null), 1)));
        assertThat(CachedParses.read(site, "other key")).isEmpty();
        Path file = site.resolve(".leafpress/cache/entries.bin");
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);
        assertThat(CachedParses.read(site, "key")).isEmpty();
    }

    @Test
    void entriesWithExtraKeysAreNotKept() {
        EntryMeta plain = meta(BERLIN_SUMMER, null, null);
        EntryMeta extra = new EntryMeta(plain.title(), plain.date(), null, null, List.of(), null, plain.slug(), null, 0,
                false, 0, Map.of("mood", List.of(1, 2.5, true)), List.of());
        assertThat(CachedParses.keepable(plain)).isTrue();
        assertThat(CachedParses.keepable(extra)).isFalse();
    }
}
