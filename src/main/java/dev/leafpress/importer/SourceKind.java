package dev.leafpress.importer;

import dev.leafpress.dialect.Dialect;

/** The generators whose blogs {@code leafpress import} converts. */
public enum SourceKind {
    PELICAN(Dialect.PELICAN),
    JEKYLL(Dialect.JEKYLL),
    HUGO(Dialect.HUGO);

    private final Dialect dialect;

    SourceKind(Dialect dialect) {
        this.dialect = dialect;
    }

    /** How its YAML, TOML and JSON headers are read; a Pelican header is always Pelican's. */
    public Dialect dialect() {
        return dialect;
    }
}
