package dev.leafpress.serve;

import dev.leafpress.site.Route;
import java.util.Set;

/**
 * A page as last rendered: the route it came from (its inputs), its bytes, and which of the
 * site-wide lists its templates read.
 */
record RenderedRoute(Route route, String file, byte[] bytes, Set<String> siteListsRead) {

    RenderedRoute {
        siteListsRead = Set.copyOf(siteListsRead);
    }

    RenderedRoute(Route route, byte[] bytes, Set<String> siteListsRead) {
        this(route, route.file(), bytes, siteListsRead);
    }

    /** True when this page must be rendered again for {@code next} given the changed site lists. */
    boolean staleFor(Route next, Set<String> changedLists) {
        if (changedLists.contains(SiteViewParts.ALL) || !route.equals(next)) {
            return true;
        }
        return siteListsRead.stream().anyMatch(changedLists::contains);
    }
}
