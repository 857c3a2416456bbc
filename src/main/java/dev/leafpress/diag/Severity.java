package dev.leafpress.diag;

import java.util.Locale;

/** How bad a diagnostic is: an error fails the build, a warning does not. */
public enum Severity {
    ERROR,
    WARNING;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
