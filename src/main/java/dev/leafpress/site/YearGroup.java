package dev.leafpress.site;

import java.util.List;

/** The posts of one year, newest first, for the archives page. */
public record YearGroup(int year, List<Post> posts) {

    public YearGroup {
        posts = List.copyOf(posts);
    }
}
