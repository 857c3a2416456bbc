package dev.leafpress.build;

import dev.leafpress.content.EntryKind;
import dev.leafpress.content.ParsedEntry;
import java.time.Instant;
import java.util.List;

/**
 * Which entries a build publishes: drafts only with {@code --drafts}, posts dated after the
 * build's moment only with {@code --future}. A draft is counted as a draft even when it is
 * also dated in the future; the reader sees it only when both options are given.
 *
 * @param now the build's moment, from the injected clock
 */
record PublishRules(boolean drafts, boolean future, Instant now) {

    boolean publishes(ParsedEntry entry) {
        return !heldAsDraft(entry) && !heldAsScheduled(entry);
    }

    HeldBack heldBack(List<ParsedEntry> posts, List<ParsedEntry> pages) {
        int draftCount = (int) (posts.stream().filter(this::heldAsDraft).count()
                + pages.stream().filter(this::heldAsDraft).count());
        int scheduledCount = (int) posts.stream().filter(this::heldAsScheduled).count();
        return new HeldBack(draftCount, scheduledCount);
    }

    private boolean heldAsDraft(ParsedEntry entry) {
        return !drafts && entry.meta().draft();
    }

    private boolean heldAsScheduled(ParsedEntry entry) {
        return !future && !heldAsDraft(entry) && entry.kind() == EntryKind.POST
                && entry.meta().date().toInstant().isAfter(now);
    }
}
