package dev.leafpress.scaffold;

import dev.leafpress.config.ConfigLoader;
import dev.leafpress.config.SiteConfig;
import dev.leafpress.content.EntryKind;
import dev.leafpress.content.Slugs;
import dev.leafpress.content.SourceReader;
import dev.leafpress.diag.BuildFailure;
import dev.leafpress.diag.Diagnostics;
import dev.leafpress.diag.SourcePos;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes a new post ({@code content/posts/YYYY-MM-DD-slug.md}) or page ({@code content/pages/slug.md})
 * with its front matter filled in, dated now in the site's timezone. Never replaces a file.
 */
public final class EntryScaffold {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private EntryScaffold() {
    }

    /** Creates the file and returns its path; a {@link BuildFailure} says why it could not. */
    public static Path create(Path siteRoot, NewEntry entry, Clock clock) {
        SiteConfig config = loadConfig(siteRoot);
        refuseControlCharacters("title", "the title", entry.title());
        refuseControlCharacters("category", "the category", entry.category());
        entry.tags().forEach(tag -> refuseControlCharacters("tags", "a tag", tag));
        String slug = Slugs.slugify(entry.title());
        if (slug.isEmpty()) {
            throw BuildFailure.of(SourcePos.of("title"), "cannot make a file name from the title '" + entry.title()
                    + "': it needs letters or digits");
        }
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(config.timezone()));
        Path file = entry.kind() == EntryKind.POST
                ? siteRoot.resolve("content/posts/" + DAY.format(now) + "-" + slug + ".md")
                : siteRoot.resolve("content/pages/" + slug + ".md");
        write(siteRoot, file, FrontMatterWriter.text(entry, MINUTE.format(now)));
        return file;
    }

    /**
     * A control character (other than tab and line breaks) would make front matter that the next
     * build rejects, or (U+0085) reads back as a space: refused here, before a file is written.
     */
    private static void refuseControlCharacters(String option, String what, String text) {
        if (text == null) {
            return;
        }
        text.chars().filter(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F)
                .findFirst().ifPresent(c -> {
                    throw BuildFailure.of(SourcePos.of(option), String.format("%s has a control character"
                            + " (U+%04X), which front matter cannot hold; remove it", what, c));
                });
    }

    private static SiteConfig loadConfig(Path siteRoot) {
        Path file = siteRoot.resolve(ConfigLoader.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw BuildFailure.of(SourcePos.of(ConfigLoader.FILE_NAME), "no site.yaml in "
                    + siteRoot.toAbsolutePath().normalize() + " (is this a Leafpress site? see --source)");
        }
        Diagnostics diagnostics = new Diagnostics();
        SiteConfig config = ConfigLoader.parse(SourceReader.read(file, ConfigLoader.FILE_NAME).text(), diagnostics);
        diagnostics.throwIfErrors();
        return config;
    }

    private static void write(Path siteRoot, Path file, String text) {
        String display = siteRoot.relativize(file).toString().replace('\\', '/');
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, text.getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw BuildFailure.of(SourcePos.of(display), "already exists; not overwriting it "
                    + "(edit that file, or choose another title)");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + display + ": " + e.getMessage(), e);
        }
    }
}
