package dev.leafpress.scaffold;

import dev.leafpress.content.EntryKind;
import java.util.stream.Collectors;

/** The text of a new post or page: YAML front matter with every value quoted safely, and a body hint. */
final class FrontMatterWriter {

    private FrontMatterWriter() {
    }

    /** @param date "YYYY-MM-DD HH:MM" in the site's timezone */
    static String text(NewEntry entry, String date) {
        StringBuilder text = new StringBuilder("---\n");
        text.append("title: ").append(quote(entry.title())).append('\n');
        if (entry.kind() == EntryKind.POST) {
            text.append("date: ").append(date).append('\n');
            if (entry.category() != null) {
                text.append("category: ").append(quote(entry.category())).append('\n');
            }
            if (!entry.tags().isEmpty()) {
                text.append("tags: [").append(entry.tags().stream().map(FrontMatterWriter::quote)
                        .collect(Collectors.joining(", "))).append("]\n");
            }
        }
        if (entry.draft()) {
            text.append("draft: true\n");
        }
        return text.append("---\n\n").append(entry.kind() == EntryKind.POST
                ? "Write the post here, in Markdown. Text before a `<!-- more -->` line is the excerpt.\n"
                : "Write the page here, in Markdown.\n").toString();
    }

    /** A YAML double-quoted scalar: backslash, quote and control characters escaped. */
    static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
