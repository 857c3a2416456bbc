package dev.leafpress.build;

import dev.leafpress.content.EntryKind;
import dev.leafpress.content.EntryMeta;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The front matter of every post and page as the last build read it, {@code .leafpress/cache/entries.bin},
 * by content-relative path: a rebuild takes an unchanged file's from here instead of reading the
 * file (10,000 files were a third of a one-post rebuild). Only entries that read without any
 * message and without extra keys are kept, so nothing needs replaying. A file written under
 * another cache key or failing its checksum counts as empty.
 */
final class CachedParses {

    private static final String NAME = "entries.bin";
    private static final int FORMAT = 0x4c504531;

    /** What reading one file gave, less its body. */
    record Parse(EntryKind kind, EntryMeta meta, int bodyLineOffset) {
    }

    private CachedParses() {
    }

    /** Whether this entry can be kept: without extra keys (whose values may be of any type). */
    static boolean keepable(EntryMeta meta) {
        return meta.extra().isEmpty();
    }

    static Map<String, Parse> read(Path siteRoot, String key) {
        Optional<DataInputStream> sealed = ChecksummedFile.open(path(siteRoot));
        if (sealed.isEmpty()) {
            return Map.of();
        }
        try (DataInputStream in = sealed.get()) {
            if (in.readInt() != FORMAT || !key.equals(CacheData.readString(in))) {
                return Map.of();
            }
            Map<String, Parse> parses = new HashMap<>();
            for (int i = CacheData.readCount(in); i > 0; i--) {
                parses.put(CacheData.readString(in), readParse(in));
            }
            return in.read() == -1 ? parses : Map.of();
        } catch (IOException | RuntimeException missingOrCorrupt) {
            return Map.of();
        }
    }

    static void write(Path siteRoot, String key, Map<String, Parse> parses) throws IOException {
        ChecksummedFile.write(path(siteRoot), 1 << 16, out -> {
            out.writeInt(FORMAT);
            CacheData.writeString(out, key);
            out.writeInt(parses.size());
            for (Map.Entry<String, Parse> e : parses.entrySet()) {
                CacheData.writeString(out, e.getKey());
                writeParse(out, e.getValue());
            }
        });
    }

    private static Path path(Path siteRoot) {
        return siteRoot.resolve(CacheFile.DIR).resolve(NAME);
    }

    private static void writeParse(DataOutputStream out, Parse parse) throws IOException {
        EntryMeta m = parse.meta();
        out.writeInt(parse.kind().ordinal());
        out.writeInt(parse.bodyLineOffset());
        CacheData.writeString(out, m.title());
        writeTime(out, m.date());
        writeTime(out, m.updated());
        CacheData.writeString(out, m.category());
        CacheData.writeStrings(out, m.tags());
        CacheData.writeString(out, m.author());
        CacheData.writeString(out, m.slug());
        CacheData.writeString(out, m.summary());
        out.writeInt(m.summaryLine());
        out.writeBoolean(m.draft());
        out.writeInt(m.order());
        CacheData.writeStrings(out, m.aliases());
    }

    private static Parse readParse(DataInputStream in) throws IOException {
        EntryKind kind = EntryKind.values()[in.readInt()];
        int bodyLineOffset = in.readInt();
        EntryMeta meta = new EntryMeta(CacheData.readString(in), readTime(in), readTime(in), CacheData.readString(in),
                CacheData.readStrings(in), CacheData.readString(in), CacheData.readString(in), CacheData.readString(in),
                in.readInt(), in.readBoolean(), in.readInt(), Map.of(), CacheData.readStrings(in));
        return new Parse(kind, meta, bodyLineOffset);
    }

    /** The local time, the offset and the zone: the three parts a {@link ZonedDateTime} is equal by. */
    private static void writeTime(DataOutputStream out, ZonedDateTime time) throws IOException {
        out.writeBoolean(time != null);
        if (time != null) {
            out.writeLong(time.toLocalDateTime().toEpochSecond(ZoneOffset.UTC));
            out.writeInt(time.getNano());
            out.writeInt(time.getOffset().getTotalSeconds());
            CacheData.writeString(out, time.getZone().getId());
        }
    }

    private static ZonedDateTime readTime(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        LocalDateTime local = LocalDateTime.ofEpochSecond(in.readLong(), in.readInt(), ZoneOffset.UTC);
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(in.readInt());
        return ZonedDateTime.ofStrict(local, offset, ZoneId.of(CacheData.readString(in)));
    }
}
