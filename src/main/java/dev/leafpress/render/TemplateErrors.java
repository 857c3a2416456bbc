package dev.leafpress.render;

import dev.leafpress.diag.Diagnostic;
import dev.leafpress.diag.SourcePos;
import io.pebbletemplates.pebble.error.AttributeNotFoundException;
import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.error.RootAttributeNotFoundException;
import java.util.Map;

/** Turns Pebble's exceptions into diagnostics at the template file and line. */
final class TemplateErrors {

    private TemplateErrors() {
    }

    /** {@code vars} are the page's variables: one that is there but null is not "unknown". */
    static Diagnostic toDiagnostic(PebbleException e, Theme theme, String requested, Map<String, ?> vars) {
        String file = e.getFileName() == null ? requested : baseName(e.getFileName());
        int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
        SourcePos pos = SourcePos.of(theme.displayPath(file), Math.max(line, 0));
        return Diagnostic.error(pos, message(e, requested, vars));
    }

    private static String message(PebbleException e, String requested, Map<String, ?> vars) {
        if (e instanceof RootAttributeNotFoundException r) {
            return rootVariable(r.getAttributeName(), vars);
        }
        if (e instanceof AttributeNotFoundException a) {
            return "unknown attribute '" + a.getAttributeName() + "'" + ofWhat(e.getPebbleMessage())
                    + " (README.md lists every template variable)";
        }
        if (e instanceof LoaderException) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("template \"([^\"]+)\"")
                    .matcher(String.valueOf(e.getPebbleMessage()));
            String missing = m.find() ? baseName(m.group(1)) : requested;
            return "missing template '" + missing + "': neither the theme nor the site's templates/ folder has it";
        }
        return clean(e.getPebbleMessage(), requested);
    }

    /** Strict Pebble reports {@code newer.title} on the newest post, where newer is null, as unknown. */
    private static String rootVariable(String name, Map<String, ?> vars) {
        if (vars.containsKey(name) && vars.get(name) == null) {
            return "'" + name + "' is null on this page; test it first with {% if " + name + " is not null %}";
        }
        return "unknown variable '" + name + "'";
    }

    /** Pebble names the Java class: "Attribute [x] of [dev.leafpress.site.Post] does not exist". */
    private static String ofWhat(String message) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("of \\[(?:[\\w.]+\\.)?(\\w+)]")
                .matcher(message == null ? "" : message);
        if (!m.find()) {
            return "";
        }
        // A cached build shows templates the site through TrackedSite; messages name the model.
        return " of " + (m.group(1).equals(TrackedSite.class.getSimpleName()) ? "SiteView" : m.group(1));
    }

    private static String clean(String message, String requested) {
        if (message == null || message.isBlank()) {
            return "template error in " + requested;
        }
        return message.strip().replaceAll("\\s+", " ");
    }

    private static String baseName(String name) {
        String slashed = name.replace('\\', '/');
        int templates = slashed.lastIndexOf("/templates/");
        return templates >= 0 ? slashed.substring(templates + "/templates/".length()) : slashed;
    }
}
