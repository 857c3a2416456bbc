package dev.leafpress.check;

import dev.leafpress.build.SiteBuild;
import dev.leafpress.content.LinkRef;
import dev.leafpress.diag.Diagnostics;
import dev.leafpress.diag.SourcePos;
import dev.leafpress.site.RenderedEntry;
import dev.leafpress.site.Route;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** {@code leafpress check}: renders the whole site in memory and checks every link in it. */
public final class SiteCheck {

    private SiteCheck() {
    }

    public static CheckReport run(SiteBuild build, Diagnostics diagnostics) {
        Map<String, byte[]> pages = renderAll(build, diagnostics);
        Set<String> otherFiles = new HashSet<>();
        build.assets().forEach(a -> otherFiles.add(a.outputPath()));
        build.files().forEach(f -> otherFiles.add(f.file()));
        LinkChecker checker = new LinkChecker(build.site().config().baseUrl(), build.site().config().basePath(),
                authored(build.entries()), origins(build), TemplateLinks.of(build.renderer().theme()));
        return checker.check(pages, otherFiles, diagnostics);
    }

    private static Map<String, byte[]> renderAll(SiteBuild build, Diagnostics diagnostics) {
        Map<String, byte[]> pages = new ConcurrentHashMap<>();
        build.renderAll(page -> pages.put(page.file(), page.bytes()), diagnostics);
        return pages;
    }

    /** Every link authors wrote, in the body or the summary. */
    private static List<LinkSource> authored(List<RenderedEntry> entries) {
        List<LinkSource> links = new ArrayList<>();
        for (RenderedEntry entry : entries) {
            String file = entry.parsed().file().display();
            String pageFile = entry.path().isEmpty() || entry.path().endsWith("/") ? entry.path() + "index.html"
                    : entry.path();
            for (LinkRef link : entry.body().links()) {
                SourcePos pos = SourcePos.of(file, line(link, entry));
                links.add(new LinkSource(pos, link.written(), link.destination(), pageFile));
            }
        }
        return links;
    }

    private static int line(LinkRef link, RenderedEntry entry) {
        if (link.line() == LinkRef.IN_SUMMARY) {
            return entry.parsed().meta().summaryLine();
        }
        return link.line() == 0 ? 0 : link.line() + entry.parsed().bodyLineOffset();
    }

    private static Map<String, PageOrigin> origins(SiteBuild build) {
        Set<String> sources = new HashSet<>();
        build.entries().forEach(e -> sources.add(e.parsed().file().display()));
        Map<String, PageOrigin> origins = new HashMap<>();
        for (Route route : build.routes()) {
            String source = sources.contains(route.origin()) ? route.origin() : "";
            origins.put(route.file(), new PageOrigin(source, SourcePos.of(build.renderer().templatePath(route.template()))));
        }
        return origins;
    }
}
