package dev.leafpress.config;

import dev.leafpress.yaml.YamlFields;
import dev.leafpress.yaml.YamlNode;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Reads the {@code feed:} mapping of site.yaml; unknown keys and bad values are errors at their line. */
final class FeedSettings {

    static final Set<String> KEYS = Set.of("size", "content");

    private FeedSettings() {
    }

    static FeedConfig read(YamlFields site) {
        Optional<YamlNode> node = site.node("feed");
        if (node.isEmpty()) {
            return FeedConfig.DEFAULT;
        }
        if (!(node.get() instanceof YamlNode.Mapping mapping)) {
            site.error("feed", "'feed' must be a mapping like {size: 20, content: full}, found "
                    + node.get().describe());
            return FeedConfig.DEFAULT;
        }
        YamlFields f = site.nested("feed", mapping);
        for (YamlNode.Entry unknown : f.unknown(KEYS)) {
            f.diagnostics().error(f.keyPos(unknown), "unknown key '" + unknown.key()
                    + "' under 'feed' in site.yaml (known keys: content, size)");
        }
        return new FeedConfig(f.integer("size", 1, SiteConfig.MAX_COUNT).orElse(FeedConfig.DEFAULT.size()),
                content(f).orElse(FeedConfig.DEFAULT.content()));
    }

    private static Optional<FeedConfig.Content> content(YamlFields f) {
        return f.string("content").flatMap(raw -> {
            String value = raw.strip().toLowerCase(Locale.ROOT);
            if (value.equals("full") || value.equals("excerpt")) {
                return Optional.of(FeedConfig.Content.valueOf(value.toUpperCase(Locale.ROOT)));
            }
            f.error("content", "'feed.content' must be full or excerpt, found '" + raw + "'");
            return Optional.empty();
        });
    }
}
