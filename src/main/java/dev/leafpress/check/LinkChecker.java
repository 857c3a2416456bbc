package dev.leafpress.check;

import dev.leafpress.diag.Diagnostic;
import dev.leafpress.diag.Diagnostics;
import dev.leafpress.diag.SourcePos;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds every link, image, stylesheet and script reference in the rendered pages that leads
 * nowhere: a missing file, a path outside the base path, or a missing {@code #anchor}. A broken
 * link written in a post is reported at the post's line; one from a template at the template.
 */
public final class LinkChecker {

    private static final String REFERENCES = "a[href], img[src], link[href], script[src], source[src], iframe[src]";

    private final String baseUrl;
    private final String basePath;
    /** Where authors wrote links, by the target they lead to (path#fragment). */
    private final Map<String, List<LinkSource>> authored = new HashMap<>();
    private final Map<String, PageOrigin> pageOrigins;
    private final TemplateLinks templateLinks;

    /**
     * @param baseUrl     the site's absolute URL ("" when unknown); links to it count as internal
     * @param authored    every link authors wrote
     * @param pageOrigins page file → the source file and template that made it
     */
    public LinkChecker(String baseUrl, String basePath, List<LinkSource> authored,
                       Map<String, PageOrigin> pageOrigins) {
        this(baseUrl, basePath, authored, pageOrigins, TemplateLinks.NONE);
    }

    LinkChecker(String baseUrl, String basePath, List<LinkSource> authored, Map<String, PageOrigin> pageOrigins,
                TemplateLinks templateLinks) {
        this.baseUrl = baseUrl;
        this.basePath = basePath;
        this.pageOrigins = pageOrigins;
        this.templateLinks = templateLinks;
        for (LinkSource link : authored) {
            this.authored.computeIfAbsent(target(sitePath(link.destination()), link.pageFile()),
                    k -> new ArrayList<>()).add(link);
        }
    }

    public CheckReport check(Map<String, byte[]> pages, Set<String> otherFiles, Diagnostics diagnostics) {
        Map<String, Document> parsed = new HashMap<>();
        pages.forEach((file, bytes) -> parsed.put(file, Jsoup.parse(new String(bytes, StandardCharsets.UTF_8))));
        Set<String> files = new HashSet<>(otherFiles);
        files.addAll(pages.keySet());
        Map<String, Set<String>> ids = new HashMap<>();
        parsed.forEach((file, doc) -> ids.put(file, idsOf(doc)));
        OutputFiles output = new OutputFiles(files, ids);
        AtomicInteger internal = new AtomicInteger();
        Map<String, Integer> external = new TreeMap<>();
        Set<Diagnostic> broken = new TreeSet<>(Comparator.comparing(Diagnostic::toString));
        new TreeMap<>(parsed).forEach((file, doc) -> {
            for (Element el : doc.select(REFERENCES)) {
                String written = el.hasAttr("href") ? el.attr("href") : el.attr("src");
                String href = sitePath(written);
                if (SiteLinks.isExternal(href)) {
                    external.merge(SiteLinks.host(href), 1, Integer::sum);
                } else if (!SiteLinks.isNotAFile(href)) {
                    internal.incrementAndGet();
                    problem(href, file, output).ifPresent(why -> broken.addAll(report(href, file, why)));
                }
            }
        });
        broken.forEach(diagnostics::add);
        return new CheckReport(pages.size(), internal.get(), broken.size(), external);
    }

    /** Absolute links to the site itself (canonical, feeds) are checked like internal ones. */
    private String sitePath(String href) {
        return !baseUrl.isEmpty() && href.startsWith(baseUrl) ? basePath + href.substring(baseUrl.length()) : href;
    }

    private Optional<String> problem(String href, String pageFile, OutputFiles output) {
        Optional<SiteLinks.Target> target = SiteLinks.resolve(href, pageFile, basePath);
        if (target.isEmpty()) {
            return Optional.of("it points outside the site (base path " + basePath + ")");
        }
        Optional<String> file = output.fileFor(target.get().path());
        if (file.isEmpty()) {
            return Optional.of("no page or file /" + target.get().path());
        }
        if (!output.hasAnchor(file.get(), target.get().fragment())) {
            return Optional.of("no element with id '" + target.get().fragment() + "' on /" + target.get().path());
        }
        return Optional.empty();
    }

    /** Where {@code href} on {@code pageFile} leads: "path#fragment" below the base path, or the href when it leaves the site. */
    private String target(String href, String pageFile) {
        return SiteLinks.resolve(href, pageFile, basePath).map(t -> t.path() + "#" + t.fragment())
                .orElse("outside " + SiteLinks.decode(href));
    }

    /**
     * A link the author wrote (in a body or a summary, shown on the post and in excerpts on
     * listing pages) is reported at its line, once however many pages show it; any other link
     * at the template of the page.
     */
    private List<Diagnostic> report(String href, String pageFile, String why) {
        PageOrigin origin = pageOrigins.getOrDefault(pageFile, new PageOrigin("", SourcePos.of(pageFile)));
        List<LinkSource> sources = authored.getOrDefault(target(href, pageFile), List.of()).stream()
                .filter(s -> origin.source().isEmpty() || s.pos().file().equals(origin.source())).toList();
        if (sources.isEmpty()) {
            // Written in one of the site's templates: reported once, at its line, whatever page shows it.
            return List.of(templateLinks.find(href, basePath)
                    .map(at -> Diagnostic.error(at, "link to " + href + " leads nowhere: " + why))
                    .orElseGet(() -> Diagnostic.error(origin.template(), "link to " + href + " leads nowhere: " + why
                            + " (on /" + pageFile + ")")));
        }
        return sources.stream().map(s -> Diagnostic.error(s.pos(), "link to " + s.written() + " leads nowhere: "
                + why)).toList();
    }

    private static Set<String> idsOf(Document doc) {
        Set<String> ids = new HashSet<>();
        doc.select("[id]").forEach(el -> ids.add(el.id()));
        doc.select("a[name]").forEach(el -> ids.add(el.attr("name")));
        return ids;
    }
}
