package dev.leafpress.site;

import dev.leafpress.diag.Diagnostics;
import dev.leafpress.diag.SourcePos;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Finds two things that would write the same output file. Paths are compared without case,
 * since the site may be published or previewed on a case-insensitive file system.
 */
public final class CollisionCheck {

    private final Map<String, String> owners = new HashMap<>();
    /** Each folder some claimed file needs, with the first such file: a folder cannot also be a file. */
    private final Map<String, String> folders = new HashMap<>();
    private final Map<String, String> advices = new HashMap<>();
    private final Diagnostics diagnostics;

    public CollisionCheck(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Claims {@code file} for {@code origin}; reports an error naming both when already taken. */
    public void claim(String file, String origin) {
        claim(file, origin, null);
    }

    /** As {@link #claim(String, String)}; {@code advice} (or the earlier claim's) replaces the usual hint. */
    public void claim(String file, String origin, String advice) {
        String key = file.toLowerCase(Locale.ROOT);
        String previous = owners.putIfAbsent(key, origin);
        String hint = advice != null ? advice : advices.get(key);
        if (advice != null) {
            advices.putIfAbsent(key, advice);
        }
        if (previous == null) {
            checkFoldersAgainstFiles(file, key, origin);
        } else {
            String first = previous.compareTo(origin) <= 0 ? previous : origin;
            String second = first.equals(previous) ? origin : previous;
            boolean firstIsFile = !first.startsWith("the ");
            diagnostics.error(SourcePos.of(firstIsFile ? first : second), "'" + file + "' would be written by both "
                    + first + " and " + second + " (" + (hint == null ? "give one of them another slug" : hint) + ")");
        }
    }

    /** {@code about} as a file of one origin and {@code about/index.html} of another cannot both be written. */
    private void checkFoldersAgainstFiles(String file, String key, String origin) {
        String asFolder = folders.get(key);
        if (asFolder != null) {
            clash(file, origin, asFolder);
        }
        for (int slash = key.indexOf('/'); slash > 0; slash = key.indexOf('/', slash + 1)) {
            String folder = key.substring(0, slash);
            String fileThere = owners.get(folder);
            if (fileThere != null && !fileThere.equals(origin)) {
                clash(file.substring(0, slash), fileThere, origin + " ('" + file + "')");
            }
            folders.putIfAbsent(folder, origin + " ('" + file + "')");
        }
    }

    private void clash(String path, String asFile, String asFolder) {
        String at = asFile.startsWith("the ") ? asFolder.replaceFirst(" \\('.*", "") : asFile;
        diagnostics.error(SourcePos.of(at), "'" + path + "' would be a file written by " + asFile
                + " and a folder holding what " + asFolder + " writes (rename one of them)");
    }
}
