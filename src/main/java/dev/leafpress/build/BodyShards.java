package dev.leafpress.build;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

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
        // In parallel: most of the time goes into decoding strings, not into reading the files.
        IntStream.range(0, SHARDS).parallel().mapToObj(shard -> readShard(file(siteRoot, shard), key)).toList()
                .forEach(bodies::putAll);
        return bodies;
    }

    /** Writes the shards whose renders differ from {@code previous} (as read for the same key). */
    static void write(Path siteRoot, String key, Map<String, CachedBody> bodies, Map<String, CachedBody> previous)
            throws IOException {
        Map<Integer, Map<String, CachedBody>> now = byShard(bodies);
        Map<Integer, Map<String, CachedBody>> before = byShard(previous);
        List<Integer> changed = IntStream.range(0, SHARDS).boxed().filter(shard -> {
            Map<String, CachedBody> after = now.getOrDefault(shard, Map.of());
            Map<String, CachedBody> was = before.getOrDefault(shard, Map.of());
            boolean same = after.keySet().equals(was.keySet())
                    && after.entrySet().stream().allMatch(e -> e.getValue() == was.get(e.getKey()));
            return !same || !Files.exists(file(siteRoot, shard));
        }).toList();
        try {
            changed.parallelStream().forEach(shard -> {
                try {
                    writeShard(file(siteRoot, shard), key, now.getOrDefault(shard, Map.of()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static Map<Integer, Map<String, CachedBody>> byShard(Map<String, CachedBody> bodies) {
        Map<Integer, Map<String, CachedBody>> shards = new HashMap<>();
        bodies.forEach((path, body) -> shards.computeIfAbsent(Math.floorMod(path.hashCode(), SHARDS),
                shard -> new HashMap<>()).put(path, body));
        return shards;
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
