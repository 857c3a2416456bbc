package dev.leafpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8WriterTest {

    @Test
    void writesWhatStringGetBytesGives() {
        Utf8Writer out = new Utf8Writer(4);
        out.write("ASCII, ");
        out.write("Latin-1 é, ");
        out.write("em dash — and emoji 😀");
        out.write('!');
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8))
                .isEqualTo("ASCII, Latin-1 é, em dash — and emoji 😀!");
    }

    @Test
    void aSurrogatePairSplitAcrossWritesStaysOneCharacter() {
        String emoji = "😀";
        Utf8Writer out = new Utf8Writer(1);
        out.write("a" + emoji.charAt(0));
        out.write(emoji.charAt(1) + "b");
        out.write(new char[] {emoji.charAt(0)}, 0, 1);
        out.write(emoji.charAt(1));
        assertThat(out.toByteArray()).isEqualTo(("a" + emoji + "b" + emoji).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void randomPiecesEncodeAsTheWholeText() {
        Random random = new Random(3);
        String alphabet = "ab<>&é—😀日\n";
        StringBuilder whole = new StringBuilder();
        Utf8Writer out = new Utf8Writer(16);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder piece = new StringBuilder();
            for (int j = random.nextInt(6); j > 0; j--) {
                piece.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                        random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
            String text = piece.toString();
            int cut = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
            out.write(text.substring(0, cut));
            out.write(text.toCharArray(), cut, text.length() - cut);
            whole.append(text);
        }
        assertThat(out.toByteArray()).isEqualTo(whole.toString().getBytes(StandardCharsets.UTF_8));
    }
}
