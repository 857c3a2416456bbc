package dev.leafpress.dialect;

import dev.leafpress.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Pelican's metadata: its date forms, {@code Status}, {@code Authors}, ";" lists, the category folder. */
final class PelicanKeys {

    /** Pelican's default FILENAME_METADATA, '(?P<date>\d{4}-\d{2}-\d{2}).*': a date that starts the file name. */
    private static final Pattern FILE_NAME_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private PelicanKeys() {
    }

    static void apply(DialectKeys.Keys keys, String relative) {
        rewrite(keys, "date", PelicanDates.normalise(text(keys, "date")));
        Matcher named = FILE_NAME_DATE.matcher(relative.substring(relative.lastIndexOf('/') + 1));
        if (!keys.has("date") && named.lookingAt() && !relative.startsWith("pages/")) {
            keys.putDerived("date", named.group());
        }
        rewrite(keys, "modified", PelicanDates.normalise(text(keys, "modified")));
        semicolonList(keys, "tags");
        authors(keys);
        status(keys);
        keys.aliases("save_as", "url");
        String folder = folder(relative);
        if (!keys.has("category") && !folder.isEmpty() && !relative.startsWith("pages/")) {
            keys.putDerived("category", folder);
        }
    }

    /** The folder holding the file, as Pelican's USE_FOLDER_AS_CATEGORY takes it; "" at the top. */
    static String folder(String relative) {
        String[] parts = relative.split("/");
        return parts.length < 2 ? "" : parts[parts.length - 2];
    }

    private static String text(DialectKeys.Keys keys, String key) {
        YamlNode.Entry e = keys.entries.get(key);
        return e != null && e.value() instanceof YamlNode.Scalar s ? s.text() : null;
    }

    private static void rewrite(DialectKeys.Keys keys, String key, String text) {
        YamlNode.Entry e = keys.entries.get(key);
        if (e != null && text != null) {
            YamlNode v = e.value();
            keys.put(key, e, new YamlNode.Scalar(text, YamlNode.Scalar.Kind.STRING, v.line(), v.column()));
        }
    }

    /** Pelican splits lists on ";" when there is one, else on ",". */
    private static void semicolonList(DialectKeys.Keys keys, String key) {
        String text = text(keys, key);
        if (text != null && text.contains(";")) {
            YamlNode.Entry e = keys.entries.get(key);
            List<YamlNode> items = new ArrayList<>();
            for (String part : text.split(";")) {
                if (!part.isBlank()) {
                    items.add(new YamlNode.Scalar(part.strip(), YamlNode.Scalar.Kind.STRING, e.value().line(),
                            e.value().column()));
                }
            }
            keys.put(key, e, new YamlNode.Sequence(List.copyOf(items), e.value().line(), e.value().column()));
        }
    }

    /** Leafpress has one author line: several authors are joined with commas. */
    private static void authors(DialectKeys.Keys keys) {
        YamlNode.Entry e = keys.remove("authors");
        String text = e != null && e.value() instanceof YamlNode.Scalar s ? s.text() : null;
        if (text == null || keys.has("author")) {
            return;
        }
        String joined = String.join(", ", List.of(text.split(text.contains(";") ? ";" : ",")).stream()
                .map(String::strip).filter(a -> !a.isEmpty()).toList());
        keys.put("author", e, new YamlNode.Scalar(joined, YamlNode.Scalar.Kind.STRING, e.value().line(),
                e.value().column()));
    }

    private static void status(DialectKeys.Keys keys) {
        YamlNode.Entry e = keys.remove("status");
        String text = e != null && e.value() instanceof YamlNode.Scalar s ? s.text().strip() : null;
        if (text == null || text.isEmpty()) {
            return;
        }
        String status = text.toLowerCase(Locale.ROOT);
        if (!List.of("draft", "hidden", "published").contains(status)) {
            keys.fields.diagnostics().error(keys.fields.at(e.value()),
                    "'status' must be draft, hidden or published, found '" + text + "'");
            return;
        }
        if (status.equals("hidden")) {
            keys.fields.diagnostics().warning(keys.fields.at(e.value()), "Leafpress has no hidden posts or pages:"
                    + " 'Status: hidden' is held back like a draft (use 'Status: published' to publish it)");
        }
        keys.put("draft", e, new YamlNode.Scalar(String.valueOf(!status.equals("published")),
                YamlNode.Scalar.Kind.BOOLEAN, e.value().line(), e.value().column()));
    }
}
