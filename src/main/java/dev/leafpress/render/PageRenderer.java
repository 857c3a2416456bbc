package dev.leafpress.render;

import dev.leafpress.diag.BuildFailure;
import dev.leafpress.diag.SourcePos;
import dev.leafpress.site.Route;
import dev.leafpress.site.SiteView;
import io.pebbletemplates.pebble.error.PebbleException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Renders one {@link Route} with its template; safe to call from many threads. */
public final class PageRenderer {

    private final TemplateEngine engine;
    private final SiteView site;

    public PageRenderer(TemplateEngine engine, SiteView site) {
        this.engine = engine;
        this.site = site;
    }

    /** The same templates with another site model. */
    public PageRenderer withSite(SiteView other) {
        return new PageRenderer(engine, other);
    }

    public Theme theme() {
        return engine.theme();
    }

    /** How messages name the file of a template, e.g. {@code themes/default/templates/post.peb}. */
    public String templatePath(String template) {
        return engine.theme().displayPath(template + TemplateEngine.SUFFIX);
    }

    /** The page's bytes, or a {@link BuildFailure} at the template's file and line. */
    public RenderedPage render(Route route) {
        return render(route, site);
    }

    /** As {@link #render(Route)}, adding to {@code siteFieldsRead} the fields of {@code site} the templates read. */
    public RenderedPage render(Route route, Set<String> siteFieldsRead) {
        return render(route, new TrackedSite(site, siteFieldsRead));
    }

    /** The site model the templates see. */
    public SiteView site() {
        return site;
    }

    private RenderedPage render(Route route, Object siteVariable) {
        Map<String, Object> vars = new HashMap<>(route.vars());
        vars.put("site", siteVariable);
        vars.put("meta", route.meta());
        Utf8Writer out = new Utf8Writer(16 * 1024);
        try {
            engine.template(route.template()).evaluate(out, vars);
        } catch (PebbleException e) {
            throw new BuildFailure(List.of(TemplateErrors.toDiagnostic(e, engine.theme(),
                    route.template() + TemplateEngine.SUFFIX, vars)));
        } catch (RuntimeException e) {
            throw fromOwnTemplate(e, route);
        } catch (StackOverflowError e) {
            throw BuildFailure.of(SourcePos.of(templatePath(route.template())), "rendering never ends: this template"
                    + " extends, includes or imports itself, directly or through another template");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RenderedPage(route.file(), out.toByteArray());
    }

    /**
     * Pebble lets some filters' own exceptions through ({@code join(1)}, {@code i18n}); with the
     * site's own templates that is the author's mistake, not a Leafpress bug. The built-in theme's
     * templates are Leafpress's, so there it stays an internal error.
     */
    private RuntimeException fromOwnTemplate(RuntimeException e, Route route) {
        Theme theme = engine.theme();
        if (e instanceof BuildFailure || theme.dir().isEmpty() && theme.overrideDir().isEmpty()) {
            return e;
        }
        return BuildFailure.of(SourcePos.of(templatePath(route.template())), "rendering /" + route.path()
                + " failed: " + e.getClass().getSimpleName() + ": " + e.getMessage() + " (a filter, function or"
                + " operator here or in a template this one includes got a value it cannot use)");
    }
}
