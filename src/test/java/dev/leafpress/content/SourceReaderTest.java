package dev.leafpress.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.leafpress.diag.BuildFailure;
import dev.leafpress.diag.Diagnostic;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceReaderTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    private Path write(byte[]... parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.write(part);
        }
        Path file = dir.resolve("post.md");
        Files.write(file, out.toByteArray());
        return file;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Diagnostic failureOf(Path file) {
        BuildFailure failure = catchThrowableOfType(BuildFailure.class,
                () -> SourceReader.read(file, "content/posts/post.md"));
        assertThat(failure).isNotNull();
        assertThat(failure.diagnostics()).hasSize(1);
        return failure.diagnostics().get(0);
    }

    @Test
    void readsUtf8TextWithPathAndDisplayName() throws IOException {
        Path file = write(utf8("---\ntitle: Überblick — 日本語\n---\n"));
        SourceFile source = SourceReader.read(file, "content/posts/post.md");
        assertThat(source.text()).isEqualTo("---\ntitle: Überblick — 日本語\n---\n");
        assertThat(source.path()).isEqualTo(file);
        assertThat(source.display()).isEqualTo("content/posts/post.md");
    }

    @Test
    void dropsByteOrderMark() throws IOException {
        Path file = write(BOM, utf8("---\ntitle: A\n---\n"));
        SourceFile source = SourceReader.read(file, "content/posts/post.md");
        assertThat(source.text()).isEqualTo("---\ntitle: A\n---\n");
        assertThat(source.text().charAt(0)).isEqualTo('-');
    }

    @Test
    void reportsInvalidUtf8WithByteOffsetAndLine() throws IOException {
        Path file = write(utf8("---\ntitle: Caf"), new byte[] {(byte) 0xE9}, utf8("\n---\n"));
        Diagnostic d = failureOf(file);
        assertThat(d.isError()).isTrue();
        assertThat(d.toString()).isEqualTo("content/posts/post.md:2: error: file is not valid UTF-8:"
                + " byte 0xE9 at byte offset 14 (save the file as UTF-8)");
    }

    @Test
    void countsByteOrderMarkInTheOffset() throws IOException {
        Path file = write(BOM, utf8("ab\ncd\n"), new byte[] {(byte) 0xFF});
        Diagnostic d = failureOf(file);
        assertThat(d.pos().line()).isEqualTo(3);
        assertThat(d.message()).contains("byte 0xFF at byte offset 9");
    }

    @Test
    void reportsTruncatedSequenceAtEndOfFile() throws IOException {
        Path file = write(utf8("line one\nline two\nend "), new byte[] {(byte) 0xE2, (byte) 0x82});
        Diagnostic d = failureOf(file);
        assertThat(d.pos().line()).isEqualTo(3);
        assertThat(d.message()).contains("byte 0xE2 at byte offset 22");
    }

    @Test
    void reportsMissingFileWithoutLine() {
        Diagnostic d = failureOf(dir.resolve("missing.md"));
        assertThat(d.pos().line()).isZero();
        assertThat(d.toString()).startsWith("content/posts/post.md: error: cannot read file: ");
    }

    @Test
    void normalisesCrLfInFiles() throws IOException {
        Path file = write(utf8("---\r\ntitle: A\r\n---\r\nBody\r\n"));
        assertThat(SourceReader.read(file, "x.md").text()).isEqualTo("---\ntitle: A\n---\nBody\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            a\\r\\nb\\r\\n      | a\\nb\\n
            a\\rb\\r            | a\\nb\\n
            a\\r\\n\\r\\nb      | a\\n\\nb
            a\\nb               | a\\nb
            """)
    void normalisesLineEndings(String in, String out) {
        assertThat(SourceReader.normaliseLineEndings(unescape(in))).isEqualTo(unescape(out));
    }

    private static String unescape(String s) {
        return s.replace("\\r", "\r").replace("\\n", "\n");
    }
}
