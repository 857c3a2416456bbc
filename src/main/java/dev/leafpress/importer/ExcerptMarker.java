package dev.leafpress.importer;

import dev.leafpress.yaml.YamlNode;
import java.util.Optional;

/**
 * Jekyll's {@code excerpt_separator} (the post's own, else the site's) on a line of its own becomes Leafpress's
 * {@code <!-- more -->}, so an imported post does not carry its introduction twice.
 */
final class ExcerptMarker {

    private ExcerptMarker() {
    }

    /**
     * The body with the marker, or empty when neither the header nor the site ({@code siteSeparator},
     * may be null) names a separator that stands on a line of its own.
     */
    static Optional<String> of(YamlNode.Mapping original, String siteSeparator, String body) {
        String own = HeaderEdits.text(original, "excerpt_separator");
        String separator = own != null ? own : siteSeparator;
        if (separator == null || separator.isBlank() || HeaderEdits.text(original, "excerpt") != null) {
            return Optional.empty();
        }
        String[] lines = body.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().equals(separator.strip())) {
                lines[i] = "<!-- more -->";
                return Optional.of(String.join("\n", lines));
            }
        }
        return Optional.empty();
    }
}
