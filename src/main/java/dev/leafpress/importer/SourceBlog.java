package dev.leafpress.importer;

import java.util.List;
import java.util.Map;

/**
 * What an old blog holds, found by the reader for its generator.
 *
 * @param settings     its own settings by their names (title, url, permalink, ...), as text
 * @param notConverted files left behind, each with the reason
 */
record SourceBlog(SiteSettings settings, List<SourceEntry> entries, List<SourceFileCopy> files,
                  Map<String, String> notConverted) {

    SourceBlog {
        entries = List.copyOf(entries);
        files = List.copyOf(files);
        notConverted = Map.copyOf(notConverted);
    }
}
