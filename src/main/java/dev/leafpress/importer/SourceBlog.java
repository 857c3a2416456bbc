package dev.leafpress.importer;

import java.util.List;
import java.util.Map;

/**
 * What an old blog holds, found by the reader for its generator.
 *
 * @param settings     its own settings by their names (title, url, permalink, ...), as text
 * @param notConverted files left behind, each with the reason
 * @param warnings     what the author should check, such as a missing settings file
 * @param pelican      a Pelican blog's slug and category rules ({@link PelicanRules#DEFAULT} for the others)
 */
record SourceBlog(SiteSettings settings, List<SourceEntry> entries, List<SourceFileCopy> files,
                  Map<String, String> notConverted, List<String> warnings, PelicanRules pelican) {

    SourceBlog {
        entries = List.copyOf(entries);
        files = List.copyOf(files);
        notConverted = Map.copyOf(notConverted);
        warnings = List.copyOf(warnings);
    }

    SourceBlog(SiteSettings settings, List<SourceEntry> entries, List<SourceFileCopy> files,
               Map<String, String> notConverted, List<String> warnings) {
        this(settings, entries, files, notConverted, warnings, PelicanRules.DEFAULT);
    }

    /** The warning for a blog whose settings file is missing, so its title, address and URL rules are guesses. */
    static List<String> noSettings(String files) {
        return List.of("found no " + files + ": the title, base URL and old URL rules are Leafpress's defaults,"
                + " so check site.yaml and the redirects");
    }
}
