package dev.leafpress.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.loader.StringLoader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordAttributesTest {

    /** Names that Pebble resolves by its own order: exact name (any case), get-, is-, has-. */
    public record Entry(String title, int count, List<String> tags, Entry parent) {
        public String getTitle() {
            return "getter, never used: title() comes first";
        }

        public String getLabel() {
            return "label of " + title;
        }

        public boolean isShown() {
            return count > 1;
        }

        public boolean hasParent() {
            return parent != null;
        }

        public String URL() {
            return "/" + title + "/";
        }

        public String broken() {
            throw new IllegalStateException("broken on purpose");
        }
    }

    /** A record that is also a map: Pebble looks at Map's methods first. */
    public record Pairs(Map<String, String> map) implements java.util.Map<String, String> {
        @Override public int size() { return map.size(); }
        @Override public boolean isEmpty() { return map.isEmpty(); }
        @Override public boolean containsKey(Object k) { return map.containsKey(k); }
        @Override public boolean containsValue(Object v) { return map.containsValue(v); }
        @Override public String get(Object k) { return map.get(k); }
        @Override public String put(String k, String v) { throw new UnsupportedOperationException(); }
        @Override public String remove(Object k) { throw new UnsupportedOperationException(); }
        @Override public void putAll(Map<? extends String, ? extends String> m) { throw new UnsupportedOperationException(); }
        @Override public void clear() { throw new UnsupportedOperationException(); }
        @Override public java.util.Set<String> keySet() { return map.keySet(); }
        @Override public java.util.Collection<String> values() { return map.values(); }
        @Override public java.util.Set<Map.Entry<String, String>> entrySet() { return map.entrySet(); }
    }

    private static final String TEMPLATE = "{{ e.title }}|{{ e.TITLE }}|{{ e.title() }}|{{ e.count }}|{{ e.label }}"
            + "|{{ e.shown }}|{{ e.parent }}|{{ e.parent.title }}|{{ e.tags | join(',') }}|{{ e.url }}"
            + "|{{ e.parent.parent }}|{{ e.tags.size }}|{{ p.size }}|{{ p.a }}|{{ e.missing }}|{{ e.Parent.count }}";

    @Test
    void resolvesRecordsAsPebblesOwnResolverDoes() {
        Entry root = new Entry("root", 1, List.of(), null);
        Map<String, Object> vars = Map.of("e", new Entry("child", 2, List.of("a", "b"), root),
                "p", new Pairs(Map.of("a", "x")));

        String fast = render(engine(true), TEMPLATE, vars);

        assertThat(fast).isEqualTo(render(engine(false), TEMPLATE, vars));
        assertThat(fast).startsWith("child|child|child|2|label of child|true|Entry[title=root");
    }

    @Test
    void findsTheMethodPebbleWouldCallOrLeavesItToPebble() throws Exception {
        assertThat(RecordAttributes.find(Entry.class, "title")).isEqualTo(Entry.class.getMethod("title"));
        assertThat(RecordAttributes.find(Entry.class, "Title")).isEqualTo(Entry.class.getMethod("title"));
        assertThat(RecordAttributes.find(Entry.class, "label")).isEqualTo(Entry.class.getMethod("getLabel"));
        assertThat(RecordAttributes.find(Entry.class, "parent")).isEqualTo(Entry.class.getMethod("parent"));
        assertThat(RecordAttributes.find(Entry.class, "url")).isEqualTo(Entry.class.getMethod("URL"));
        assertThat(RecordAttributes.find(Entry.class, "class")).as("Object's getClass: Pebble vets it").isNull();
        assertThat(RecordAttributes.find(Entry.class, "missing")).isNull();
        assertThat(RecordAttributes.find(Entry.class, "")).isNull();
    }

    @Test
    void anExceptionInTheMethodIsPebblesErrorWithTheLine() {
        Map<String, Object> vars = Map.of("e", new Entry("x", 1, List.of(), null));
        List<String> messages = new java.util.ArrayList<>();
        for (boolean fast : new boolean[] {true, false}) {
            assertThatThrownBy(() -> render(engine(fast), "line one\n{{ e.broken }}", vars))
                    .isInstanceOf(PebbleException.class)
                    .satisfies(e -> messages.add(e.getMessage()));
        }
        assertThat(messages.get(0)).isEqualTo(messages.get(1)).startsWith("Could not call broken").endsWith(":2)");
    }

    private static PebbleEngine engine(boolean withRecordAttributes) {
        PebbleEngine.Builder builder = new PebbleEngine.Builder().loader(new StringLoader()).strictVariables(false)
                .autoEscaping(true);
        if (withRecordAttributes) {
            builder.extension(new AbstractExtension() {
                @Override
                public List<AttributeResolver> getAttributeResolver() {
                    return List.of(new RecordAttributes());
                }
            });
        }
        return builder.build();
    }

    private static String render(PebbleEngine engine, String template, Map<String, Object> vars) {
        try {
            StringWriter out = new StringWriter();
            engine.getTemplate(template).evaluate(out, vars);
            return out.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
