package dev.leafpress.markup;

import java.util.Optional;
import java.util.Set;

/**
 * Link targets for tests: these files exist, every one has the URL {@code basePath + file}, and
 * a link to one reads {@code LINK(file)}.
 */
record FakeTargets(Set<String> files, String basePath, String origin) implements LinkTargets {

    @Override
    public String link(String from, String target) {
        return "LINK(" + target + ")";
    }

    @Override
    public Optional<String> url(String target) {
        return Optional.of(basePath + target);
    }

    @Override
    public String termUrl(String kind, String name) {
        return basePath + kind + "/" + name + "/";
    }
}
