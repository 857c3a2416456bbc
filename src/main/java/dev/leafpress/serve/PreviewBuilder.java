package dev.leafpress.serve;

import dev.leafpress.build.BodyEdit;
import dev.leafpress.build.BuildOptions;
import dev.leafpress.build.SiteBuild;
import dev.leafpress.build.SiteBuilder;
import dev.leafpress.config.SiteConfig;
import dev.leafpress.content.ContentFile;
import dev.leafpress.diag.BuildFailure;
import dev.leafpress.diag.Diagnostic;
import dev.leafpress.diag.Diagnostics;
import dev.leafpress.render.PageRenderer;
import dev.leafpress.render.RenderedPage;
import dev.leafpress.render.TemplateEngine;
import dev.leafpress.render.Theme;
import dev.leafpress.site.Route;
import dev.leafpress.site.Site;
import dev.leafpress.site.SiteView;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the site in memory and, after a change, again: re-reads only the changed content files
 * (through {@link PreviewEntryCache}) and re-renders only the pages whose route or site-wide
 * lists changed. A template or site.yaml change re-renders every page. Not thread-safe: one
 * watcher thread calls it.
 */
final class PreviewBuilder {

    /**
     * What one build produced: the pages and files by path, which of them changed, and counts.
     *
     * @param bodyEdit whether it was made by putting one post's new body into the last build
     */
    record Result(String basePath, Map<String, byte[]> files, Map<String, Path> assets, Set<String> rendered,
                  List<Diagnostic> warnings, boolean bodyEdit) {
    }

    private final BuildOptions options;
    private final PreviewEntryCache cache = new PreviewEntryCache();
    private Map<String, RenderedRoute> pages = Map.of();
    private SiteView lastView;
    private TemplateEngine engine;
    private SiteConfig engineConfig;
    /** The last good build, the base of a {@link BodyEdit}; null after a failure. */
    private SiteBuild lastBuild;
    private List<Diagnostic> lastWarnings = List.of();

    PreviewBuilder(BuildOptions options) {
        this.options = options;
    }

    /** Rebuilds after {@code changes}; a {@link BuildFailure} leaves the previous state in place. */
    Result build(ChangeSet changes) {
        SiteBuild previous = lastBuild;
        lastBuild = null;
        Diagnostics diagnostics = new Diagnostics();
        Optional<SiteBuild> edited = bodyEdit(previous, changes, diagnostics);
        SiteBuild build = edited.orElseGet(() -> prepare(changes, diagnostics));
        Site site = build.site();
        List<Route> routes = build.routes();
        SiteConfig config = site.config();
        TemplateEngine templates = engineFor(config);
        SiteView view = SiteView.of(site);
        Set<String> changedLists = templates == engine ? SiteViewParts.changedLists(lastView, view)
                : Set.of(SiteViewParts.ALL);
        Map<String, RenderedRoute> rendered = render(routes, templates, view, changedLists, diagnostics);
        diagnostics.throwIfErrors();
        Map<String, RenderedRoute> next = new HashMap<>(routes.size() * 2);
        routes.forEach(r -> next.put(r.path(), rendered.getOrDefault(r.path(), pages.get(r.path()))));
        pages = next;
        lastView = view;
        engine = templates;
        engineConfig = config;
        lastBuild = build;
        lastWarnings = diagnostics.sorted();
        return new Result(config.basePath(), files(build), assets(build), Set.copyOf(rendered.keySet()),
                lastWarnings, edited.isPresent());
    }

    private SiteBuild prepare(ChangeSet changes, Diagnostics diagnostics) {
        forget(changes);
        cache.beforeBuild(changes, options.siteRoot());
        try {
            return SiteBuilder.prepare(options, diagnostics, cache);
        } finally {
            cache.forgetUnseen();
        }
    }

    /** The last build with one post's new body, when that is all that changed (see {@link BodyEdit}). */
    private Optional<SiteBuild> bodyEdit(SiteBuild previous, ChangeSet changes, Diagnostics diagnostics) {
        Optional<ContentFile> file = previous == null || engine == null || changes.templates() ? Optional.empty()
                : cache.onlyEditedEntry(changes, options.siteRoot());
        if (file.isEmpty()) {
            return Optional.empty();
        }
        cache.invalidate(changes.content());
        Diagnostics fileWarnings = new Diagnostics();
        Optional<SiteBuild> edited = BodyEdit.apply(options, previous, file.get(), cache.tree(), cache, fileWarnings);
        if (edited.isPresent()) {
            String display = file.get().display();
            diagnostics.addAll(lastWarnings.stream().filter(w -> !w.pos().file().equals(display)).toList());
            diagnostics.addAll(fileWarnings.sorted());
        }
        return edited;
    }

    private void forget(ChangeSet changes) {
        if (changes.config() || changes.content().contains("")) {
            cache.clear();
            engine = null;
        } else {
            cache.invalidate(changes.content());
        }
        if (changes.templates()) {
            engine = null;
        }
    }

    private TemplateEngine engineFor(SiteConfig config) {
        if (engine != null && config.equals(engineConfig)) {
            return engine;
        }
        return new TemplateEngine(Theme.locate(options.siteRoot(), config.theme()), config);
    }

    private Map<String, RenderedRoute> render(List<Route> routes, TemplateEngine templates, SiteView view,
                                              Set<String> changedLists, Diagnostics diagnostics) {
        return routes.parallelStream()
                .filter(r -> pages.get(r.path()) == null || pages.get(r.path()).staleFor(r, changedLists))
                .map(r -> renderOne(r, templates, view, diagnostics))
                .filter(r -> r != null)
                .collect(Collectors.toConcurrentMap(r -> r.route().path(), r -> r));
    }

    private static RenderedRoute renderOne(Route route, TemplateEngine templates, SiteView view,
                                           Diagnostics diagnostics) {
        Set<String> read = new HashSet<>();
        try {
            RenderedPage page = new PageRenderer(templates, SiteViewParts.tracked(view, read)).render(route);
            return new RenderedRoute(route, page.bytes(), read);
        } catch (BuildFailure failure) {
            diagnostics.addAll(failure.diagnostics());
            return null;
        }
    }

    private Map<String, byte[]> files(SiteBuild build) {
        Map<String, byte[]> files = new HashMap<>();
        pages.values().forEach(p -> files.put(p.file(), p.bytes()));
        build.files().forEach(f -> files.put(f.file(), f.bytes()));
        return files;
    }

    private static Map<String, Path> assets(SiteBuild build) {
        Map<String, Path> assets = new HashMap<>();
        build.assets().forEach(a -> assets.put(a.outputPath(), a.path()));
        return assets;
    }
}
