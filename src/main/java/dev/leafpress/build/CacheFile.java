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
 * The summary and the digest of content/'s stamps come first, then the output's stamps, then the
 * rest. Each part is read on first use: a build with nothing to do reads only the output's stamps
 * (a third of the file at 10,000 posts; the content stamps and page records took 40 ms more).
 */
final class CacheFile {

    static final String DIR = ".leafpress/cache";
    private static final String NAME = "build.bin";
    private static final int FORMAT = 0x4c504338;

    /** The size and time of every file of the output as the last build left it, and of every folder. */
    record OutputStamps(Map<String, FileStamps.Stamp> files, Map<String, Long> folders) {
    }

    /**
     * Every file's stamp in content/ and in the output, the time of every folder of the output,
     * every page's record, and the digest of what each feed and the sitemap showed.
     */
    record Details(Map<String, FileStamps.Stamp> content, Map<String, FileStamps.Stamp> output,
                   Map<String, Long> outputFolders, Map<String, PageRecord> pages, Map<String, String> published) {
    }

    private final String key;
    private final boolean reusable;
    private final BuildResult summary;
    private final String contentDigest;
    private final DataInputStream rest;
    private Optional<OutputStamps> outputStamps;
    private Optional<Details> details;

    /**
     * @param reusable the output cannot differ with the clock and the build had no warnings, so an
     *                 unchanged site may skip the build altogether
     */
    CacheFile(String key, boolean reusable, BuildResult summary, Details details) {
        this(key, reusable, summary, FileStamps.digest(details.content()), null);
        this.details = Optional.of(details);
        this.outputStamps = Optional.of(new OutputStamps(details.output(), details.outputFolders()));
    }

    private CacheFile(String key, boolean reusable, BuildResult summary, String contentDigest, DataInputStream rest) {
        this.key = key;
        this.reusable = reusable;
        this.summary = summary;
        this.contentDigest = contentDigest;
        this.rest = rest;
    }

    static Path path(Path siteRoot) {
        return siteRoot.resolve(DIR).resolve(NAME);
    }

    String key() {
        return key;
    }

    boolean reusable() {
        return reusable;
    }

    BuildResult summary() {
        return summary;
    }

    /** Whether {@code stamps} are those content/ had in the last build. */
    boolean sameContent(Map<String, FileStamps.Stamp> stamps) {
        return contentDigest.equals(FileStamps.digest(stamps));
    }

    /** The output's stamps, read now if not yet; empty when they cannot be read. */
    synchronized Optional<OutputStamps> outputStamps() {
        if (outputStamps == null) {
            outputStamps = readOutputStamps(rest);
        }
        return outputStamps;
    }

    /** The stamps and page records, read now if not yet; empty when they cannot be read. */
    synchronized Optional<Details> details() {
        if (details == null) {
            details = outputStamps().flatMap(output -> readDetails(rest, output));
        }
        return details;
    }

    /** The cache of {@code siteRoot}, or empty when there is none or its summary cannot be read. */
    static Optional<CacheFile> read(Path siteRoot) {
        Path file = path(siteRoot);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Optional<DataInputStream> sealed = ChecksummedFile.open(file);
        if (sealed.isEmpty()) {
            return Optional.empty();
        }
        DataInputStream in = sealed.get();
        try {
            if (in.readInt() != FORMAT) {
                return Optional.empty();
            }
            String key = CacheData.readString(in);
            boolean reusable = in.readBoolean();
            BuildResult summary = new BuildResult(in.readInt(), in.readInt(), new HeldBack(in.readInt(), in.readInt()),
                    in.readInt(), 0, java.util.List.of());
            return Optional.of(new CacheFile(key, reusable, summary, CacheData.readString(in), in));
        } catch (IOException | RuntimeException corrupt) {
            return Optional.empty();
        }
    }

    private static Optional<OutputStamps> readOutputStamps(DataInputStream in) {
        try {
            Map<String, FileStamps.Stamp> files = readStamps(in);
            Map<String, Long> folders = new HashMap<>();
            for (int i = CacheData.readCount(in); i > 0; i--) {
                folders.put(CacheData.readString(in), in.readLong());
            }
            return Optional.of(new OutputStamps(files, folders));
        } catch (IOException | RuntimeException corrupt) {
            return Optional.empty();
        }
    }

    private static Optional<Details> readDetails(DataInputStream in, OutputStamps output) {
        try (in) {
            Map<String, FileStamps.Stamp> content = readStamps(in);
            Map<String, PageRecord> pages = new HashMap<>();
            for (int i = CacheData.readCount(in); i > 0; i--) {
                pages.put(CacheData.readString(in), readPage(in));
            }
            Map<String, String> published = new HashMap<>();
            for (int i = CacheData.readCount(in); i > 0; i--) {
                published.put(CacheData.readString(in), CacheData.readString(in));
            }
            return in.read() == -1
                    ? Optional.of(new Details(content, output.files(), output.folders(), pages, published))
                    : Optional.empty();
        } catch (IOException | RuntimeException corrupt) {
            return Optional.empty();
        }
    }

    void write(Path siteRoot) throws IOException {
        ChecksummedFile.write(path(siteRoot), 1 << 20, this::writePayload);
    }

    private void writePayload(DataOutputStream out) throws IOException {
        Details all = details().orElseThrow();
        out.writeInt(FORMAT);
        CacheData.writeString(out, key);
        out.writeBoolean(reusable);
        for (int n : new int[] {summary.posts(), summary.pages(), summary.heldBack().drafts(),
                summary.heldBack().scheduled(), summary.filesWritten()}) {
            out.writeInt(n);
        }
        CacheData.writeString(out, contentDigest);
        writeStamps(out, all.output());
        out.writeInt(all.outputFolders().size());
        for (Map.Entry<String, Long> e : all.outputFolders().entrySet()) {
            CacheData.writeString(out, e.getKey());
            out.writeLong(e.getValue());
        }
        writeStamps(out, all.content());
        out.writeInt(all.pages().size());
        for (Map.Entry<String, PageRecord> e : all.pages().entrySet()) {
            CacheData.writeString(out, e.getKey());
            writePage(out, e.getValue());
        }
        out.writeInt(all.published().size());
        for (Map.Entry<String, String> e : all.published().entrySet()) {
            CacheData.writeString(out, e.getKey());
            CacheData.writeString(out, e.getValue());
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
