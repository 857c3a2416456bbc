package dev.leafpress.build;

import java.util.List;

/**
 * What the cache remembers of one rendered page: the fields of {@code site} its templates read,
 * and the digest of everything its rendering read ({@link Fingerprints}).
 */
record PageRecord(List<String> siteFields, String fingerprint) {

    PageRecord {
        siteFields = List.copyOf(siteFields);
    }
}
