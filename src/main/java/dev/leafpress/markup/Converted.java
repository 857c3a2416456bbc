package dev.leafpress.markup;

import java.util.List;

/** A body with its template syntax turned into Markdown (same lines), and what could not be. */
public record Converted(String markdown, List<Note> notes) {

    public Converted {
        notes = List.copyOf(notes);
    }
}
