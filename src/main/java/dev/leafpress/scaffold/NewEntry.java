package dev.leafpress.scaffold;

import dev.leafpress.content.EntryKind;
import java.util.List;

/**
 * What {@code leafpress new} was asked to create.
 *
 * @param category a post's category, or null for the site's default
 * @param tags     a post's tags, possibly empty
 */
public record NewEntry(EntryKind kind, String title, String category, List<String> tags, boolean draft) {

    public NewEntry {
        tags = tags.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
        category = category == null || category.isBlank() ? null : category.strip();
        title = title.strip();
    }
}
