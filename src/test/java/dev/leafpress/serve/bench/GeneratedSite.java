package dev.leafpress.serve.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/** Writes a synthetic site of N posts (fixed seed): ten categories, fifty tags, a few paragraphs each. */
public final class GeneratedSite {

    private static final String[] WORDS = ("lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod "
            + "tempor incididunt ut labore et dolore magna aliqua redis python server worker cache queue thread")
            .split(" ");

    private GeneratedSite() {
    }

    /** The file of post {@code i} (0-based). */
    public static Path post(Path root, int i) {
        return root.resolve(String.format("content/posts/%05d-post.md", i));
    }

    public static void write(Path root, int posts) {
        Random random = new Random(42);
        try {
            Files.createDirectories(root.resolve("content/posts"));
            Files.createDirectories(root.resolve("content/pages"));
            Files.writeString(root.resolve("site.yaml"), "title: Bench\nbase_url: https://example.org/\n"
                    + "timezone: UTC\nper_page: 10\n");
            Files.writeString(root.resolve("content/pages/about.md"), "---\ntitle: About\n---\nAbout this site.\n");
            LocalDate start = LocalDate.of(2000, 1, 1);
            for (int i = 0; i < posts; i++) {
                Files.writeString(post(root, i), post(i, start.plusDays(i), random));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String post(int i, LocalDate date, Random random) {
        StringBuilder text = new StringBuilder(2048);
        text.append("---\ntitle: Post number ").append(i).append("\ndate: ").append(date)
                .append("\ncategory: Category ").append(i % 10)
                .append("\ntags: [tag").append(random.nextInt(50)).append(", tag").append(random.nextInt(50))
                .append("]\n---\n");
        for (int p = 0; p < 4; p++) {
            for (int w = 0; w < 60; w++) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(w % 12 == 11 ? ".\n" : " ");
            }
            text.append("\n\n");
        }
        text.append("```python\nprint('hello')\n```\n");
        return text.toString();
    }
}
