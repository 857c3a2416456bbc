package dev.leafpress.dialect;

import dev.leafpress.yaml.YamlNode;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Jekyll's own keys: the date, slug and (when missing) title from the file name, drafts,
 * {@code published}, excerpts.
 */
final class JekyllKeys {

    private static final Pattern UTC_TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?");

    private JekyllKeys() {
    }

    /** False when the file is an undated draft, which is not published (a warning says so). */
    static boolean apply(DialectKeys.Keys keys, String relative, String body) {
        Optional<JekyllFileName> name = Dialect.inJekyllFolder(relative) ? JekyllFileName.of(relative) : Optional.empty();
        if (Dialect.inJekyllFolder(relative)) {
            utcTimestamp(keys);
        }
        if (!keys.has("date") && name.isPresent()) {
            keys.putDerived("date", name.get().date());
        }
        if (!keys.has("slug") && name.isPresent()) {
            keys.putDerived("slug", name.get().slug());
        }
        if (!keys.has("title") && name.isPresent()) {
            keys.putDerived("title", JekyllFileName.titleize(name.get().slug()));
        }
        published(keys);
        excerpt(keys, body);
        if (Dialect.inJekyllDrafts(relative)) {
            if (!keys.has("date")) {
                keys.fields.diagnostics().warning(keys.fields.at(keys.header.mapping()),
                        "Jekyll draft without a date is not published, even with --drafts (add a 'date' to preview it)");
                return false;
            }
            keys.putDerived("draft", "true", YamlNode.Scalar.Kind.BOOLEAN);
        }
        return true;
    }

    /**
     * Jekyll's YAML reader (Psych) reads an unquoted {@code 2017-06-30 23:30:00} as a UTC time, not
     * the site's, and Jekyll dated and placed the post by it; quoted or without seconds it is the
     * site's time. The offset is written out so the date (and the old URL) is the one Jekyll used.
     * Only in {@code _posts/} and {@code _drafts/}: a Hugo post with a {@code layout} reads as Jekyll
     * too, and Hugo takes such a date in the site's time zone.
     */
    private static void utcTimestamp(DialectKeys.Keys keys) {
        YamlNode.Entry date = keys.entries.get("date");
        if (keys.has("date") && date.value() instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.STRING
                && UTC_TIMESTAMP.matcher(s.text()).matches() && keys.header.isPlainYaml(s)) {
            keys.put("date", date, new YamlNode.Scalar(s.text() + " +0000", s.kind(), s.line(), s.column()));
        }
    }

    private static void published(DialectKeys.Keys keys) {
        YamlNode.Entry entry = keys.remove("published");
        if (entry == null || !keys.fields.node("published").isPresent()) {
            return;
        }
        if (entry.value() instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.BOOLEAN) {
            boolean published = dev.leafpress.yaml.YamlValues.isTrue(s.text());
            if (!published || !keys.has("draft")) {
                keys.put("draft", entry, bool(!published, s));
            }
        } else {
            keys.fields.diagnostics().error(keys.fields.at(entry.value()),
                    "'published' must be true or false, found " + entry.value().describe());
        }
    }

    /** {@code excerpt} is the summary; {@code excerpt_separator} cuts one from the body. */
    private static void excerpt(DialectKeys.Keys keys, String body) {
        YamlNode.Entry excerpt = keys.remove("excerpt");
        YamlNode.Entry separator = keys.remove("excerpt_separator");
        if (keys.has("summary")) {
            return;
        }
        if (excerpt != null && excerpt.value() instanceof YamlNode.Scalar s) {
            keys.put("summary", excerpt, s);
        } else if (separator != null && separator.value() instanceof YamlNode.Scalar s && !s.text().isEmpty()) {
            int cut = body.indexOf(s.text());
            if (cut > 0 && !body.substring(0, cut).isBlank()) {
                keys.put("summary", separator,
                        new YamlNode.Scalar(body.substring(0, cut), YamlNode.Scalar.Kind.STRING, s.line(), s.column()));
            }
        }
    }

    private static YamlNode.Scalar bool(boolean value, YamlNode at) {
        return new YamlNode.Scalar(String.valueOf(value), YamlNode.Scalar.Kind.BOOLEAN, at.line(), at.column());
    }
}
