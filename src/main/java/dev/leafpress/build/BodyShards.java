package dev.leafpress.build;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The cached Markdown renders, spread over {@value #SHARDS} files by content path, so that a
 * rebuild rewrites only the files holding a changed render and an unchanged build reads none.
 * A shard written under another cache key, unreadable, or failing its checksum
 * ({@link ChecksummedFile}) counts as empty, so its pages are rendered again.
 */
final class BodyShards {

    static final int SHARDS = 32;
    private static final int FORMAT = 0x4c504234;

    private BodyShards() {
    }

    static Map<String, CachedBody> read(Path siteRoot, String key) {
        Map<String, CachedBody> bodies = new HashMap<>();
        for (int shard = 0; shard < SHARDS; shard++) {
            bodies.putAll(readShard(file(siteRoot, shard), key));
        }
        return bodies;
    }

    /** Writes the shards whose renders differ from {@code previous} (as read for the same key). */
    static void write(Path siteRoot, String key, Map<String, CachedBody> bodies, Map<String, CachedBody> previous)
            throws IOException {
        for (int shard = 0; shard < SHARDS; shard++) {
            Map<String, CachedBody> now = of(bodies, shard);
            Map<String, CachedBody> before = of(previous, shard);
            boolean same = now.keySet().equals(before.keySet())
                    && now.entrySet().stream().allMatch(e -> e.getValue() == before.get(e.getKey()));
            if (!same || !Files.exists(file(siteRoot, shard))) {
                writeShard(file(siteRoot, shard), key, now);
            }
        }
    }

    private static Map<String, CachedBody> of(Map<String, CachedBody> bodies, int shard) {
        Map<String, CachedBody> part = new HashMap<>();
        bodies.forEach((path, body) -> {
            if (Math.floorMod(path.hashCode(), SHARDS) == shard) {
                part.put(path, body);
            }
        });
        return part;
    }

    private static Path file(Path siteRoot, int shard) {
        return siteRoot.resolve(CacheFile.DIR).resolve(String.format(java.util.Locale.ROOT, "bodies-%02d.bin", shard));
    }

    private static Map<String, CachedBody> readShard(Path file, String key) {
        Optional<DataInputStream> sealed = ChecksummedFile.open(file);
        if (sealed.isEmpty()) {
            return Map.of();
        }
        Map<String, CachedBody> bodies = new HashMap<>();
        try (DataInputStream in = sealed.get()) {
            if (in.readInt() != FORMAT || !key.equals(CacheData.readString(in))) {
                return Map.of();
            }
            for (int i = CacheData.readCount(in); i > 0; i--) {
                bodies.put(CacheData.readString(in), CachedBody.read(in));
            }
            return in.read() == -1 ? bodies : Map.of();
        } catch (IOException | RuntimeException missingOrCorrupt) {
            return Map.of();
        }
    }

    private static void writeShard(Path file, String key, Map<String, CachedBody> bodies) throws IOException {
        ChecksummedFile.write(file, 1 << 16, out -> {
            out.writeInt(FORMAT);
            CacheData.writeString(out, key);
            out.writeInt(bodies.size());
            for (Map.Entry<String, CachedBody> e : bodies.entrySet()) {
                CacheData.writeString(out, e.getKey());
                e.getValue().write(out);
            }
        });
    }
}
