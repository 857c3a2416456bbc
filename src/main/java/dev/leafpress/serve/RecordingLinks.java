package dev.leafpress.serve;

import dev.leafpress.content.LinkResolver;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A link resolver that remembers every lookup, so a cached body can later be checked against a
 * new site: it stays valid exactly when each of its links still resolves to the same URL.
 */
final class RecordingLinks implements LinkResolver {

    private final LinkResolver target;
    private final Map<List<String>, Optional<String>> lookups = new ConcurrentHashMap<>();

    RecordingLinks(LinkResolver target) {
        this.target = target;
    }

    @Override
    public Optional<String> resolve(String fromFile, String destination) {
        Optional<String> url = target.resolve(fromFile, destination);
        lookups.put(List.of(fromFile, String.valueOf(destination)), url);
        return url;
    }

    /** True when {@code links} answers every lookup made so far the same way. */
    boolean sameAnswers(LinkResolver links) {
        return lookups.entrySet().stream().allMatch(e ->
                links.resolve(e.getKey().get(0), e.getKey().get(1)).equals(e.getValue()));
    }
}
