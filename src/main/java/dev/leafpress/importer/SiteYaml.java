package dev.leafpress.importer;

/** The new site.yaml, from the old blog's settings; only keys Leafpress knows, all valid. */
final class SiteYaml {

    private SiteYaml() {
    }

    static String of(SourceKind kind, SiteSettings s) {
        StringBuilder out = new StringBuilder("# Imported from a ").append(name(kind))
                .append(" blog by leafpress import. Every key is documented in README.md.\n");
        out.append("title: ").append(FrontMatterWriter.quote(s.title())).append('\n');
        if (!s.description().isEmpty()) {
            out.append("description: ").append(FrontMatterWriter.quote(s.description())).append('\n');
        }
        if (!s.author().isEmpty()) {
            out.append("author: ").append(FrontMatterWriter.quote(s.author())).append('\n');
        }
        if (!s.baseUrl().isEmpty()) {
            out.append("base_url: ").append(FrontMatterWriter.quote(s.baseUrl())).append('\n');
        }
        String language = s.language().isBlank() ? "en" : s.language().strip();
        out.append("language: ").append(FrontMatterWriter.quote(language)).append('\n');
        out.append("timezone: ").append(FrontMatterWriter.quote(s.zone().getId())).append('\n');
        return out.toString();
    }

    private static String name(SourceKind kind) {
        String lower = kind.name().toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
