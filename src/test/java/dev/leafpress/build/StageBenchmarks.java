package dev.leafpress.build;

import dev.leafpress.config.SiteConfig;
import dev.leafpress.content.ContentFile;
import dev.leafpress.content.ContentScanner;
import dev.leafpress.content.ContentTree;
import dev.leafpress.content.EntryKind;
import dev.leafpress.content.EntryParser;
import dev.leafpress.content.LinkResolver;
import dev.leafpress.content.MarkdownEngine;
import dev.leafpress.content.ParsedEntry;
import dev.leafpress.content.RenderedMarkdown;
import dev.leafpress.diag.Diagnostics;
import dev.leafpress.output.StagedOutput;
import dev.leafpress.render.RenderedPage;
import dev.leafpress.serve.bench.GeneratedSite;
import dev.leafpress.site.RoutePlanner;
import dev.leafpress.site.SiteAssembler;
import dev.leafpress.site.Site;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmarks of each stage of a build, on one site: reading a post's front matter, parsing
 * and rendering its Markdown (the full HTML and the excerpt from one parse), the whole
 * content stage, assembling the site (taxonomies, pagination, neighbours) and planning its pages,
 * feeds and sitemap, rendering every page with the theme, and writing them. Run by
 * {@code bench/stages.sh}, which prints the time of one operation of each. The forked JVM runs
 * with the launcher's build options (C1 only, the parallel collector), so the numbers are those of
 * a large build once warm. Not a test: nothing here is asserted; {@code StageBenchmarksTest}
 * checks that every benchmark does its whole job on a small site.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-Xmn128m"})
public class StageBenchmarks {

    /** Posts of the generated site (ten categories, fifty tags, four paragraphs and a code block each). */
    @Param("1000")
    public int posts;

    /** A site folder to measure instead of a generated one, e.g. one of bench/run.sh's. */
    @Param("")
    public String site;

    private Path root;
    private Path generated;
    private BuildOptions options;
    private SiteConfig config;
    private ContentTree tree;
    private List<ContentFile> postFiles;
    private List<String> postTexts;
    private List<ParsedEntry> parsedPosts;
    private ContentStage.Output content;
    private Site assembled;
    private SiteBuild build;
    private List<RenderedPage> pages;
    private final MarkdownEngine markdown = new MarkdownEngine();
    private int next;
    private Path outputs;
    private int written;

    @Setup(Level.Trial)
    public void prepare() throws IOException {
        if (site.isEmpty()) {
            generated = Files.createTempDirectory("leafpress-stages");
            GeneratedSite.write(generated, posts);
            root = generated;
        } else {
            root = Path.of(site).toAbsolutePath();
        }
        options = BuildOptions.of(root).withClock(java.time.Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"),
                ZoneOffset.UTC));
        Diagnostics diagnostics = new Diagnostics();
        config = SiteBuilder.loadConfig(options, diagnostics);
        tree = ContentScanner.scan(root, diagnostics);
        postFiles = tree.posts();
        postTexts = new ArrayList<>();
        parsedPosts = new ArrayList<>();
        for (ContentFile file : postFiles) {
            postTexts.add(Files.readString(file.path()));
            parsedPosts.add(EntryParser.parse(file, EntryKind.POST, ZoneOffset.UTC, diagnostics).orElseThrow());
        }
        content = contentStage();
        assembled = assemble();
        build = SiteBuilder.prepare(options, diagnostics);
        pages = render();
        diagnostics.throwIfErrors();
        outputs = Files.createDirectories(root.resolveSibling(root.getFileName() + "-stage-outputs"));
    }

    @TearDown(Level.Trial)
    public void removeWrittenFiles() throws IOException {
        if (outputs != null) {
            delete(outputs);
        }
        if (generated != null) {
            delete(generated);
        }
    }

    /** One post read from its text: the header split off, its front matter (YAML) read and checked. */
    @Benchmark
    public ParsedEntry parsePost() {
        int i = next++ % postFiles.size();
        return EntryParser.parse(postFiles.get(i), postTexts.get(i), EntryKind.POST, ZoneOffset.UTC,
                new Diagnostics()).orElseThrow();
    }

    /** One post's Markdown parsed and rendered: the full HTML and the excerpt, from one parse. */
    @Benchmark
    public RenderedMarkdown renderMarkdown() {
        ParsedEntry post = parsedPosts.get(next++ % parsedPosts.size());
        return markdown.render(post.body(), post.meta().summary(), config.excerptWords(), post.file().display(),
                LinkResolver.NONE);
    }

    /** Every post and page read and rendered, in parallel, as a cold build does. */
    @Benchmark
    public ContentStage.Output contentStage() {
        Diagnostics diagnostics = new Diagnostics();
        ContentStage.Output output = new ContentStage(config, new PublishRules(false, false,
                options.clock().instant()), diagnostics).run(tree);
        diagnostics.throwIfErrors();
        return output;
    }

    /** The site assembled from the rendered posts: categories, tags, archives, neighbours. */
    @Benchmark
    public Site assemble() {
        return SiteAssembler.assemble(config, content.posts(), content.pages());
    }

    /** Every page of the site planned: posts, pages, paginated listings of the index and each taxonomy. */
    @Benchmark
    public int planPages() {
        return RoutePlanner.plan(assembled).size();
    }

    /** The feeds (site, each category and tag) and the sitemap. */
    @Benchmark
    public List<RenderedPage> feedsAndSitemap() {
        return PublishingFiles.make(assembled, RoutePlanner.plan(assembled), tree.assets(),
                options.clock().instant(), EntryCache.NONE);
    }

    /** Every page rendered with the theme's Pebble templates, in parallel. */
    @Benchmark
    public List<RenderedPage> render() {
        List<RenderedPage> rendered = java.util.Collections.synchronizedList(new ArrayList<>());
        Diagnostics diagnostics = new Diagnostics();
        build.renderAll(rendered::add, diagnostics);
        diagnostics.throwIfErrors();
        return rendered;
    }

    /**
     * Every rendered page written to a new output folder beside the site (staged, then moved into
     * place), as a cold build writes them. The folders are deleted only when the benchmark ends:
     * deleting thousands of files just before (on ext4 mounted with {@code discard}, as here) made
     * the next writes several times slower.
     */
    @Benchmark
    public Path write() {
        Path output = outputs.resolve("output-" + written++);
        try (StagedOutput staged = StagedOutput.open(output)) {
            pages.parallelStream().forEach(page -> staged.write(page.file(), page.bytes()));
            staged.commit();
        }
        return output;
    }

    // Package-private views for StageBenchmarksTest.
    int postCount() {
        return postFiles.size();
    }

    int routeCount() {
        return build.routes().size();
    }

    Path root() {
        return root;
    }

    List<RenderedPage> pages() {
        return pages;
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
