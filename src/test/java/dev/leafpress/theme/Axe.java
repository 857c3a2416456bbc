package dev.leafpress.theme;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** axe-core, from its webjar, run inside the page the browser shows. */
final class Axe {

    private static final String WEBJAR = "META-INF/resources/webjars/axe-core/";
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']})
                .then(r => done(JSON.stringify(r.violations)), e => done('error: ' + e));
            """;

    private final String source = load();

    /** Each violation as {@code rule (impact): help; at: selectors}; empty when the page passes. */
    List<String> violations(Browser browser) throws IOException {
        browser.script(source);
        String json = (String) browser.driver().executeAsyncScript(RUN);
        if (json.startsWith("error: ")) {
            throw new IllegalStateException("axe-core failed: " + json);
        }
        List<String> out = new ArrayList<>();
        for (JsonNode violation : new ObjectMapper().readTree(json)) {
            List<String> targets = new ArrayList<>();
            violation.path("nodes").forEach(n -> targets.add(n.path("target").toString()
                    + " " + n.path("failureSummary").asText().replace('\n', ' ')));
            out.add(violation.path("id").asText() + " (" + violation.path("impact").asText() + "): "
                    + violation.path("help").asText() + "; at: " + targets);
        }
        return out;
    }

    /** The script of whichever axe-core version the pom names (the webjar's folder carries it). */
    private static String load() {
        Properties pom = new Properties();
        try (InputStream in = resource("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (InputStream in = resource(WEBJAR + pom.getProperty("version") + "/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = Axe.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("axe-core missing from the test classpath: " + name);
        }
        return in;
    }
}
