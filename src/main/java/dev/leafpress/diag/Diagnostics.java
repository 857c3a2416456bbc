package dev.leafpress.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Collects the diagnostics of one build. Stages running in parallel report into the same
 * collector, so it is thread-safe; {@link #sorted()} gives a deterministic order without
 * repeats (a template error hit by a hundred pages is reported once).
 */
public final class Diagnostics {

    private final List<Diagnostic> items = new ArrayList<>();

    public synchronized void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public synchronized void addAll(Collection<Diagnostic> diagnostics) {
        items.addAll(diagnostics);
    }

    public void error(SourcePos pos, String message) {
        add(Diagnostic.error(pos, message));
    }

    public void warning(SourcePos pos, String message) {
        add(Diagnostic.warning(pos, message));
    }

    public synchronized boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    public synchronized List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(new java.util.LinkedHashSet<>(items));
        copy.sort(Diagnostic.BY_POSITION);
        return List.copyOf(copy);
    }

    /** Stops the build when any error was reported so far. */
    public void throwIfErrors() {
        if (hasErrors()) {
            throw new BuildFailure(sorted());
        }
    }
}
