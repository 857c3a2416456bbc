package dev.leafpress.importer;

import dev.leafpress.config.UrlPaths;
import java.time.DateTimeException;
import java.time.ZoneId;

/** Settings of an old blog checked the way site.yaml checks them, so the new site.yaml is valid. */
final class Settings {

    private Settings() {
    }

    /** The URL with a trailing "/", or "" when it is not an absolute http(s) URL. */
    static String baseUrl(String raw) {
        return raw == null ? "" : UrlPaths.normaliseBaseUrl(raw, new StringBuilder()).orElse("");
    }

    static ZoneId zone(String raw) {
        try {
            return raw == null || raw.isBlank() ? ZoneId.of("UTC") : ZoneId.of(raw.strip());
        } catch (DateTimeException e) {
            return ZoneId.of("UTC");
        }
    }
}
