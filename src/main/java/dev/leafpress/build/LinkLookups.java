package dev.leafpress.build;

import dev.leafpress.content.LinkResolver;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every relative-link lookup one Markdown body made, and the answers: a cached body stays valid
 * exactly when each of its links still resolves to the same URL. Keyed "file\0destination".
 */
record LinkLookups(Map<String, Optional<String>> answers) {

    LinkLookups {
        answers = Map.copyOf(answers);
    }

    /** A resolver that asks {@code target} and writes each lookup into {@code into}. */
    static LinkResolver recording(LinkResolver target, Map<String, Optional<String>> into) {
        return (from, destination) -> {
            Optional<String> url = target.resolve(from, destination);
            synchronized (into) {
                into.put(from + "\0" + destination, url);
            }
            return url;
        };
    }

    static LinkLookups of(Map<String, Optional<String>> recorded) {
        synchronized (recorded) {
            return new LinkLookups(new TreeMap<>(recorded));
        }
    }

    boolean sameAnswers(LinkResolver links) {
        return answers.entrySet().stream().allMatch(e -> {
            int split = e.getKey().indexOf('\0');
            return links.resolve(e.getKey().substring(0, split), e.getKey().substring(split + 1)).equals(e.getValue());
        });
    }
}
