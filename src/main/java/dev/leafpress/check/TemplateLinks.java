package dev.leafpress.check;

import dev.leafpress.diag.SourcePos;
import dev.leafpress.render.Theme;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the line of the site's own templates ({@code templates/}, then {@code themes/NAME/})
 * that writes a link, so that a broken link from a partial is reported where it is written
 * rather than at the page's main template. The built-in theme is not searched: its links are
 * Leafpress's own.
 */
final class TemplateLinks {

    static final TemplateLinks NONE = new TemplateLinks(List.of());

    private record Source(String display, List<String> lines) {
    }

    private final List<Source> sources;

    private TemplateLinks(List<Source> sources) {
        this.sources = sources;
    }

    static TemplateLinks of(Theme theme) {
        return new TemplateLinks(theme.ownTemplates().stream()
                .map(t -> new Source(t.display(), lines(t.file()))).toList());
    }

    private static List<String> lines(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException unreadable) {
            return List.of();
        }
    }

    /**
     * The first place that writes {@code href} as it is, or without {@code basePath} (templates
     * write {@code url('/about/')} or {@code url('about/')} for {@code /blog/about/}); empty when
     * none does.
     */
    Optional<SourcePos> find(String href, String basePath) {
        List<String> written = new ArrayList<>(List.of(href));
        if (basePath.length() > 1 && href.startsWith(basePath)) {
            written.add("/" + href.substring(basePath.length()));
            written.add(href.substring(basePath.length()));
        }
        for (String text : written.stream().filter(w -> w.length() > 1).toList()) {
            for (Source source : sources) {
                for (int i = 0; i < source.lines().size(); i++) {
                    int column = source.lines().get(i).indexOf(text);
                    if (column >= 0) {
                        return Optional.of(new SourcePos(source.display(), i + 1, column + 1));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
