package dev.leafpress.importer;

import dev.leafpress.content.EntryKind;
import dev.leafpress.diag.BuildFailure;
import dev.leafpress.diag.Diagnostic;
import dev.leafpress.diag.Diagnostics;
import dev.leafpress.diag.SourcePos;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code leafpress import}: converts a Pelican, Jekyll or Hugo blog into a Leafpress site once,
 * keeping every old URL as a redirect. Reads the old blog; writes only into the new folder.
 */
public final class Importer {

    private Importer() {
    }

    public static ImportReport run(SourceKind kind, Path source, Path into) {
        if (!Files.isDirectory(source)) {
            throw BuildFailure.of(SourcePos.of(source.toString()), "no such folder");
        }
        if (Files.exists(into.resolve("site.yaml")) || Files.exists(into.resolve("content"))) {
            throw BuildFailure.of(SourcePos.of(into.toString()), "refusing to import here: it already has a"
                    + " site.yaml or content/ folder (choose a new folder with --into)");
        }
        SourceBlog blog = switch (kind) {
            case PELICAN -> PelicanSource.read(source);
            case JEKYLL -> JekyllSource.read(source);
            case HUGO -> HugoSource.read(source);
        };
        if (blog.entries().isEmpty()) {
            String name = kind.name().charAt(0) + kind.name().substring(1).toLowerCase(java.util.Locale.ROOT);
            throw BuildFailure.of(SourcePos.of(source.toString()), "found no posts or pages of a " + name
                    + " blog here, so nothing was imported (is it the folder with the blog's settings file,"
                    + " and a " + name + " blog?)");
        }
        return new Importer.Run(kind, blog, into).write();
    }

    /** One import in progress. */
    private static final class Run {
        private final SourceKind kind;
        private final SourceBlog blog;
        private final Path content;
        private final Path into;
        private final ImportTargets targets;
        private final LinkMap links;
        private final Map<String, String> notConverted;

        Run(SourceKind kind, SourceBlog blog, Path into) {
            this.kind = kind;
            this.blog = blog;
            this.into = into;
            this.content = into.resolve("content");
            this.targets = new ImportTargets(blog);
            this.links = new LinkMap(targets, blog.settings());
            this.notConverted = new TreeMap<>(blog.notConverted());
        }

        ImportReport write() {
            Map<SourceEntry, EntryImport.Parsed> parsed = parseAll();
            blog.files().forEach(f -> {
                links.add("/" + f.frame(), f.frame());
                links.add("/" + f.target(), f.frame());
            });
            int[] counts = new int[3];
            List<String> leftAsIs = new ArrayList<>();
            List<String> warnings = new ArrayList<>(blog.warnings());
            KeptUrls kept = new KeptUrls();
            for (Map.Entry<SourceEntry, EntryImport.Parsed> e : parsed.entrySet()) {
                EntryImport.Parsed entry = e.getValue();
                EntryImport done = EntryImport.convert(entry, e.getKey(), blog.settings(), targets, links);
                writeFile(e.getKey().target(), done.text());
                done.notes().forEach(n -> leftAsIs.add(e.getKey().frame() + ":" + n));
                if (!entry.draft()) {
                    kept.add(done.oldUrls(), entry.newPath(e.getKey().kind()));
                }
                if (entry.hidden()) {
                    warnings.add(hiddenNote(e.getKey(), done.oldUrls()));
                }
                counts[e.getKey().kind() == EntryKind.PAGE ? 2 : entry.draft() ? 1 : 0]++;
            }
            blog.files().forEach(f -> copy(f.path(), f.target()));
            writeFile("../site.yaml", SiteYaml.of(kind, blog.settings()));
            return new ImportReport(counts[0] + counts[1], counts[1], counts[2], blog.files().size(), kept.count(),
                    links.rewritten(), leftAsIs, notConverted, warnings);
        }

        /** Pelican published hidden entries at their URL; as drafts they are not, so the author must choose. */
        private static String hiddenNote(SourceEntry entry, List<String> oldUrls) {
            String urls = oldUrls.isEmpty() ? "its old URL" : "its old URL " + String.join(", ", oldUrls.stream()
                    .distinct().toList());
            return entry.frame() + ": 'Status: hidden' became 'draft: true', so " + urls + " stops working"
                    + " (Leafpress has no hidden posts; remove 'draft: true' to publish it)";
        }

        private Map<SourceEntry, EntryImport.Parsed> parseAll() {
            Map<SourceEntry, EntryImport.Parsed> parsed = new LinkedHashMap<>();
            for (SourceEntry entry : blog.entries()) {
                Diagnostics problems = new Diagnostics();
                Optional<EntryImport.Parsed> one;
                try {
                    one = EntryImport.parse(kind, entry, blog, problems);
                } catch (BuildFailure failure) {
                    problems.addAll(failure.diagnostics());
                    one = Optional.empty();
                }
                if (one.isPresent()) {
                    parsed.put(entry, one.get());
                    one.get().oldUrls().forEach(url -> links.add(url, entry.frame()));
                } else {
                    notConverted.put(entry.frame(), String.join("; ", problems.sorted().stream()
                            .map(Importer::describe).toList()));
                }
            }
            return parsed;
        }

        private void writeFile(String target, String text) {
            try {
                Path file = content.resolve(target).normalize();
                Files.createDirectories(file.getParent());
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw BuildFailure.of(SourcePos.of(into.resolve(target).toString()), "cannot write: " + e.getMessage());
            }
        }

        private void copy(Path from, String target) {
            try {
                Path file = content.resolve(target);
                Files.createDirectories(file.getParent());
                Files.copy(from, file);
            } catch (IOException e) {
                throw BuildFailure.of(SourcePos.of(content.resolve(target).toString()), "cannot copy: " + e.getMessage());
            }
        }
    }

    /** "line 3: message" without the file, which the report shows once. */
    private static String describe(Diagnostic d) {
        return (d.pos().line() > 0 ? "line " + d.pos().line() + ": " : "") + d.message();
    }
}
