package dev.leafpress.site;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * One page to render: where it goes, with which template and variables, what made it (a source
 * file, or a description of a generated listing) for collision messages, and its head metadata.
 *
 * @param path site-relative output path, "" for the home page, {@code posts/a/} for a folder
 * @param meta what the page's head says about it; templates see it as {@code meta}
 */
public record Route(String path, String template, Map<String, Object> vars, String origin, PageMeta meta) {

    public Route {
        vars = Collections.unmodifiableMap(new HashMap<>(vars));
    }

    public String file() {
        return Permalinks.file(path);
    }
}
