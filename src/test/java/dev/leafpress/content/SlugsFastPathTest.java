package dev.leafpress.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The fast path for ASCII titles gives exactly what the general Unicode path gives. */
class SlugsFastPathTest {

    private static final Pattern MARKS = Pattern.compile("[\\u0300-\\u036f]+");
    private static final Pattern OTHER = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

    /** The general path, without the fast path, for comparison. */
    private static String reference(String text) {
        String spelled = Slugs.symbolsSpelled(text);
        String folded = MARKS.matcher(Normalizer.normalize(spelled.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD))
                .replaceAll("");
        return OTHER.matcher(Normalizer.normalize(folded, Normalizer.Form.NFC)).replaceAll("-")
                .replaceAll("^-+|-+$", "");
    }

    @Test
    void asciiTextSlugsAsTheGeneralPathDoes() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            char[] text = new char[random.nextInt(24)];
            for (int j = 0; j < text.length; j++) {
                text[j] = (char) random.nextInt(128);
            }
            String s = new String(text);
            assertThat(Slugs.slugify(s)).as("%s", s.chars().boxed().toList()).isEqualTo(reference(s));
        }
    }

    @Test
    void examples() {
        assertThat(Slugs.slugify("  Hello, World!  ")).isEqualTo("hello-world");
        assertThat(Slugs.slugify("C++ & Java 17")).isEqualTo("c-plus-plus-java-17");
        assertThat(Slugs.slugify("Überblick")).isEqualTo("uberblick");
    }
}
