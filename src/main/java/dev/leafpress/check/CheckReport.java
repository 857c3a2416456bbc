package dev.leafpress.check;

import java.util.Map;

/**
 * What {@code leafpress check} looked at.
 *
 * @param externalByHost external links per host; they are counted, never fetched
 */
public record CheckReport(int pages, int internalLinks, int broken, Map<String, Integer> externalByHost) {

    public CheckReport {
        externalByHost = Map.copyOf(externalByHost);
    }

    public int externalLinks() {
        return externalByHost.values().stream().mapToInt(Integer::intValue).sum();
    }
}
