package dev.leafpress.build;

import dev.leafpress.config.ConfigLoader;
import dev.leafpress.config.SiteConfig;
import dev.leafpress.config.UrlPaths;
import dev.leafpress.content.ContentFile;
import dev.leafpress.content.ContentScanner;
import dev.leafpress.content.ContentTree;
import dev.leafpress.content.SourceReader;
import dev.leafpress.diag.BuildFailure;
import dev.leafpress.diag.Diagnostics;
import dev.leafpress.diag.SourcePos;
import dev.leafpress.output.OutputGuard;
import dev.leafpress.render.PageRenderer;
import dev.leafpress.render.PrismBundle;
import dev.leafpress.render.RedirectPage;
import dev.leafpress.render.RenderedPage;
import dev.leafpress.render.TemplateEngine;
import dev.leafpress.render.Theme;
import dev.leafpress.render.ThemeFiles;
import dev.leafpress.site.CollisionCheck;
import dev.leafpress.site.Redirect;
import dev.leafpress.site.Redirects;
import dev.leafpress.site.RenderedEntry;
import dev.leafpress.site.Route;
import dev.leafpress.site.RoutePlanner;
import dev.leafpress.site.Site;
import dev.leafpress.site.SiteAssembler;
import dev.leafpress.site.SiteView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Runs the stages up to rendering: config, content, site model, routes, theme files. Stops with
 * a {@link BuildFailure} carrying every problem of the first stage that had any.
 */
public final class SiteBuilder {

    /** The theme's "page not found" template; a theme without one gets no 404.html. */
    static final String NOT_FOUND_TEMPLATE = "404" + TemplateEngine.SUFFIX;

    private SiteBuilder() {
    }

    public static SiteBuild prepare(BuildOptions options, Diagnostics diagnostics) {
        return prepare(options, diagnostics, EntryCache.NONE);
    }

    /** As {@link #prepare(BuildOptions, Diagnostics)}, reusing unchanged entries from {@code cache}. */
    public static SiteBuild prepare(BuildOptions options, Diagnostics diagnostics, EntryCache cache) {
        Trace.phase("start");
        SiteConfig config = loadConfig(options, diagnostics);
        diagnostics.throwIfErrors();
        Instant now = options.clock().instant();
        Theme theme = Theme.locate(options.siteRoot(), config.theme());
        TemplateEncoding.check(theme, diagnostics);
        diagnostics.throwIfErrors();
        ContentTree tree = scan(options, diagnostics, cache);
        Trace.phase("config+scan");
        PublishRules rules = new PublishRules(options.drafts(), options.future(), now);
        ContentStage.Output content = new ContentStage(config, rules, diagnostics, cache).run(tree);
        diagnostics.throwIfErrors();
        Trace.phase("content");
        Site site = cache.site(SiteAssembler.assemble(config, content.posts(), content.pages()));
        List<Route> pages = RoutePlanner.plan(site);
        List<Route> routes = withNotFoundPage(pages, site, theme, tree.assets());
        Trace.phase("assemble+plan");
        List<RenderedPage> themeFiles = themeFiles(theme, content);
        Trace.phase("theme files+prism");
        List<RenderedPage> published = PublishingFiles.make(site, pages, tree.assets(), now, cache);
        Trace.phase("feeds+sitemap");
        List<Redirect> redirects = Redirects.of(content.posts(), content.pages());
        checkCollisions(routes, tree.assets(), themeFiles, published, diagnostics, redirects);
        diagnostics.throwIfErrors();
        PageRenderer renderer = new PageRenderer(new TemplateEngine(theme, config), SiteView.of(site));
        List<RenderedPage> files = new ArrayList<>(themeFiles);
        files.addAll(published);
        redirects.forEach(r -> files.add(RedirectPage.render(r, config)));
        List<RenderedEntry> entries = new ArrayList<>(content.posts());
        entries.addAll(content.pages());
        Trace.phase("collisions+templates");
        return new SiteBuild(site, routes, renderer, tree.assets(), files, entries, content.links(),
                content.heldBack());
    }

