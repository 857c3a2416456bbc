package dev.leafpress.content;

import java.util.List;

/** What {@code content/} holds: post and page sources, and every other file (assets). */
public record ContentTree(List<ContentFile> posts, List<ContentFile> pages, List<ContentFile> assets) {

    public ContentTree {
        posts = List.copyOf(posts);
        pages = List.copyOf(pages);
        assets = List.copyOf(assets);
    }
}
