package dev.leafpress.render;

import dev.leafpress.diag.BuildFailure;
import dev.leafpress.diag.SourcePos;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where a theme's templates and static files come from: a folder {@code themes/NAME/} in the
 * site, or for "default" without such a folder, the copy packaged in Leafpress itself.
 *
 * @param dir         the theme folder on disk, or empty for the built-in default theme
 * @param overrideDir the site's own {@code templates/} folder, whose files win over the theme's
 */
public record Theme(String name, Optional<Path> dir, Optional<Path> overrideDir) {

    public static final String BUILT_IN = "default";
    /** Classpath folder of the packaged default theme. */
    public static final String BUILT_IN_RESOURCE = "leafpress/themes/default/";

    public static Theme locate(Path siteRoot, String name) {
        Path dir = siteRoot.resolve("themes").resolve(name).toAbsolutePath().normalize();
        Path templates = siteRoot.resolve("templates").toAbsolutePath().normalize();
        Optional<Path> override = Files.isDirectory(templates) ? Optional.of(templates) : Optional.empty();
        if (Files.isDirectory(dir)) {
            return new Theme(name, Optional.of(dir), override);
        }
        if (name.equals(BUILT_IN)) {
            return new Theme(name, Optional.empty(), override);
        }
        throw BuildFailure.of(themeKey(siteRoot), "theme '" + name + "' not found: there is no folder themes/"
                + name + "/ (remove 'theme' from site.yaml to use the built-in default theme)");
    }

    /** Where site.yaml sets {@code theme}, for the message about a missing one. */
    private static SourcePos themeKey(Path siteRoot) {
        try {
            List<String> lines = Files.readAllLines(siteRoot.resolve("site.yaml"));
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).matches("theme\\s*:.*")) {
                    return new SourcePos("site.yaml", i + 1, 1);
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // The file itself was read before; without it, no line.
        }
        return SourcePos.of("site.yaml");
    }

    /** Whether the site's templates, the theme folder or the built-in theme has {@code template}. */
    public boolean hasTemplate(String template) {
        if (overrideDir.isPresent() && Files.isRegularFile(overrideDir.get().resolve(template))) {
            return true;
        }
        if (dir.isPresent()) {
            return Files.isRegularFile(dir.get().resolve("templates").resolve(template));
        }
        return Theme.class.getClassLoader().getResource(BUILT_IN_RESOURCE + "templates/" + template) != null;
    }

    /** A template file the site itself holds, and how messages name it ({@code templates/post.peb}). */
    public record OwnTemplate(Path file, String display) {
    }

    /**
     * Every template file of the site's own: its {@code templates/} first, then the theme
     * folder's {@code templates/}, each sorted; none of the built-in theme's.
     */
    public List<OwnTemplate> ownTemplates() {
        List<OwnTemplate> templates = new ArrayList<>();
        overrideDir.ifPresent(d -> collect(d, "templates/", templates));
        dir.ifPresent(d -> collect(d.resolve("templates"), "themes/" + name + "/templates/", templates));
        return List.copyOf(templates);
    }

    private static void collect(Path folder, String displayPrefix, List<OwnTemplate> out) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(f -> f.getFileName().toString().endsWith(TemplateEngine.SUFFIX)).filter(Files::isRegularFile)
                    .sorted().forEach(f -> out.add(new OwnTemplate(f,
                            displayPrefix + folder.relativize(f).toString().replace('\\', '/'))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How messages name a template of this theme. */
    public String displayPath(String template) {
        if (overrideDir.isPresent() && Files.isRegularFile(overrideDir.get().resolve(template))) {
            return "templates/" + template;
        }
        return dir.isPresent() ? "themes/" + name + "/templates/" + template : "(built-in theme) " + template;
    }
}
