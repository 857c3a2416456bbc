package dev.leafpress.markup;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jekyll's Liquid in a body: {@code raw}, {@code highlight}, {@code link}, {@code post_url},
 * {@code site.baseurl}, {@code site.url} and the {@code relative_url}/{@code absolute_url} filters.
 * Any other tag stays visible with a warning. In code, only {@code raw} is read, as Jekyll does.
 */
final class LiquidTags {

    private static final Pattern OPEN = Pattern.compile("\\{%-?|\\{\\{-?");
    private static final Pattern END_RAW = Pattern.compile("\\{%-?\\s*endraw\\s*-?%}");
    private static final Pattern END_HIGHLIGHT = Pattern.compile("\\{%-?\\s*endhighlight\\s*-?%}");
    private static final Pattern RAW_TAG = Pattern.compile("\\{%-?\\s*(end)?raw\\s*-?%}");
    private static final Pattern URL_FILTER = Pattern.compile("(['\"])(.*?)\\1\\s*\\|\\s*(relative_url|absolute_url)");
    private static final Pattern PATH_AFTER = Pattern.compile("/[^\\s)\"'<>\\]]*");
    /** {@code {% post_url x %}} or {@code {% link x %}}, perhaps after {@code {{ site.baseurl }}}. */
    private static final Pattern LINK_TAG_AFTER = Pattern.compile(
            "(\\{\\{-?\\s*site\\.baseurl\\s*-?}})?\\{%-?\\s*(post_url|link)\\s");

    private LiquidTags() {
    }

    static Converted convert(String body, String file, LinkTargets targets) {
        Rewrite r = new Rewrite(body, file, targets);
        Matcher open = OPEN.matcher(body);
        int from = 0;
        while (open.find(from)) {
            int start = open.start();
            boolean tag = body.startsWith("{%", start);
            int close = body.indexOf(tag ? "%}" : "}}", start + 2);
            if (close < 0 || close > r.lines.lineEnd(start)) {
                from = start + 2;
                continue;
            }
            int end = close + 2;
            String inner = body.substring(start + 2, close).replaceAll("^-|-$", "").strip();
            from = tag ? tag(r, start, end, inner) : output(r, start, end, inner);
        }
        return r.finish();
    }

    /** Handles a {@code {% %}} tag and says where to look next. */
    private static int tag(Rewrite r, int start, int end, String inner) {
        String name = inner.split("\\s+", 2)[0];
        String arg = inner.contains(" ") ? inner.substring(inner.indexOf(' ')).strip() : "";
        if (name.equals("raw")) {
            return raw(r, start, end);
        }
        if (r.isCode(start)) {
            return end;
        }
        switch (name) {
            case "highlight" -> {
                return highlight(r, start, end, arg);
            }
            case "link" -> linkTo(r, start, end, ContentPaths.resolve("", arg.strip()).filter(r.targets.files()::contains),
                    "{% link " + arg + " %}");
            case "post_url" -> linkTo(r, start, end, postUrl(r, arg.strip()), "{% post_url " + arg + " %}");
            default -> r.note(start, "unsupported Liquid tag '" + r.text.substring(start, end) + "' (left as written)");
        }
        return end;
    }

    private static int raw(Rewrite r, int start, int end) {
        Matcher endRaw = END_RAW.matcher(r.text);
        if (!endRaw.find(end)) {
            r.note(start, "'{% raw %}' has no '{% endraw %}' (left as written)");
            return end;
        }
        r.replace(start, end, "");
        r.replace(endRaw.start(), endRaw.end(), "");
        return endRaw.end();
    }

    private static int highlight(Rewrite r, int start, int end, String arg) {
        Matcher close = END_HIGHLIGHT.matcher(r.text);
        if (!close.find(end) || !r.lines.aloneOnLine(start, end) || !r.lines.aloneOnLine(close.start(), close.end())) {
            r.note(start, "'{% highlight %}' and '{% endhighlight %}' must each be on a line of their own"
                    + " to become a code block (left as written)");
            return end;
        }
        String content = RAW_TAG.matcher(r.text.substring(end, close.start())).replaceAll("");
        String fence = Rewrite.fence(content);
        String language = arg.split("\\s+")[0];
        r.replace(start, end, fence + language);
        r.out.append(content);
        r.copied = close.start();
        r.replace(close.start(), close.end(), fence);
        return close.end();
    }

    /**
     * The post {@code post_url} names: by file name ({@code 2016-04-01-x}) anywhere under a
     * {@code _posts/}, or by its path below {@code _posts/} for posts in subfolders
     * ({@code 2016/2016-04-01-x}, also written {@code /2016/2016-04-01-x}), as Jekyll finds them.
     */
    private static Optional<String> postUrl(Rewrite r, String name) {
        String wanted = name.replaceFirst("^/+", "");
        return r.targets.files().stream().filter(f -> f.contains("_posts/"))
                .filter(f -> namesPost(f.replaceFirst("\\.[^./]+$", ""), wanted)).sorted().findFirst();
    }

    private static boolean namesPost(String stem, String wanted) {
        return wanted.contains("/") ? stem.endsWith("_posts/" + wanted)
                : stem.substring(stem.lastIndexOf('/') + 1).equals(wanted);
    }

    private static void linkTo(Rewrite r, int start, int end, Optional<String> target, String written) {
        if (target.isPresent()) {
            r.replace(start, end, r.targets.link(r.file, target.get()));
        } else {
            r.note(start, written.strip() + " names no file in content/ (left as written)");
        }
    }

    /** Handles a {@code {{ }}} output and says where to look next. */
    private static int output(Rewrite r, int start, int end, String inner) {
        if (r.isCode(start)) {
            return end;
        }
        Matcher filter = URL_FILTER.matcher(inner);
        if ((inner.equals("site.baseurl") || inner.equals("site.url"))
                && LINK_TAG_AFTER.matcher(r.text).region(end, r.text.length()).lookingAt()) {
            // The link the tag becomes already has the base path: {{ site.baseurl }}{% post_url x %}.
            r.replace(start, end, "");
        } else if (inner.equals("site.baseurl")) {
            return baseUrl(r, start, end);
        } else if (inner.equals("site.url")) {
            r.replace(start, end, r.targets.origin());
        } else if (filter.matches()) {
            String path = filter.group(2).startsWith("/") ? filter.group(2) : "/" + filter.group(2);
            String prefix = filter.group(3).equals("absolute_url") ? r.targets.origin() : "";
            r.replace(start, end, prefix + r.baseWithoutSlash() + path);
        } else {
            r.note(start, "unsupported Liquid output '" + r.text.substring(start, end) + "' (left as written)");
        }
        return end;
    }

    /** {@code {{ site.baseurl }}/assets/a.png} links the copied file; any other path gets the base path. */
    private static int baseUrl(Rewrite r, int start, int end) {
        Matcher path = PATH_AFTER.matcher(r.text).region(end, r.text.length());
        if (path.lookingAt()) {
            String clean = path.group().replaceFirst("[?#].*$", "").substring(1);
            Optional<String> target = ContentPaths.existing(r.targets.files(), clean);
            if (target.isPresent() && !clean.isEmpty()) {
                r.replace(start, end + clean.length() + 1, r.targets.link(r.file, target.get()));
                return end + clean.length() + 1;
            }
        }
        r.replace(start, end, r.baseWithoutSlash());
        return end;
    }
}
