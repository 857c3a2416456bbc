package dev.leafpress.render;

import dev.leafpress.config.SiteConfig;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Pebble engine of one build: the site's {@code templates/} first, then the theme; strict
 * variables (a typo is an error), auto-escaping on. Compiled templates are shared by threads.
 */
public final class TemplateEngine {

    public static final String SUFFIX = ".peb";

    private final PebbleEngine pebble;
    private final Theme theme;

    public TemplateEngine(Theme theme, SiteConfig config) {
        this.theme = theme;
        this.pebble = new PebbleEngine.Builder()
                .loader(loader(theme))
                .strictVariables(true)
                .autoEscaping(true)
                .defaultLocale(config.locale())
                .extension(new AbstractExtension() {
                    @Override
                    public Map<String, Function> getFunctions() {
                        return Map.of("url", new UrlFunction(config.basePath()));
                    }

                    @Override
                    public Map<String, Filter> getFilters() {
                        return Map.of("date", new CheckedDateFilter());
                    }

                    @Override
                    public List<AttributeResolver> getAttributeResolver() {
                        return List.of(new RecordAttributes());
                    }
                })
                .build();
    }

    public Theme theme() {
        return theme;
    }

    /** The compiled template {@code name} (without suffix); Pebble errors propagate. */
    public PebbleTemplate template(String name) {
        return pebble.getTemplate(name + SUFFIX);
    }

    private static Loader<?> loader(Theme theme) {
        List<Loader<?>> loaders = new ArrayList<>();
        theme.overrideDir().ifPresent(dir -> loaders.add(fileLoader(dir)));
        if (theme.dir().isPresent()) {
            loaders.add(fileLoader(theme.dir().get().resolve("templates")));
        } else {
            ClasspathLoader builtIn = new ClasspathLoader(TemplateEngine.class.getClassLoader());
            builtIn.setPrefix(Theme.BUILT_IN_RESOURCE + "templates");
            loaders.add(builtIn);
        }
        return new DelegatingLoader(loaders);
    }

    /** Pebble's FileLoader wants an absolute folder. */
    private static FileLoader fileLoader(Path dir) {
        FileLoader loader = new FileLoader(dir.toAbsolutePath().toString()) {
            @Override
            public Reader getReader(String templateName) {
                return withoutByteOrderMark(super.getReader(templateName));
            }
        };
        loader.setCharset("UTF-8");
        return loader;
    }

    /** A byte-order mark (Windows editors write one) is not text: Pebble would print it into the page. */
    private static Reader withoutByteOrderMark(Reader reader) {
        PushbackReader in = new PushbackReader(reader, 1);
        try {
            int first = in.read();
            if (first != -1 && first != '\uFEFF') {
                in.unread(first);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return in;
    }
}
