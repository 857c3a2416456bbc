package dev.leafpress.config;

import dev.leafpress.diag.Diagnostics;
import dev.leafpress.diag.SourcePos;
import dev.leafpress.yaml.YamlFields;
import dev.leafpress.yaml.YamlNode;
import dev.leafpress.yaml.YamlReader;
import dev.leafpress.yaml.YamlSyntaxError;
import dev.leafpress.yaml.YamlValues;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code site.yaml} into a {@link SiteConfig}. Unknown keys and wrong types are errors
 * at the author's line; every problem is reported, then the build stops.
 */
public final class ConfigLoader {

    public static final String FILE_NAME = "site.yaml";
    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());
    static final Set<String> KEYS = Set.of("title", "description", "author", "base_url", "language",
            "timezone", "theme", "github", "per_page", "excerpt_words", "default_category", "permalink",
            "date_format", "feed", "extra");

    private ConfigLoader() {
    }

    /** Parses the text of site.yaml; problems go to {@code diagnostics}, the result has defaults there. */
    public static SiteConfig parse(String text, Diagnostics diagnostics) {
        YamlNode root;
        try {
            root = YamlReader.read(text);
        } catch (YamlSyntaxError e) {
            diagnostics.error(new SourcePos(FILE_NAME, e.line(), e.column()), "invalid YAML: " + e.getMessage());
            return SiteConfig.defaults();
        }
        if (!(root instanceof YamlNode.Mapping mapping)) {
            diagnostics.error(new SourcePos(FILE_NAME, root.line(), root.column()),
                    "site.yaml must be a mapping of keys to values, found " + root.describe());
            return SiteConfig.defaults();
        }
        return fromMapping(new YamlFields(mapping, FILE_NAME, 0, diagnostics));
    }

    private static SiteConfig fromMapping(YamlFields f) {
        for (YamlNode.Entry unknown : f.unknown(KEYS)) {
            f.diagnostics().error(f.keyPos(unknown), "unknown key '" + unknown.key() + "' in site.yaml"
                    + " (known keys: " + String.join(", ", KEYS.stream().sorted().toList()) + ")");
        }
        SiteConfig d = SiteConfig.defaults();
        return new SiteConfig(
                f.string("title").orElse(d.title()),
                f.string("description").orElse(d.description()),
                f.string("author").orElse(d.author()),
                baseUrl(f).orElse(d.baseUrl()),
                language(f).orElse(d.language()),
                timezone(f).orElse(d.timezone()),
                theme(f).orElse(d.theme()),
                github(f),
                f.integer("per_page", 1, SiteConfig.MAX_COUNT).orElse(d.perPage()),
                f.integer("excerpt_words", 1, SiteConfig.MAX_COUNT).orElse(d.excerptWords()),
                defaultCategory(f).orElse(d.defaultCategory()),
                permalink(f).orElse(d.permalink()),
                dateFormat(f).orElse(d.dateFormat()),
                FeedSettings.read(f),
                extra(f));
    }

    private static Optional<String> baseUrl(YamlFields f) {
        return f.string("base_url").flatMap(raw -> {
            StringBuilder problem = new StringBuilder();
            Optional<String> url = UrlPaths.normaliseBaseUrl(raw, problem);
            if (url.isEmpty()) {
                f.error("base_url", problem.toString());
            }
            return url;
        });
    }

    /**
     * A BCP 47 tag as HTML's {@code lang} and Atom's {@code xml:lang} want it; {@code en_US}, the
     * locale form Pelican and POSIX use, is taken as {@code en-US}.
     */
    private static Optional<String> language(YamlFields f) {
        return f.string("language").map(String::strip).flatMap(raw -> {
            String tag = raw.replace('_', '-');
            Locale locale = Locale.forLanguageTag(tag);
            boolean known = ISO_LANGUAGES.contains(locale.getLanguage()) || locale.getLanguage().length() == 3;
            if (!known || !locale.toLanguageTag().equalsIgnoreCase(tag)) {
                f.error("language", "language '" + raw + "' is not a language tag (use a code like en, en-GB,"
                        + " de or pt-BR)");
                return Optional.empty();
            }
            return Optional.of(tag);
        });
    }

    private static Optional<ZoneId> timezone(YamlFields f) {
        return f.string("timezone").flatMap(raw -> {
            try {
                return Optional.of(ZoneId.of(raw.strip()));
            } catch (DateTimeException e) {
                f.error("timezone", "unknown timezone '" + raw + "' (use a name like Europe/Berlin or UTC)");
                return Optional.empty();
            }
        });
    }

    /**
     * A theme is a folder directly under themes/; a name with a path in it ({@code ../../th2},
     * {@code /srv/theme}) would read templates, and copy static files, from outside the site.
     */
    private static Optional<String> theme(YamlFields f) {
        return f.string("theme").filter(name -> {
            boolean folderName = !name.isBlank() && !name.equals(".") && !name.equals("..")
                    && name.chars().noneMatch(c -> c == '/' || c == '\\' || c == ':');
            if (!folderName) {
                f.error("theme", "'theme' must be the name of a folder in themes/ (such as default), not a path;"
                        + " found '" + name + "'");
            }
            return folderName;
        });
    }

    private static String github(YamlFields f) {
        return f.string("github").map(String::strip).filter(s -> !s.isEmpty()).filter(url -> {
            boolean ok = (url.startsWith("https://") || url.startsWith("http://")) && hasHost(url);
            if (!ok) {
                f.error("github", "'github' must be a URL like https://github.com/owner/repo");
            }
            return ok;
        }).orElse(null);
    }

    private static boolean hasHost(String url) {
        try {
            String host = new URI(url).getHost();
            return host != null && !host.isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static Optional<String> defaultCategory(YamlFields f) {
        return f.string("default_category").map(String::strip).filter(name -> !name.isEmpty()).filter(name -> {
            boolean usable = name.codePoints().anyMatch(Character::isLetterOrDigit);
            if (!usable) {
                f.error("default_category", "'default_category' needs letters or digits to make a URL from, found '"
                        + name + "'");
            }
            return usable;
        });
    }

    private static Optional<Permalink> permalink(YamlFields f) {
        return f.string("permalink").flatMap(raw -> {
            StringBuilder problem = new StringBuilder();
            Optional<Permalink> permalink = Permalink.parse(raw, problem);
            if (permalink.isEmpty()) {
                f.error("permalink", problem.toString());
            }
            return permalink;
        });
    }

    private static Optional<String> dateFormat(YamlFields f) {
        return f.string("date_format").filter(pattern -> {
            try {
                DateTimeFormatter.ofPattern(pattern);
                return true;
            } catch (IllegalArgumentException e) {
                f.error("date_format", "invalid date_format '" + pattern + "': " + e.getMessage());
                return false;
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> extra(YamlFields f) {
        Optional<YamlNode> node = f.node("extra");
        if (node.isEmpty()) {
            return Map.of();
        }
        if (!(node.get() instanceof YamlNode.Mapping)) {
            f.error("extra", "'extra' must be a mapping, found " + node.get().describe());
            return Map.of();
        }
        return (Map<String, Object>) YamlValues.plain(node.get());
    }
}