    /** The pages, plus 404.html when the theme has a template for it and content/ has no 404.html. */
    private static List<Route> withNotFoundPage(List<Route> pages, Site site, Theme theme, List<ContentFile> assets) {
        List<Route> routes = new ArrayList<>(pages);
        boolean ownPage = assets.stream().anyMatch(a -> a.outputPath().equals(RoutePlanner.NOT_FOUND));
        if (theme.hasTemplate(NOT_FOUND_TEMPLATE) && !ownPage) {
            routes.add(RoutePlanner.notFound(site));
        }
        return routes;
    }

    private static ContentTree scan(BuildOptions options, Diagnostics diagnostics, EntryCache cache) {
        EntryCache.Scan scan = cache.scan(() -> {
            Diagnostics local = new Diagnostics();
            return new EntryCache.Scan(ContentScanner.scan(options.siteRoot(), local), local.sorted());
        });
        diagnostics.addAll(scan.diagnostics());
        return scan.tree();
    }

    /**
     * The base path site.yaml (or {@code --base-url}) gives, when they can be read without error,
     * whatever the state of the content: where the preview serves a site whose first build failed.
     */
    public static Optional<String> basePath(BuildOptions options) {
        try {
            Diagnostics diagnostics = new Diagnostics();
            SiteConfig config = loadConfig(options, diagnostics);
            return diagnostics.hasErrors() ? Optional.empty() : Optional.of(config.basePath());
        } catch (RuntimeException e) {
            return Optional.empty(); // the build that follows reports what is wrong
        }
    }

    static SiteConfig loadConfig(BuildOptions options, Diagnostics diagnostics) {
        Path file = options.siteRoot().resolve(ConfigLoader.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw BuildFailure.of(SourcePos.of(ConfigLoader.FILE_NAME), "no site.yaml in "
                    + options.siteRoot().toAbsolutePath().normalize() + " (is this a Leafpress site? see --source)");
        }
        String text = SourceReader.read(file, ConfigLoader.FILE_NAME).text();
        SiteConfig config = ConfigLoader.parse(text, diagnostics);
        if (options.baseUrl() == null) {
            return config;
        }
        StringBuilder problem = new StringBuilder();
        Optional<String> url = UrlPaths.normaliseBaseUrl(options.baseUrl(), problem);
        if (url.isEmpty()) {
            diagnostics.error(SourcePos.of("--base-url"), problem.toString());
            return config;
        }
        return config.withBaseUrl(url.get());
    }

    private static List<RenderedPage> themeFiles(Theme theme, ContentStage.Output content) {
        TreeSet<String> languages = new TreeSet<>();
        content.posts().forEach(e -> languages.addAll(e.body().languages()));
        content.pages().forEach(e -> languages.addAll(e.body().languages()));
        PrismBundle prism = new PrismBundle();
        List<RenderedPage> files = new ArrayList<>(ThemeFiles.staticFiles(theme));
        files.add(new RenderedPage("theme/prism.js", prism.script(languages)));
        files.add(new RenderedPage("theme/prism.css", prism.stylesheet()));
        return files;
    }

    private static void checkCollisions(List<Route> routes, List<ContentFile> assets, List<RenderedPage> themeFiles,
                                        List<RenderedPage> published, Diagnostics diagnostics,
                                        List<Redirect> redirects) {
        CollisionCheck check = new CollisionCheck(diagnostics);
        check.claim(OutputGuard.MARKER, "the output folder's marker");
        Redirects.claim(redirects, check);
        routes.forEach(r -> check.claim(r.file(), r.origin()));
        // A copied file has no slug to change; the usual hint would send its author looking for one.
        assets.forEach(a -> check.claim(a.outputPath(), a.display(), "rename or move the copied file"));
        themeFiles.forEach(f -> check.claim(f.file(), "the theme"));
        published.forEach(f -> check.claim(f.file(), "the feeds and sitemap"));
    }
}
