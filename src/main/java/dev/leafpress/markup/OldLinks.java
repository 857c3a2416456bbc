package dev.leafpress.markup;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites link targets in a Markdown body outside code: inline links and images
 * ({@code ](…)}) and {@code href}/{@code src} attributes of raw HTML.
 */
public final class OldLinks {

    private static final Pattern TARGET = Pattern.compile("(?<md>]\\(<?)(?<mdurl>[^)\\s>]+)|(?<attr>\\b(?:href|src)=\")(?<attrurl>[^\"]+)");

    private OldLinks() {
    }

    /**
     * @param replace given a target as written and whether it is in raw HTML, the new target or empty
     * @return the body, and how many targets were replaced as its one note's line (0 when none)
     */
    public static Converted rewrite(String body, BiFunction<String, Boolean, Optional<String>> replace) {
        Rewrite r = new Rewrite(body, "", null);
        Matcher m = TARGET.matcher(body);
        int count = 0;
        while (m.find()) {
            boolean html = m.group("attr") != null;
            String group = html ? "attrurl" : "mdurl";
            if (r.isCode(m.start())) {
                continue;
            }
            Optional<String> replacement = replace.apply(m.group(group), html);
            if (replacement.isPresent()) {
                r.replace(m.start(group), m.end(group), replacement.get());
                count++;
            }
        }
        Converted done = r.finish();
        return new Converted(done.markdown(), count == 0 ? java.util.List.of()
                : java.util.List.of(new Note(count, "links rewritten")));
    }
}
