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
        if (previous != null) {
            String first = previous.compareTo(origin) <= 0 ? previous : origin;
            String second = first.equals(previous) ? origin : previous;
            boolean firstIsFile = !first.startsWith("the ");
            diagnostics.error(SourcePos.of(firstIsFile ? first : second), "'" + file + "' would be written by both "
                    + first + " and " + second + " (" + (hint == null ? "give one of them another slug" : hint) + ")");
        }
    }
}
