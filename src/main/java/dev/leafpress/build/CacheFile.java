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
 * The persistent build cache, {@code .leafpress/cache/build.bin}: what the last successful
 * build read and wrote, and each page's record; the Markdown renders are in {@link BodyShards}.
 * Written to a temporary file and renamed, sealed with a checksum ({@link ChecksummedFile}).
 *
 * @param reusable the output cannot differ with the clock and the build had no warnings, so an
 *                 unchanged site may skip the build altogether
 */
record CacheFile(String key, boolean reusable, BuildResult summary, Map<String, FileStamps.Stamp> content,
                 Map<String, FileStamps.Stamp> output, Map<String, PageRecord> pages) {

    static final String DIR = ".leafpress/cache";
    private static final String NAME = "build.bin";
    private static final int FORMAT = 0x4c504334;

    static Path path(Path siteRoot) {
        return siteRoot.resolve(DIR).resolve(NAME);
    }

    /** The cache of {@code siteRoot}, or empty when there is none or it cannot be read as a whole. */
    static Optional<CacheFile> read(Path siteRoot) {
        Path file = path(siteRoot);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Optional<DataInputStream> sealed = ChecksummedFile.open(file);
        if (sealed.isEmpty()) {
            return Optional.empty();
        }
        try (DataInputStream in = sealed.get()) {
            if (in.readInt() != FORMAT) {
                return Optional.empty();
            }
            String key = CacheData.readString(in);
            boolean reusable = in.readBoolean();
            BuildResult summary = new BuildResult(in.readInt(), in.readInt(), new HeldBack(in.readInt(), in.readInt()),
                    in.readInt(), 0, java.util.List.of());
            Map<String, FileStamps.Stamp> content = readStamps(in);
            Map<String, FileStamps.Stamp> output = readStamps(in);
            Map<String, PageRecord> pages = new HashMap<>();
            for (int i = CacheData.readCount(in); i > 0; i--) {
                pages.put(CacheData.readString(in), readPage(in));
            }
            return in.read() == -1 ? Optional.of(new CacheFile(key, reusable, summary, content, output, pages))
                    : Optional.empty();
        } catch (IOException | RuntimeException corrupt) {
            return Optional.empty();
        }
    }

    void write(Path siteRoot) throws IOException {
        ChecksummedFile.write(path(siteRoot), 1 << 20, this::writePayload);
    }

    private void writePayload(DataOutputStream out) throws IOException {
        out.writeInt(FORMAT);
        CacheData.writeString(out, key);
        out.writeBoolean(reusable);
        for (int n : new int[] {summary.posts(), summary.pages(), summary.heldBack().drafts(),
                summary.heldBack().scheduled(), summary.filesWritten()}) {
            out.writeInt(n);
        }
        writeStamps(out, content);
        writeStamps(out, output);
        out.writeInt(pages.size());
        for (Map.Entry<String, PageRecord> e : pages.entrySet()) {
            CacheData.writeString(out, e.getKey());
            writePage(out, e.getValue());
        }
    }

    private static void writePage(DataOutputStream out, PageRecord page) throws IOException {
        CacheData.writeString(out, page.fingerprint());
        out.writeInt(page.siteFields().size());
        for (String field : page.siteFields()) {
            CacheData.writeString(out, field);
        }
    }

    private static PageRecord readPage(DataInputStream in) throws IOException {
        String fingerprint = CacheData.readString(in);
        java.util.List<String> fields = new java.util.ArrayList<>();
        for (int i = CacheData.readCount(in); i > 0; i--) {
            fields.add(CacheData.readString(in));
        }
        return new PageRecord(fields, fingerprint);
    }

    private static void writeStamps(DataOutputStream out, Map<String, FileStamps.Stamp> stamps) throws IOException {
        out.writeInt(stamps.size());
        for (Map.Entry<String, FileStamps.Stamp> e : stamps.entrySet()) {
            CacheData.writeString(out, e.getKey());
            out.writeLong(e.getValue().size());
            out.writeLong(e.getValue().modified());
        }
    }

    private static Map<String, FileStamps.Stamp> readStamps(DataInputStream in) throws IOException {
        Map<String, FileStamps.Stamp> stamps = new HashMap<>();
        for (int i = CacheData.readCount(in); i > 0; i--) {
            stamps.put(CacheData.readString(in), new FileStamps.Stamp(in.readLong(), in.readLong()));
        }
        return stamps;
    }
}
