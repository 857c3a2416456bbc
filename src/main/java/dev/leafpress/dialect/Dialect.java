package dev.leafpress.dialect;

import dev.leafpress.yaml.YamlNode;
import java.util.Set;

/** Whose conventions a content file follows: its keys, its body syntax, its file name. */
public enum Dialect {
    LEAFPRESS,
    JEKYLL,
    HUGO,
    PELICAN;

    /** Keys only Jekyll uses; YAML front matter with one of them is read as Jekyll's. */
    private static final Set<String> JEKYLL_KEYS = Set.of("layout", "permalink", "published", "excerpt_separator");

    /**
     * The dialect of a file: Pelican for a Pelican header, Hugo for TOML or JSON, Jekyll for YAML
     * in {@code _posts/} or {@code _drafts/} or with a Jekyll-only key, else Leafpress's own.
     */
    public static Dialect of(HeaderFormat format, String relative, YamlNode.Mapping header) {
        return switch (format) {
            case PELICAN -> PELICAN;
            case TOML, JSON -> HUGO;
            default -> isJekyll(relative, header) ? JEKYLL : LEAFPRESS;
        };
    }

    /** True for a file under a {@code _posts/} or {@code _drafts/} folder. */
    public static boolean inJekyllFolder(String relative) {
        return ("/" + relative).contains("/_posts/") || inJekyllDrafts(relative);
    }

    public static boolean inJekyllDrafts(String relative) {
        return ("/" + relative).contains("/_drafts/");
    }

    private static boolean isJekyll(String relative, YamlNode.Mapping header) {
        return inJekyllFolder(relative) || header.entries().stream().anyMatch(e -> JEKYLL_KEYS.contains(e.key()));
    }
}
