package dev.leafpress.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leafpress.build.BuildPipeline;
import dev.leafpress.build.BuildResult;
import dev.leafpress.diag.BuildFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cache's promise under edits nobody thought of: a seeded random walk of the changes an author
 * makes (bodies, titles, tags, categories, dates, drafts, links, new and deleted posts, a page,
 * site.yaml, a template, a file touched without a change, a file left in the output by hand), and after every
 * step a cached build must write exactly what a cold build writes, or fail with the same errors.
 * Every edit gives the file a later modification time, as an author's save does: the cache takes a
 * file with the size and time it had as unchanged, like {@code make}.
 */
class BuildCacheRandomEditsTest {

    private static final List<String> WORDS = List.of("redis", "linux", "python", "cache", "feed", "tag",
            "page", "index", "java", "blog", "notes", "draft");
    private static final List<String> TAGS = List.of("x", "y", "z", "w");
    private static final List<String> CATEGORIES = List.of("Notes", "Python", "Linux");
    private static final int STEPS = 40;
    private static final String BROKEN = "content/posts/broken.md";
    private static final String OVERRIDE = "templates/_post_meta.peb";

    @TempDir
    Path dir;

    private Random random;
    private TempSite site;
    private long clock = 1_700_000_000L;
    private final List<String> posts = new ArrayList<>();
    private int created;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 42, 2026})
    void everyStepBuildsWhatAColdBuildBuilds(long seed) throws IOException {
        random = new Random(seed);
        site = new TempSite(dir.resolve("site"), siteYaml("Random walk"));
        for (int i = 0; i < 8; i++) {
            addPost();
        }
        site.file("content/pages/about.md", "---\ntitle: About\n---\nAbout this blog.\n");
        List<String> steps = new ArrayList<>();
        for (int step = 0; step < STEPS; step++) {
            steps.add(randomEdit());
            compareWithColdBuild(step, steps);
        }
    }

    private String randomEdit() throws IOException {
        Files.deleteIfExists(site.root.resolve(BROKEN));
        int kind = random.nextInt(14);
        String post = posts.get(random.nextInt(posts.size()));
        switch (kind) {
            case 0, 1 -> writePost(post, frontMatter(post), body());
            case 2 -> writePost(post, frontMatter(post).replaceFirst("title: .*", "title: " + title()), body(post));
            case 3 -> writePost(post, frontMatter(post).replaceFirst("tags: .*", "tags: " + tags()), body(post));
            case 4 -> writePost(post, frontMatter(post).replaceFirst("category: .*", "category: " + category()),
                    body(post));
            case 5 -> writePost(post, frontMatter(post).replaceFirst("date: .*", "date: " + date()), body(post));
            case 6 -> addPost();
            case 7 -> {
                if (posts.size() > 3) {
                    Files.delete(file(post));
                    posts.remove(post);
                }
            }
            case 8 -> writePost(post, frontMatter(post).contains("draft: true")
                    ? frontMatter(post).replace("\ndraft: true", "") : frontMatter(post) + "\ndraft: true", body(post));
            case 9 -> touch(file(post));
            case 10 -> writeAndStamp("content/pages/about.md", "---\ntitle: About " + word() + "\n---\n" + body() + "\n");
            default -> otherChange();
        }
        return kind + ":" + post;
    }

    /**
     * The rarer ones: site.yaml, a stray file in the output, an output file edited by hand, a post
     * with an impossible date (a failed build; the next step removes it again), a template of the
     * theme overridden in templates/ or the override removed.
     */
    private void otherChange() throws IOException {
        switch (random.nextInt(5)) {
            case 4 -> overrideTemplateOrNot();
            case 3 -> writeAndStamp(BROKEN, "---\ntitle: Broken\ndate: 2022-02-30\n---\nNo such day.\n");
            case 0 -> writeAndStamp("site.yaml", siteYaml("Random walk " + word()));
            case 1 -> {
                if (Files.isDirectory(site.output())) {
                    Files.writeString(site.output().resolve("stray-" + word() + ".html"), "left by hand");
                }
            }
            default -> {
                Path index = site.output().resolve("index.html");
                if (Files.exists(index)) {
                    Files.writeString(index, "edited by hand", java.nio.file.StandardOpenOption.APPEND);
                }
            }
        }
    }

    private void overrideTemplateOrNot() throws IOException {
        Path override = site.root.resolve(OVERRIDE);
        if (Files.exists(override)) {
            Files.delete(override);
        } else {
            String theme = Files.readString(Path.of("themes/default").resolve(OVERRIDE));
            writeAndStamp(OVERRIDE, theme + "<!-- " + word() + " -->\n");
        }
    }

    private void compareWithColdBuild(int step, List<String> steps) {
        String cached = outcome(() -> BuildPipeline.runCached(site.options()));
        Path coldOutput = dir.resolve("cold-" + step);
        String cold = outcome(() -> BuildPipeline.run(site.options().withOutput(coldOutput)));
        String where = "after steps " + steps;
        assertThat(cached).as(where).isEqualTo(cold);
        if (cold.startsWith("built")) {
            assertThat(FileTreeSnapshot.text(site.output())).as(where).isEqualTo(FileTreeSnapshot.text(coldOutput));
        }
    }

    /** What a build reported: its counts and warnings, or its errors. */
    private static String outcome(java.util.function.Supplier<BuildResult> build) {
        try {
            BuildResult result = build.get();
            return "built " + result.posts() + " posts, " + result.pages() + " pages, " + result.heldBack()
                    + ", warnings " + result.warnings();
        } catch (BuildFailure failure) {
            return "failed " + failure.diagnostics();
        }
    }

    private void addPost() throws IOException {
        String name = "p" + created++;
        posts.add(name);
        writePost(name, "title: " + title() + "\ndate: " + date() + "\ncategory: " + category() + "\ntags: " + tags(),
                body());
    }

    private String body() {
        StringBuilder text = new StringBuilder();
        int paragraphs = 1 + random.nextInt(4);
        for (int i = 0; i < paragraphs; i++) {
            text.append(sentence()).append("\n\n");
            if (i == 0 && random.nextBoolean()) {
                text.append("<!-- more -->\n\n");
            }
        }
        if (random.nextInt(3) == 0 && !posts.isEmpty()) {
            String target = posts.get(random.nextInt(posts.size()));
            text.append("See [that post](").append(target).append(".md).\n\n");
        }
        if (random.nextInt(4) == 0) {
            text.append("```python\nprint('").append(word()).append("')\n```\n");
        }
        return text.toString();
    }

    private String sentence() {
        StringBuilder s = new StringBuilder(capitalized(word()));
        for (int i = random.nextInt(12); i >= 0; i--) {
            s.append(' ').append(random.nextInt(5) == 0 ? "**" + word() + "**" : word());
        }
        return s.append('.').toString();
    }

    /** Now and then the title another post may have too: two posts at one URL fail the build. */
    private String title() {
        return random.nextInt(25) == 0 ? "Same title" : capitalized(word()) + " " + word() + " " + created++;
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private String tags() {
        List<String> tags = new ArrayList<>();
        TAGS.forEach(t -> {
            if (random.nextBoolean()) {
                tags.add(t);
            }
        });
        return tags.toString();
    }

    private String category() {
        return CATEGORIES.get(random.nextInt(CATEGORIES.size()));
    }

    /** Mostly past dates; now and then one after the build's clock, a post held back. */
    private String date() {
        int year = random.nextInt(20) == 0 ? 2025 : 2019 + random.nextInt(5);
        return "%d-%02d-%02d".formatted(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    private String word() {
        return WORDS.get(random.nextInt(WORDS.size()));
    }

    private static String siteYaml(String title) {
        return "title: " + title + "\nbase_url: https://walk.example/\nper_page: 2\n";
    }

    private Path file(String post) {
        return site.root.resolve("content/posts/" + post + ".md");
    }

    private String frontMatter(String post) throws IOException {
        String text = Files.readString(file(post));
        return text.substring(4, text.indexOf("\n---\n", 4));
    }

    private String body(String post) throws IOException {
        String text = Files.readString(file(post));
        return text.substring(text.indexOf("\n---\n", 4) + 5);
    }

    private void writePost(String post, String frontMatter, String body) throws IOException {
        writeAndStamp("content/posts/" + post + ".md", "---\n" + frontMatter.strip() + "\n---\n" + body);
    }

    private void writeAndStamp(String relative, String text) throws IOException {
        site.file(relative, text);
        touch(site.root.resolve(relative));
    }

    private void touch(Path file) throws IOException {
        clock += 10;
        Files.setLastModifiedTime(file, FileTime.from(java.time.Instant.ofEpochSecond(clock)));
    }
}
