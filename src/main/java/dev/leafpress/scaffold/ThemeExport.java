package dev.leafpress.scaffold;

import dev.leafpress.render.RenderedPage;
import dev.leafpress.render.ThemeFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code leafpress theme export}: copies the packaged default theme out so the author can change it. */
public final class ThemeExport {

    /** Where the theme goes by default, relative to the site folder: a site named "default" uses it. */
    public static final String DEFAULT_DIR = "themes/default";

    /** What an export did: the files written, and the files that existed and were left alone. */
    public record Result(List<Path> written, List<Path> kept) {
        public Result {
            written = List.copyOf(written);
            kept = List.copyOf(kept);
        }
    }

    private ThemeExport() {
    }

    /** Copies every file of the packaged theme into {@code dir}; never overwrites an existing file. */
    public static Result export(Path dir) {
        List<Path> written = new ArrayList<>();
        List<Path> kept = new ArrayList<>();
        for (RenderedPage file : ThemeFiles.builtInTheme()) {
            Path target = dir.resolve(file.file());
            (FileWriting.createNew(target, file.bytes()) ? written : kept).add(target);
        }
        return new Result(written, kept);
    }
}
