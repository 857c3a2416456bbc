package dev.leafpress.importer;

import dev.leafpress.content.EntryKind;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The URL an entry had in the old blog, made the way its generator made it. */
final class OldUrls {

    private static final Pattern PY_DATE = Pattern.compile("\\{date:([^}]*)}");
    private static final Pattern JEKYLL_PLACEHOLDER = Pattern.compile(":([a-z_]+)");
    /** Lowercase letters that unidecode spells out and Unicode does not decompose. */
    private static final Map<Integer, String> UNIDECODE = Map.ofEntries(Map.entry((int) 'ß', "ss"),
            Map.entry((int) 'æ', "ae"), Map.entry((int) 'œ', "oe"), Map.entry((int) 'ø', "o"),
            Map.entry((int) 'đ', "d"), Map.entry((int) 'ł', "l"), Map.entry((int) 'þ', "th"),
            Map.entry((int) 'ð', "d"), Map.entry((int) 'ı', "i"), Map.entry((int) 'ħ', "h"),
            Map.entry((int) 'ŧ', "t"), Map.entry((int) 'ŋ', "ng"));

    private OldUrls() {
    }

    static Optional<String> of(SourceKind kind, SourceEntry entry, UrlFacts facts, SiteSettings settings) {
        return switch (kind) {
            case PELICAN -> pelican(entry.urlPattern(), facts);
            case JEKYLL -> entry.kind() == EntryKind.PAGE ? jekyllPage(entry, facts) : jekyllPost(entry, facts, settings);
            case HUGO -> hugo(entry.urlPattern(), facts);
        };
    }

