package dev.leafpress.site;

/**
 * A category or tag. Names that differ only by case or accents share one slug and one page,
 * shown with the spelling used most.
 *
 * @param url   site URL with the base path, e.g. {@code /blog/tag/redis/}
 * @param count how many published posts carry it
 */
public record Term(String name, String slug, String url, int count) {
}
