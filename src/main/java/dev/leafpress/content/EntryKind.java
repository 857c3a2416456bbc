package dev.leafpress.content;

import java.util.Set;

/** Posts are dated and listed; pages stand alone and are linked from the navigation. */
public enum EntryKind {
    POST(Set.of("title", "date", "updated", "category", "tags", "author", "slug", "summary", "draft", "aliases")),
    PAGE(Set.of("title", "slug", "order", "summary", "draft", "date", "updated", "author", "aliases"));

    private final Set<String> keys;

    EntryKind(Set<String> keys) {
        this.keys = keys;
    }

    /** The front-matter keys Leafpress reads for this kind; others go to {@code extra}. */
    public Set<String> keys() {
        return keys;
    }
}
