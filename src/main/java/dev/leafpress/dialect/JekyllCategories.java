package dev.leafpress.dialect;

import java.util.Arrays;
import java.util.List;

/**
 * Jekyll gives a post the folders above its {@code _posts/} (or {@code _drafts/}) as its first
 * categories: {@code ruby/_posts/2016-05-01-x.md} is in {@code ruby}, before any the front
 * matter names.
 */
public final class JekyllCategories {

    private JekyllCategories() {
    }

    /** The folders above {@code _posts/} or {@code _drafts/}, outermost first; empty at the top. */
    public static List<String> ofFolder(String relative) {
        String path = "/" + relative;
        int cut = Math.max(path.indexOf("/_posts/"), path.indexOf("/_drafts/"));
        if (cut <= 0) {
            return List.of();
        }
        return Arrays.stream(path.substring(1, cut).split("/")).filter(s -> !s.isBlank()).toList();
    }
}
