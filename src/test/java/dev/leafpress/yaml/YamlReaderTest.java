package dev.leafpress.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class YamlReaderTest {

    private static YamlNode.Mapping readMapping(String text) throws YamlSyntaxError {
        YamlNode node = YamlReader.read(text);
        assertThat(node).isInstanceOf(YamlNode.Mapping.class);
        return (YamlNode.Mapping) node;
    }

    private static YamlNode.Entry entry(YamlNode.Mapping mapping, String key) {
        return mapping.entry(key).orElseThrow(() -> new AssertionError("no key " + key));
    }

    private static YamlSyntaxError syntaxError(String text) {
        YamlSyntaxError error = catchThrowableOfType(YamlSyntaxError.class, () -> YamlReader.read(text));
        assertThat(error).as("expected a syntax error for:%n%s", text).isNotNull();
        return error;
    }

    @Test
    void recordsLineAndColumnOfKeysAndValues() throws YamlSyntaxError {
        YamlNode.Mapping root = readMapping("""
                title: Hello
                # a comment
                  \s
                per_page:   7
                """);
        YamlNode.Entry title = entry(root, "title");
        assertThat(title.line()).isEqualTo(1);
        assertThat(title.column()).isEqualTo(1);
        assertThat(title.value().line()).isEqualTo(1);
        assertThat(title.value().column()).isEqualTo(8);

        YamlNode.Entry perPage = entry(root, "per_page");
        assertThat(perPage.line()).isEqualTo(4);
        assertThat(perPage.column()).isEqualTo(1);
        assertThat(perPage.value().line()).isEqualTo(4);
        assertThat(perPage.value().column()).isEqualTo(13);
    }

    @Test
    void keepsKeysInTheOrderWritten() throws YamlSyntaxError {
        YamlNode.Mapping root = readMapping("""
                zebra: 1
                apple: 2
                mango: 3
                """);
        assertThat(root.entries()).extracting(YamlNode.Entry::key).containsExactly("zebra", "apple", "mango");
    }

    @Test
    void readsNestedListsAndMappingsWithPositions() throws YamlSyntaxError {
        YamlNode.Mapping root = readMapping("""
                tags:
                  - redis
                  - python
                meta:
                  inner:
                    deep: [1, two]
                """);
        YamlNode tags = entry(root, "tags").value();
        assertThat(tags).isInstanceOf(YamlNode.Sequence.class);
        List<YamlNode> items = ((YamlNode.Sequence) tags).items();
        assertThat(items).extracting(n -> ((YamlNode.Scalar) n).text()).containsExactly("redis", "python");
        assertThat(items).extracting(YamlNode::line).containsExactly(2, 3);
        assertThat(items).extracting(YamlNode::column).containsExactly(5, 5);

        YamlNode.Mapping meta = (YamlNode.Mapping) entry(root, "meta").value();
        YamlNode.Entry inner = entry(meta, "inner");
        assertThat(inner.line()).isEqualTo(5);
        assertThat(inner.column()).isEqualTo(3);
        YamlNode.Entry deep = entry((YamlNode.Mapping) inner.value(), "deep");
        assertThat(deep.line()).isEqualTo(6);
        assertThat(deep.column()).isEqualTo(5);
        YamlNode.Sequence flow = (YamlNode.Sequence) deep.value();
        assertThat(flow.column()).isEqualTo(11);
        assertThat(flow.items()).extracting(YamlNode::column).containsExactly(12, 15);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            plain text   | plain text | STRING
            "42"         | 42         | STRING
            42           | 42         | NUMBER
            -1.5         | -1.5       | NUMBER
            true         | true       | BOOLEAN
            False        | False      | BOOLEAN
            yes          | yes        | BOOLEAN
            ~            | ''         | NULL
            2014-06-28   | 2014-06-28 | STRING
            """)
    void classifiesScalarsAndKeepsTheirText(String written, String text, YamlNode.Scalar.Kind kind)
            throws YamlSyntaxError {
        YamlNode value = entry(readMapping("key: " + written + "\n"), "key").value();
        assertThat(value).isEqualTo(new YamlNode.Scalar(text, kind, 1, 6));
    }

    @Test
    void missingValueIsNullButQuotedEmptyStringIsString() throws YamlSyntaxError {
        YamlNode.Mapping root = readMapping("key:\nquoted: ''\n");
        assertThat(entry(root, "key").value()).isEqualTo(new YamlNode.Scalar("", YamlNode.Scalar.Kind.NULL, 1, 5));
        assertThat(entry(root, "quoted").value())
                .isEqualTo(new YamlNode.Scalar("", YamlNode.Scalar.Kind.STRING, 2, 9));
    }

    @Test
    void rejectsDuplicateKeyAtItsSecondLine() {
        YamlSyntaxError error = syntaxError("""
                title: One
                date: 2014-06-28
                title: Two
                """);
        assertThat(error.getMessage()).isEqualTo("duplicate key 'title'");
        assertThat(error.line()).isEqualTo(3);
        assertThat(error.column()).isEqualTo(1);
    }

    @Test
    void rejectsAControlCharacterWrittenAsAnEscape() {
        YamlSyntaxError error = syntaxError("date: 2014-06-28\ntitle: \"bell \\x07 here\"\n");
        assertThat(error.getMessage()).startsWith("control character U+0007 in a value");
        assertThat(error.line()).isEqualTo(2);
        assertThat(syntaxError("tags: [\"a\\u0000b\"]\n").getMessage()).startsWith("control character U+0000");
    }

    @Test
    void rejectsBinaryDataWithAMessageForTheAuthor() {
        YamlSyntaxError error = syntaxError("date: 2014-06-28\ntitle: !!binary aGVsbG8=\n");
        assertThat(error.getMessage()).isEqualTo("binary data (!!binary) is not a value Leafpress can use; write it as text");
        assertThat(error.line()).isEqualTo(2);
        assertThat(error.column()).isEqualTo(8);
    }

    @Test
    void keepsTabsAndLineBreaksInValues() throws Exception {
        assertThat(YamlReader.read("text: \"a\\tb\\nc\"\n")).isNotNull();
    }

    @Test
    void rejectsDuplicateKeyInsideNestedMapping() {
        YamlSyntaxError error = syntaxError("""
                extra:
                  a: 1
                  b: 2
                  a: 3
                """);
        assertThat(error.getMessage()).isEqualTo("duplicate key 'a'");
        assertThat(error.line()).isEqualTo(4);
        assertThat(error.column()).isEqualTo(3);
    }

    @ParameterizedTest(name = "[{index}] error at {1}:{2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a: 1\\n  b: 2\\n                       | 2 | 4 | mapping values are not allowed here
            a: b: c\\n                             | 1 | 5 | mapping values are not allowed here
            title: x\\ndate: y\\n\\tbad: 1\\n      | 3 | 1 | cannot start any token
            a: 1\\n- b\\n                          | 2 | 1 | expected <block end>
            a: 1\\nb: [1, 2\\nc: 3\\n              | 3 | 2 | expected ',' or ']'
            a: 1\\nb: "open\\nc: 2\\n              | 2 | 0 | while scanning a quoted scalar; found unexpected end of stream
            a: 1\\nb: [x, y\\n                    | 2 | 0 | expected ',' or ']', but got <stream end>
            """)
    void reportsInvalidYamlAtTheLineOfTheProblem(String escaped, int line, int column, String messagePart) {
        String text = escaped.strip().replace("\\n", "\n").replace("\\t", "\t");
        YamlSyntaxError error = syntaxError(text);
        assertThat(error.line()).isEqualTo(line);
        if (column > 0) {
            assertThat(error.column()).isEqualTo(column);
        }
        assertThat(error.getMessage()).contains(messagePart).doesNotContain("in 'reader'").doesNotContain("\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n", "# only a comment\n", "---\n"})
    void emptyDocumentIsEmptyMapping(String text) throws YamlSyntaxError {
        YamlNode.Mapping root = readMapping(text);
        assertThat(root.entries()).isEmpty();
    }

    @Test
    void topLevelListIsReadAsSequence() throws YamlSyntaxError {
        YamlNode node = YamlReader.read("- a\n- b\n");
        assertThat(node).isInstanceOf(YamlNode.Sequence.class);
        assertThat(node.describe()).isEqualTo("a list");
    }

    @Test
    void rejectsNestingDeeperThanTheLimit() {
        String deep = "[".repeat(300) + "]".repeat(300);
        YamlSyntaxError error = syntaxError("key: " + deep + "\n");
        assertThat(error.getMessage()).contains("nested more than");
        assertThat(error.line()).isEqualTo(1);
    }

    @Test
    void plainValuesTurnYesAndNoIntoBooleans() throws YamlSyntaxError {
        YamlNode.Mapping root = readMapping("""
                a: yes
                b: no
                c: On
                d: true
                e: FALSE
                n: 3
                f: 1.25
                s: text
                l: [x, 2]
                m: {k: v}
                z:
                """);
        Object plain = YamlValues.plain(root);
        assertThat(plain).isInstanceOf(Map.class);
        Map<?, ?> map = (Map<?, ?>) plain;
        assertThat(map.get("a")).isEqualTo(true);
        assertThat(map.get("b")).isEqualTo(false);
        assertThat(map.get("c")).isEqualTo(true);
        assertThat(map.get("d")).isEqualTo(true);
        assertThat(map.get("e")).isEqualTo(false);
        assertThat(map.get("n")).isEqualTo(3L);
        assertThat(map.get("f")).isEqualTo(new java.math.BigDecimal("1.25"));
        assertThat(map.get("s")).isEqualTo("text");
        assertThat(map.get("l")).isEqualTo(List.of("x", 2L));
        assertThat(map.get("m")).isEqualTo(Map.of("k", "v"));
        assertThat(map.get("z")).isEqualTo("");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            'title: &t Hello\\ncategory: *t'        | 1 | t
            'title: Hi\\ntags: [&x a, *x]'          | 2 | x
            'base: &b\\n  a: 1\\nother:\\n  <<: *b' | 1 | b
            'list: &l\\n  - a\\n'                   | 1 | l
            """)
    void refusesAnchorsAndAliasesAtTheirLine(String text, int line, String name) {
        YamlSyntaxError error = syntaxError(text.replace("\\n", "\n"));
        assertThat(error.getMessage()).isEqualTo("YAML anchors and aliases (&" + name + ", *" + name
                + ") are not supported; write the value out");
        assertThat(error.line()).isEqualTo(line);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            'title: "A & B"'           | A & B
            'title: Rock & roll'       | Rock & roll
            'title: 5 * 3'             | 5 * 3
            'title: ''*nix & &co'''    | *nix & &co
            'title: a&b*c'             | a&b*c
            """)
    void keepsAmpersandsAndStarsInsideValues(String text, String value) throws YamlSyntaxError {
        YamlNode title = entry(readMapping(text), "title").value();
        assertThat(((YamlNode.Scalar) title).text()).isEqualTo(value);
    }

    @Test
    void keepsQuotedStarsInFlowLists() throws YamlSyntaxError {
        YamlNode.Sequence tags = (YamlNode.Sequence) entry(readMapping("tags: [\"*nix\", '&amp']"), "tags").value();
        assertThat(tags.items()).extracting(t -> ((YamlNode.Scalar) t).text()).containsExactly("*nix", "&amp");
    }
}
