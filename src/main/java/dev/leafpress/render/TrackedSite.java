package dev.leafpress.render;

import dev.leafpress.site.Page;
import dev.leafpress.site.Post;
import dev.leafpress.site.SiteView;
import dev.leafpress.site.Term;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What templates see as {@code site} during a cached build: the same values as {@link SiteView},
 * noting which of them a page read, so the page is rendered again only when one of those changes.
 */
public final class TrackedSite {

    /** Recorded when a template uses the whole object (prints it, compares it). */
    public static final String EVERYTHING = "*";

    private final SiteView site;
    private final Set<String> read;

    TrackedSite(SiteView site, Set<String> read) {
        this.site = site;
        this.read = read;
    }

    private <T> T read(String field, T value) {
        read.add(field);
        return value;
    }

    public String title() {
        return read("title", site.title());
    }

    public String description() {
        return read("description", site.description());
    }

    public String author() {
        return read("author", site.author());
    }

    public String language() {
        return read("language", site.language());
    }

    public String baseUrl() {
        return read("baseUrl", site.baseUrl());
    }

    public String basePath() {
        return read("basePath", site.basePath());
    }

    public String github() {
        return read("github", site.github());
    }

    public List<Page> pages() {
        return read("pages", site.pages());
    }

    public List<Term> categories() {
        return read("categories", site.categories());
    }

    public List<Term> tags() {
        return read("tags", site.tags());
    }

    public List<Post> posts() {
        return read("posts", site.posts());
    }

    public Map<String, Object> extra() {
        return read("extra", site.extra());
    }

    @Override
    public String toString() {
        return read(EVERYTHING, site.toString());
    }

    @Override
    public boolean equals(Object other) {
        read.add(EVERYTHING);
        return other instanceof TrackedSite t && t.site.equals(site);
    }

    @Override
    public int hashCode() {
        return read(EVERYTHING, site.hashCode());
    }
}
