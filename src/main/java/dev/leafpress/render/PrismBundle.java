package dev.leafpress.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds {@code theme/prism.js} and {@code theme/prism.css} from the prismjs webjar: the core,
 * the languages the site's code blocks use (plus a common set), in dependency order, and a
 * light theme with a dark one for {@code prefers-color-scheme: dark}. Nothing is fetched.
 */
public final class PrismBundle {

    static final String ROOT = "META-INF/resources/webjars/prismjs/1.30.0/";
    /** Always bundled, so a new post in these languages needs no other change. */
    static final List<String> BASELINE = List.of("markup", "css", "clike", "javascript", "python", "bash",
            "java", "yaml", "json", "sql");

    private final Map<String, JsonNode> languages = new HashMap<>();
    private final Map<String, String> aliases = new HashMap<>();

    public PrismBundle() {
        JsonNode components = readJson("components.json").get("languages");
        for (Iterator<Map.Entry<String, JsonNode>> it = components.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> language = it.next();
            if (!language.getKey().equals("meta")) {
                languages.put(language.getKey(), language.getValue());
                strings(language.getValue().get("alias")).forEach(a -> aliases.put(a, language.getKey()));
            }
        }
    }

    /** The Prism ids for the given code-block languages, with dependencies, in load order. */
    public List<String> loadOrder(Collection<String> requested) {
        Set<String> wanted = new TreeSet<>(BASELINE);
        requested.stream().map(l -> canonical(l.toLowerCase(Locale.ROOT))).filter(languages::containsKey)
                .forEach(wanted::add);
        Set<String> closed = new TreeSet<>();
        wanted.forEach(id -> addWithRequirements(id, closed));
        LinkedHashSet<String> ordered = new LinkedHashSet<>();
        closed.forEach(id -> visit(id, closed, ordered, new LinkedHashSet<>()));
        return List.copyOf(ordered);
    }

    public byte[] script(Collection<String> requested) {
        StringBuilder js = new StringBuilder(64 * 1024);
        js.append("/* Prism 1.30.0 (https://prismjs.com), bundled by Leafpress.\n")
                .append(readText("LICENSE").replace("*/", "* /")).append("*/\n");
        js.append(readText("components/prism-core.min.js")).append('\n');
        for (String id : loadOrder(requested)) {
            js.append(readText("components/prism-" + id + ".min.js")).append('\n');
        }
        return js.toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] stylesheet() {
        String css = readText("themes/prism.css") + "\n@media (prefers-color-scheme: dark) {\n"
                + readText("themes/prism-tomorrow.css")
                + "\n/* Leafpress: undo the light theme's white text shadow and operator backdrop. */\n"
                + "code[class*=\"language-\"], pre[class*=\"language-\"] { text-shadow: none; }\n"
                + ".token.operator, .token.entity, .token.url, .language-css .token.string,"
                + " .style .token.string { background: none; }\n}\n";
        return css.getBytes(StandardCharsets.UTF_8);
    }

    private String canonical(String language) {
        return aliases.getOrDefault(language, language);
    }

    private void addWithRequirements(String id, Set<String> into) {
        if (into.add(id)) {
            strings(languages.get(id).get("require")).forEach(r -> addWithRequirements(r, into));
        }
    }

    /** Depth-first: what a language requires, modifies or optionally extends comes first. */
    private void visit(String id, Set<String> included, Set<String> ordered, Set<String> path) {
        if (ordered.contains(id) || !path.add(id)) {
            return;
        }
        JsonNode meta = languages.get(id);
        for (String key : List.of("require", "modify", "optional")) {
            strings(meta.get(key)).stream().filter(included::contains)
                    .forEach(dep -> visit(dep, included, ordered, path));
        }
        ordered.add(id);
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        } else {
            out.add(node.asText());
        }
        return out;
    }

    private static JsonNode readJson(String name) {
        try {
            return new ObjectMapper().readTree(readText(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readText(String name) {
        try (InputStream in = PrismBundle.class.getClassLoader().getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("Prism file missing from the classpath: " + ROOT + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