    private static Optional<String> pelican(String pattern, UrlFacts f) {
        String slug = f.slug() != null ? f.slug() : pelicanSlug(f.title());
        if (pattern.contains("{date") && f.date() == null) {
            return Optional.empty();
        }
        Matcher m = PY_DATE.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(Strftime.format(f.date(), m.group(1))));
        }
        m.appendTail(out);
        String category = f.category() == null ? "misc" : pelicanSlug(f.category());
        return Optional.of("/" + out.toString().replace("{slug}", slug).replace("{category}", category)
                .replace("{lang}", "en"));
    }

    /**
     * Pelican's slugify: unidecode to ASCII, word characters and hyphens kept, spaces to "-".
     * Letters without a decomposition are spelled as unidecode spells them ("Straße" is
     * "strasse", "København" "kobenhavn"); accents are dropped.
     */
    static String pelicanSlug(String text) {
        StringBuilder folded = new StringBuilder();
        text.toLowerCase(Locale.ROOT).codePoints().forEach(c -> folded.append(
                UNIDECODE.getOrDefault(c, Character.toString(c))));
        String ascii = Normalizer.normalize(folded, Normalizer.Form.NFKD).replaceAll("[^\\p{ASCII}]", "");
        return ascii.replaceAll("[^\\w\\s-]", "").strip().toLowerCase(Locale.ROOT).replaceAll("[-\\s]+", "-");
    }

    private static Optional<String> jekyllPost(SourceEntry entry, UrlFacts f, SiteSettings settings) {
        if (f.date() == null || f.slug() == null) {
            return Optional.empty();
        }
        var d = f.date().withZoneSameInstant(settings.zone());
        String categories = String.join("/", f.categories().stream().map(c -> c.toLowerCase(Locale.ROOT)).distinct()
                .toList());
        String slugified = String.join("/", f.categories().stream().map(OldUrls::jekyllSlugify).distinct().toList());
        Map<String, String> values = Map.ofEntries(Map.entry("categories", categories),
                Map.entry("slugified_categories", slugified), Map.entry("year", fmt(d, "yyyy")),
                Map.entry("short_year", fmt(d, "yy")), Map.entry("i_month", String.valueOf(d.getMonthValue())),
                Map.entry("month", fmt(d, "MM")),
                Map.entry("short_month", d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)),
                Map.entry("long_month", d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)),
                Map.entry("i_day", String.valueOf(d.getDayOfMonth())), Map.entry("day", fmt(d, "dd")),
                Map.entry("short_day", d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)),
                Map.entry("long_day", d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)),
                Map.entry("y_day", fmt(d, "DDD")), Map.entry("hour", fmt(d, "HH")), Map.entry("minute", fmt(d, "mm")),
                Map.entry("second", fmt(d, "ss")), Map.entry("title", f.slug()), Map.entry("slug", f.slug()),
                Map.entry("output_ext", ".html"));
        // Whole placeholder names, so that :slug does not eat the start of :slugified_categories.
        Matcher m = JEKYLL_PLACEHOLDER.matcher(entry.urlPattern());
        StringBuilder url = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(url, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
        }
        m.appendTail(url);
        return Optional.of(("/" + url).replaceAll("/{2,}", "/"));
    }

    /** Jekyll's default slugify: runs of anything but letters, marks and digits become "-", lowercased. */
    private static String jekyllSlugify(String text) {
        return text.replaceAll("[^\\p{M}\\p{L}\\p{Nd}]+", "-").replaceAll("^-|-$", "").toLowerCase(Locale.ROOT);
    }

    /** {@code about.md} is /about.html (or /about/ with a pretty permalink); {@code docs/index.md} is /docs/. */
    private static Optional<String> jekyllPage(SourceEntry entry, UrlFacts f) {
        String path = f.frame().replaceFirst("\\.[^./]+$", "");
        if (SourceFiles.nameOf(path).equals("index")) {
            return Optional.of("/" + path.substring(0, path.length() - "index".length()));
        }
        return Optional.of("/" + path + (entry.urlPattern().equals("pretty") ? "/" : ".html"));
    }

    private static Optional<String> hugo(String pattern, UrlFacts f) {
        String file = SourceFiles.withoutExtension(SourceFiles.nameOf(f.frame()));
        String dir = f.frame().contains("/") ? f.frame().substring(0, f.frame().lastIndexOf('/')) : "";
        if (file.equals("index") && !dir.isEmpty()) {
            file = SourceFiles.nameOf(dir);
            dir = dir.contains("/") ? dir.substring(0, dir.lastIndexOf('/')) : "";
        }
        String slug = f.slug() != null ? f.slug() : urlize(f.title());
        if (pattern == null) {
            return Optional.of(hugoPath("/" + dir + "/" + (f.slug() != null ? f.slug() : file) + "/"));
        }
        if (f.date() == null && pattern.matches(".*:(year|month|day|monthname|yearday).*")) {
            return Optional.empty();
        }
        String section = dir.contains("/") ? dir.substring(0, dir.indexOf('/')) : dir;
        String url = pattern.replace(":slugorfilename", f.slug() != null ? f.slug() : file)
                .replace(":contentbasename", file).replace(":filename", file).replace(":slug", slug)
                .replace(":title", urlize(f.title())).replace(":sections", dir).replace(":section", section);
        if (f.date() != null) {
            url = url.replace(":year", fmt(f.date(), "yyyy")).replace(":monthname",
                    f.date().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT))
                    .replace(":month", fmt(f.date(), "MM")).replace(":day", fmt(f.date(), "dd"))
                    .replace(":yearday", String.valueOf(f.date().getDayOfYear()));
        }
        return Optional.of(hugoPath("/" + url).replace("#", "%23"));
    }

    /** Hugo's path sanitising: urlize, folder by folder ("My Posts/Hello World" is "my-posts/hello-world"). */
    private static String hugoPath(String path) {
        return Arrays.stream(path.replaceAll("/{2,}", "/").split("/", -1)).map(OldUrls::urlize)
                .collect(Collectors.joining("/"));
    }

    /**
     * Hugo's urlize: lowercase, spaces to "-", letters, digits, marks and ". _ - # + ~" kept,
     * other punctuation dropped, runs of "-" made one: "C# and F#: a tour" is "c#-and-f#-a-tour".
     * In the URL the "#" is written {@code %23}, as browsers request that folder.
     */
    static String urlize(String title) {
        return title.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-")
                .replaceAll("[^\\p{L}\\p{N}\\p{M}\\-_.#+~]", "").replaceAll("-{2,}", "-");
    }

    private static String fmt(java.time.ZonedDateTime date, String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ROOT).format(date);
    }
}
