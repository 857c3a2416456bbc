package dev.leafpress.site;

/**
 * Where a listing page stands among its siblings.
 *
 * @param number  1-based page number
 * @param total   number of pages in the listing (at least 1)
 * @param prevUrl the newer page, or null on the first
 * @param nextUrl the older page, or null on the last
 */
public record Pagination(int number, int total, String url, String prevUrl, String nextUrl) {
}
