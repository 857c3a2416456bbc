package dev.leafpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leafpress.render.RenderedPage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A feed or the sitemap is taken from the last build's output only when it shows the same. */
class PublishedReuseTest {

    private static final byte[] OLD = "old feed".getBytes(StandardCharsets.UTF_8);

    private static PersistentEntryCache cache(Map<String, String> previous, boolean outputIntact) {
        return new PersistentEntryCache(Map.of(), Map.of(), file -> true, previous,
                file -> outputIntact ? Optional.of(OLD) : Optional.empty());
    }

    private static Supplier<RenderedPage> made(String text) {
        return () -> new RenderedPage("feed.xml", text.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(RenderedPage page) {
        return new String(page.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void theSameShownIsTakenFromTheOutputAndAnythingElseIsMade() {
        Object shown = List.of("Alpha", 3, List.of("x", "y"));
        PersistentEntryCache first = cache(Map.of(), true);
        assertThat(text(first.published("feed.xml", shown, null, made("new feed")))).isEqualTo("new feed");
        Map<String, String> recorded = first.published();
        assertThat(recorded).containsOnlyKeys("feed.xml");

        assertThat(text(cache(recorded, true).published("feed.xml", List.of("Alpha", 3, List.of("x", "y")), null,
                made("new feed")))).isEqualTo("old feed");
        assertThat(text(cache(recorded, true).published("feed.xml", List.of("Alpha", 3, List.of("x", "z")), null,
                made("new feed")))).isEqualTo("new feed");
        assertThat(text(cache(recorded, false).published("feed.xml", shown, null, made("new feed"))))
                .as("an output changed since is not trusted").isEqualTo("new feed");
    }

    @Test
    void aValueOfAnUnknownTypeIsAlwaysMadeAndNotRecorded() {
        PersistentEntryCache cache = cache(Map.of(), true);
        Object shown = List.of(new Object());
        assertThat(text(cache.published("feed.xml", shown, null, made("new feed")))).isEqualTo("new feed");
        assertThat(cache.published()).isEmpty();
    }
}
