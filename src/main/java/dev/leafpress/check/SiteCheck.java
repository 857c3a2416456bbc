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
        LinkChecker checker = new LinkChecker(build.site().config().baseUrl(), build.site().config().basePath(), authored(build.entries()),
                origins(build));
        return checker.check(pages, otherFiles, diagnostics);
    }

    private static Map<String, byte[]> renderAll(SiteBuild build, Diagnostics diagnostics) {
        Map<String, byte[]> pages = new ConcurrentHashMap<>();
        build.renderAll(page -> pages.put(page.file(), page.bytes()), diagnostics);
        return pages;
    }

    /** Every link authors wrote, by its destination in the HTML. */
    private static Map<String, List<LinkSource>> authored(List<RenderedEntry> entries) {
        Map<String, List<LinkSource>> byDestination = new HashMap<>();
        for (RenderedEntry entry : entries) {
            String file = entry.parsed().file().display();
            int offset = entry.parsed().bodyLineOffset();
            for (LinkRef link : entry.body().links()) {
                SourcePos pos = SourcePos.of(file, link.line() == 0 ? 0 : link.line() + offset);
                byDestination.computeIfAbsent(SiteLinks.decode(link.destination()), k -> new ArrayList<>())
                        .add(new LinkSource(pos, link.written()));
            }
        }
        return byDestination;
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
