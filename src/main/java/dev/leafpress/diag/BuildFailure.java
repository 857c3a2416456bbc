package dev.leafpress.diag;

import java.util.List;

/** The one exception type of Leafpress: the build stopped, and these are the reasons. */
public final class BuildFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    public BuildFailure(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "build failed" : diagnostics.get(0).toString());
        this.diagnostics = List.copyOf(diagnostics);
    }

    public static BuildFailure of(SourcePos pos, String message) {
        return new BuildFailure(List.of(Diagnostic.error(pos, message)));
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
