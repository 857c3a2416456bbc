package dev.leafpress.importer;

import dev.leafpress.diag.Diagnostics;
import dev.leafpress.diag.SourcePos;
import dev.leafpress.dialect.JekyllFileName;
import dev.leafpress.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Jekyll pages need no title, Leafpress pages do. A page without one gets a title from its file
 * name ({@code contact.md} is "Contact"), except the 404 page: Leafpress makes its own, and a
 * second one at {@code /404.html} would clash with it.
 */
final class PageTitles {

    private PageTitles() {
    }

    /** The header with a title; empty, with the reason in {@code problems}, for a 404 page. */
    static Optional<YamlNode.Mapping> titled(SourceEntry entry, YamlNode.Mapping keys, YamlNode.Mapping original,
                                             Diagnostics problems) {
        if (HeaderEdits.text(keys, "title") != null) {
            return Optional.of(keys);
        }
        String name = SourceFiles.withoutExtension(SourceFiles.nameOf(entry.frame()));
        String permalink = HeaderEdits.text(original, "permalink");
        if (name.equals("404") || permalink != null && permalink.strip().matches("/?404(\\.html|/)?")) {
            problems.error(SourcePos.of(entry.frame()), "a 404 page (Leafpress makes its own 404.html from the"
                    + " theme's 404 template; a content/404.html replaces it)");
            return Optional.empty();
        }
        String title = JekyllFileName.titleize(name.equals("index") && entry.frame().contains("/")
                ? SourceFiles.nameOf(entry.frame().substring(0, entry.frame().lastIndexOf('/'))) : name);
        List<YamlNode.Entry> entries = new ArrayList<>();
        entries.add(new YamlNode.Entry("title", 0, 0, new YamlNode.Scalar(title, YamlNode.Scalar.Kind.STRING, 0, 0)));
        entries.addAll(keys.entries());
        return Optional.of(new YamlNode.Mapping(List.copyOf(entries), keys.line(), keys.column()));
    }
}
