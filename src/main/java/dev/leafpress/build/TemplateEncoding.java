package dev.leafpress.build;

import dev.leafpress.content.SourceReader;
import dev.leafpress.diag.BuildFailure;
import dev.leafpress.diag.Diagnostics;
import dev.leafpress.render.Theme;

/**
 * Checks the site's and the theme's templates are UTF-8, as content must be. Pebble would read
 * a Latin-1 "é" as a replacement character and publish it without a word.
 */
final class TemplateEncoding {

    private TemplateEncoding() {
    }

    static void check(Theme theme, Diagnostics diagnostics) {
        for (Theme.OwnTemplate template : theme.ownTemplates()) {
            try {
                SourceReader.read(template.file(), template.display());
            } catch (BuildFailure bad) {
                diagnostics.addAll(bad.diagnostics());
            }
        }
    }
}
